/**
 * The «no alcanzado» hatch, defined once: diagonal lines over the white
 * fill, so «not named» never reads as the lightest class nor as «sin monto»,
 * also in greyscale. The SVG maps, both legends and the MapLibre pattern
 * image are drawn from this tile.
 */
import { NO_REACH_HATCH } from './colors.ts';

export interface HatchTile {
	color: string;
	/** Distance between lines, in map units (CSS px on screen, points in print). */
	spacing: number;
	/** Line width, same units. */
	width: number;
	/** Rotation of the lines, degrees. */
	angle: number;
}

/** The hatch at scale 1 (a screen map, an A4 figure); print figures multiply spacing and width. */
export const HATCH: HatchTile = { color: NO_REACH_HATCH, spacing: 6, width: 1.2, angle: 45 };

export function scaledHatch(scale: number, h: HatchTile = HATCH): HatchTile {
	return { ...h, spacing: +(h.spacing * scale).toFixed(2), width: +(h.width * scale).toFixed(2) };
}

/**
 * The tile's line as SVG attributes: in the tile's middle, since a line on the
 * tile's edge is cut to half its width.
 */
export function hatchLine(h: HatchTile): { x1: number; y1: number; x2: number; y2: number } {
	const m = +(h.spacing / 2).toFixed(2);
	return { x1: m, y1: 0, x2: m, y2: h.spacing };
}

/** The `<pattern>` element as SVG text (the composer's figures; Svelte renders the same attributes). */
export function hatchPatternSvg(id: string, h: HatchTile): string {
	const l = hatchLine(h);
	return (
		`<pattern id="${id}" width="${h.spacing}" height="${h.spacing}" patternUnits="userSpaceOnUse" patternTransform="rotate(${h.angle})">` +
		`<line x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}" stroke="${h.color}" stroke-width="${h.width}"/></pattern>`
	);
}

/**
 * The same hatch as RGBA pixels (MapLibre's fill pattern): 45° lines every
 * `size` pixels, about one pixel wide per unit of width.
 */
export function hatchPixels(
	size = 8,
	h: HatchTile = HATCH
): { width: number; height: number; data: Uint8Array } {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(h.color.slice(i, i + 2), 16));
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const on = (x + y) % size === 0 || (x + y) % size === size - 1;
			data.set(on ? [r, g, b, 255] : [255, 255, 255, 0], (y * size + x) * 4);
		}
	}
	return { width: size, height: size, data };
}
