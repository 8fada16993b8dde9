/**
 * What a print map carries besides the cartography: scale bar with ticks,
 * north arrow, the stamp of a meta without place, and the key of the
 * municipalities numbered on the map. Each returns the box it keeps clear.
 */
import type { MapTheme } from '../map/cartography.ts';
import { scaleBarKm } from '../map/geometry.ts';
import type { Box } from '../map/labels.ts';
import { attrs, EM_PER_CHAR, escapeXml, n } from './text.ts';

/** A scale bar of a round length with ticks at 0, half and the end, on a box sized to its text. */
export function scaleBar(
	kmPerUnit: number,
	mapW: number,
	mapH: number,
	s: number,
	t: MapTheme
): { svg: string; box: Box } {
	const km = scaleBarKm(kmPerUnit, mapW * 0.22);
	const len = km / kmPerUnit;
	const size = 6.4 * s;
	const end = `${km} km`;
	const pad = 4 * s;
	const x = 10 * s + pad;
	const y = mapH - 12 * s;
	const width = len + (end.length * EM_PER_CHAR.regular * size) / 2 + 2 * pad;
	const ticks = [0, len / 2, len];
	const box: Box = [x - pad, y - size - 5 * s, x - pad + width, y + 7 * s];
	const labels = [
		['0', 0],
		[String(km / 2), len / 2],
		[end, len]
	] as const;
	const svg = [
		`<g data-capa="escala" font-size="${n(size)}" fill="${t.outline.color}">`,
		`<rect${attrs({ x: box[0], y: box[1], width, height: box[3] - box[1], fill: '#ffffff', 'fill-opacity': 0.85 })}/>`,
		`<rect${attrs({ x, y, width: len / 2, height: 2.5 * s, fill: t.outline.color })}/>`,
		`<rect${attrs({ x: x + len / 2, y, width: len / 2, height: 2.5 * s, fill: '#ffffff', stroke: t.outline.color, 'stroke-width': 0.5 * s })}/>`,
		...ticks.map(
			(d) =>
				`<line${attrs({ x1: x + d, y1: y - 1.5 * s, x2: x + d, y2: y + 2.5 * s, stroke: t.outline.color, 'stroke-width': 0.5 * s })}/>`
		),
		...labels.map(
			([l, d]) => `<text${attrs({ x: x + d, y: y - 2.5 * s, 'text-anchor': 'middle' })}>${l}</text>`
		),
		`</g>`
	].join('\n');
	return { svg, box };
}

/** The north arrow at the top right, and the box it keeps clear of labels. */
export function northArrow(mapW: number, s: number, t: MapTheme): { svg: string; box: Box } {
	const box: Box = [mapW - 26 * s, 8 * s, mapW - 10 * s, 44 * s];
	return { svg: northArrowSvg(mapW, s, t), box };
}

function northArrowSvg(mapW: number, s: number, t: MapTheme): string {
	const ax = mapW - 18 * s;
	const ay = 12 * s;
	return [
		`<g data-capa="norte" aria-label="Norte">`,
		`<path d="M${n(ax)},${n(ay)} L${n(ax + 6 * s)},${n(ay + 18 * s)} L${n(ax)},${n(ay + 14 * s)} Z" fill="${t.outline.color}"/>`,
		`<path d="M${n(ax)},${n(ay)} L${n(ax - 6 * s)},${n(ay + 18 * s)} L${n(ax)},${n(ay + 14 * s)} Z" fill="#ffffff" stroke="${t.outline.color}" stroke-width="${n(0.6 * s)}"/>`,
		`<text x="${n(ax)}" y="${n(ay + 28 * s)}" font-size="${n(8 * s)}" font-weight="700" text-anchor="middle" fill="${t.outline.color}">N</text>`,
		`</g>`
	].join('\n');
}

export function stamp(text: string, mapW: number, mapH: number, s: number): string {
	const size = 12 * s;
	const w = Math.min(mapW - 20 * s, text.length * size * EM_PER_CHAR.bold + 24 * s);
	return (
		`<rect${attrs({ x: (mapW - w) / 2, y: mapH / 2 - size * 1.4, width: w, height: size * 2.4, rx: 3 * s, fill: '#ffffff', 'fill-opacity': 0.92, stroke: '#1f2933', 'stroke-width': 0.8 * s })}/>\n` +
		`<text${attrs({ x: mapW / 2, y: mapH / 2 + size * 0.35, 'font-size': size, 'font-weight': 700, 'text-anchor': 'middle' })}>${escapeXml(text)}</text>`
	);
}
