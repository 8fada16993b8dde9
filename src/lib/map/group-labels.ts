/**
 * Names of groups of municipalities (subregions) on the screen map. Each name
 * is bold and its box lies inside its own group (the print rule of
 * labels.ts): at the group's pole of inaccessibility or the nearest place
 * that fits, shrunk down to `minFontSize` if it must, clear of the other
 * names. A name too long for its group at `minFontSize` (a narrow map's
 * labels never shrink, to stay legible) goes, at that size, where the largest
 * share of its box's border lies inside its group, its centre inside, clear
 * of the other names, nearest to the pole among equals. Pure and
 * deterministic; projected SVG units (y down).
 */
import polylabel from 'polylabel';
import type { MapLabel } from './cartography.ts';
import {
	labelBox,
	placePrintLabels,
	pointInArea,
	prepareArea,
	type Box,
	type ProjectedArea
} from './labels.ts';

type Ring = [number, number][];

/** Area enclosed by a ring (shoelace; either winding). */
export function ringArea(ring: readonly (readonly [number, number])[]): number {
	let twice = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		twice += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	return Math.abs(twice) / 2;
}

/** A part's area: its outer ring less its holes. */
const partArea = (part: readonly Ring[]) =>
	part.length ? ringArea(part[0]) - part.slice(1).reduce((s, r) => s + ringArea(r), 0) : 0;

/** Area of a projected area (every part). */
export const areaOf = (a: ProjectedArea): number => a.rings.reduce((s, p) => s + partArea(p), 0);

/**
 * A point well inside the area: the pole of inaccessibility (polylabel, as
 * the geodata's municipal label points) of its largest part, so a U-shaped
 * group or one with a hole is never labelled outside itself, as its centroid
 * could be.
 */
export function interiorPoint(rings: ProjectedArea['rings']): [number, number] {
	const parts = rings.filter((p) => p.length && p[0].length >= 4);
	if (!parts.length) throw new Error('interiorPoint: el área no tiene ningún polígono');
	const largest = parts.reduce((best, p) => (partArea(p) > partArea(best) ? p : best));
	const xs = largest[0].map((p) => p[0]);
	const ys = largest[0].map((p) => p[1]);
	const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
	const [x, y] = polylabel(largest as Ring[], extent / 1000 || 1e-6);
	return [x, y];
}

export interface GroupLabelOptions {
	fontSize: number;
	minFontSize: number;
	frame: { width: number; height: number };
}

/**
 * One bold label per group, named `divipola` after the area's id (the group's
 * name, which is also its text), in the order of `areas`.
 */
export function placeGroupLabels(areas: readonly ProjectedArea[], o: GroupLabelOptions): MapLabel[] {
	const candidates = areas.map((a) => ({
		divipola: a.divipola,
		text: a.divipola,
		anchor: interiorPoint(a.rings),
		priority: areaOf(a),
		bold: true
	}));
	// Not required: placePrintLabels then only puts a label inside its own polygon, never a leader or a key.
	const { labels } = placePrintLabels({ ...o, areas, candidates, required: [] });
	const placed = new Map(labels.map((l) => [l.divipola, l]));
	const boxes = labels.map((l) => labelBox(l.text, l.x, l.y, l.size, true));
	return candidates.map((c, i) => {
		const l = placed.get(c.divipola);
		const [x, y, size] = l
			? [l.x, l.y, l.size]
			: [...mostlyInside(c.text, c.anchor, areas[i], o.minFontSize, boxes), o.minFontSize];
		if (!l) boxes.push(labelBox(c.text, x, y, size, true));
		return { divipola: c.divipola, text: c.text, x: +x.toFixed(2), y: +y.toFixed(2), size, bold: true };
	});
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/**
 * Where a box too big for its area shows most of itself inside: centres
 * inside the area on a grid of a quarter em through the pole, scored by the
 * share of its border (sampled every quarter em) inside the area; the pole
 * itself when no centre is clear of the boxes already taken.
 */
function mostlyInside(
	text: string,
	pole: [number, number],
	a: ProjectedArea,
	size: number,
	taken: readonly Box[]
): [number, number] {
	const area = prepareArea(a);
	const [x0, y0, x1, y1] = labelBox(text, 0, 0, size, true);
	const step = size / 4;
	const border: [number, number][] = [];
	for (let x = x0; x <= x1; x += step) border.push([x, y0], [x, y1]);
	for (let y = y0; y <= y1; y += step) border.push([x0, y], [x1, y]);
	let best: [number, number] = pole;
	let bestScore = -1;
	let bestDistance = Infinity;
	const [i0, i1] = [Math.floor((area.bbox[0] - pole[0]) / step), Math.ceil((area.bbox[2] - pole[0]) / step)];
	const [j0, j1] = [Math.floor((area.bbox[1] - pole[1]) / step), Math.ceil((area.bbox[3] - pole[1]) / step)];
	for (let j = j0; j <= j1; j++)
		for (let i = i0; i <= i1; i++) {
			const cx = pole[0] + i * step;
			const cy = pole[1] + j * step;
			if (!pointInArea(cx, cy, area)) continue;
			const box: Box = [cx + x0, cy + y0, cx + x1, cy + y1];
			if (taken.some((t) => overlaps(box, t))) continue;
			const score = border.filter(([bx, by]) => pointInArea(cx + bx, cy + by, area)).length;
			const distance = Math.hypot(i, j);
			if (score > bestScore || (score === bestScore && distance < bestDistance)) {
				[best, bestScore, bestDistance] = [[cx, cy], score, distance];
			}
		}
	return best;
}
