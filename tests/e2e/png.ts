/** Reading exported PNGs in tests: pixel size, the resolution written in pHYs, colours. */
import { PNG } from 'pngjs';

/* Decoded here, independently of the canvas count rasterizeSvg makes for npm run figures. */
/** Distinct colours in a decoded PNG (counted up to 5,000), and which wanted colours never occur. */
export function pngColours(png: PNG, wanted: readonly string[] = []): { count: number; missing: string[] } {
	const seen = new Set<number>();
	const want = new Map(wanted.map((c) => [parseInt(c.slice(1), 16), c.toLowerCase()]));
	const found = new Set<number>();
	const d = png.data;
	for (let i = 0; i < d.length; i += 4) {
		const rgb = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
		if (seen.size < 5000) seen.add(rgb);
		if (want.has(rgb)) found.add(rgb);
	}
	return { count: seen.size, missing: [...want].filter(([k]) => !found.has(k)).map(([, c]) => c) };
}

export interface PngFacts {
	width: number;
	height: number;
	/** Dots per inch from the pHYs chunk, or null when absent. */
	dpi: number | null;
	colours: number;
	missing: string[];
}

function physDpi(bytes: Buffer): number | null {
	// Chunks follow the 8-byte signature: length (4), type (4), data, CRC (4).
	for (let i = 8; i + 8 <= bytes.length;) {
		const length = bytes.readUInt32BE(i);
		const type = bytes.toString('latin1', i + 4, i + 8);
		if (type === 'pHYs' && bytes[i + 16] === 1) return Math.round(bytes.readUInt32BE(i + 8) * 0.0254);
		if (type === 'IDAT') return null;
		i += 12 + length;
	}
	return null;
}

export function pngFacts(bytes: Buffer, wanted: readonly string[] = []): PngFacts {
	const png = PNG.sync.read(bytes);
	const { count, missing } = pngColours(png, wanted);
	return { width: png.width, height: png.height, dpi: physDpi(bytes), colours: count, missing };
}
