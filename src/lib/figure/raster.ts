/**
 * SVG figure -> PNG, drawn by the browser's own SVG renderer onto a canvas of
 * the exact pixel size. Used by the app's export and, through Playwright's
 * Chromium, by `npm run figures`, so both give the same pixels.
 */
export interface RasterRequest {
	svg: string;
	width: number;
	height: number;
}

/**
 * Returns a PNG data URL. Self-contained (no imports or outer variables):
 * `npm run figures` passes it to `page.evaluate`, which serialises its source.
 */
export async function rasterizeSvg(req: RasterRequest): Promise<string> {
	const url = URL.createObjectURL(new Blob([req.svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image(req.width, req.height);
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = req.width;
		canvas.height = req.height;
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('El navegador no pudo crear un lienzo 2D para la imagen');
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, req.width, req.height);
		ctx.drawImage(img, 0, 0, req.width, req.height);
		return canvas.toDataURL('image/png');
	} finally {
		URL.revokeObjectURL(url);
	}
}
