/**
 * SVG figure -> PNG, drawn by the browser's own SVG renderer onto a canvas of
 * the exact pixel size. Used by the app's export and, through Playwright's
 * Chromium, by `npm run figures`, so both give the same pixels.
 */
export interface RasterRequest {
	svg: string;
	width: number;
	height: number;
	/**
	 * Colours (#rrggbb) to look for: the result then counts the drawing's distinct
	 * colours (up to 5.000) and names the wanted ones that never occur, read from
	 * the canvas here rather than by decoding the PNG again (a second per figure).
	 */
	wanted?: readonly string[];
}

export interface RasterResult {
	/** The PNG, as a data URL. */
	dataUrl: string;
	/** Only when `wanted` was given. */
	colours: { count: number; missing: string[] } | null;
}

/**
 * Self-contained (no imports or outer variables): `npm run figures` passes it
 * to `page.evaluate`, which serialises its source.
 */
export async function rasterizeSvg(req: RasterRequest): Promise<RasterResult> {
	const url = URL.createObjectURL(new Blob([req.svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image(req.width, req.height);
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = req.width;
		canvas.height = req.height;
		const ctx = canvas.getContext('2d', { willReadFrequently: !!req.wanted });
		if (!ctx) throw new Error('El navegador no pudo crear un lienzo 2D para la imagen');
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, req.width, req.height);
		ctx.drawImage(img, 0, 0, req.width, req.height);
		let colours: RasterResult['colours'] = null;
		if (req.wanted) {
			// The canvas is opaque (white below): every pixel's RGB is what the PNG holds.
			const px = new Uint32Array(ctx.getImageData(0, 0, req.width, req.height).data.buffer);
			const want = new Map(req.wanted.map((c) => [parseInt(c.slice(1), 16), c.toLowerCase()]));
			const seen = new Set<number>();
			const found = new Set<number>();
			let last = -1;
			for (const v of px) {
				if (v === last) continue;
				last = v;
				// Little-endian RGBA bytes read as one number: 0xAABBGGRR.
				const rgb = ((v & 0xff) << 16) | (v & 0xff00) | ((v >>> 16) & 0xff);
				if (seen.size < 5000) seen.add(rgb);
				if (want.has(rgb)) found.add(rgb);
			}
			colours = {
				count: seen.size,
				missing: [...want].filter(([k]) => !found.has(k)).map(([, c]) => c)
			};
		}
		return { dataUrl: canvas.toDataURL('image/png'), colours };
	} finally {
		URL.revokeObjectURL(url);
	}
}
