/**
 * The key of a print map: the municipalities too small for a label or a
 * leader line get a number inside them, and their names are listed in a box
 * at the map's bottom-right corner, which labels keep clear of.
 */
import type { MapTheme } from '../map/cartography.ts';
import { labelBox, type Box, type KeyedLabel } from '../map/labels.ts';
import { attrs, escapeXml, n } from './text.ts';

export type LabelKeyEntry = KeyedLabel;

/** Key lines: «1 Cucutilla». */
export const keyLine = (k: LabelKeyEntry) => `${k.n} ${k.text}`;

/** The key box at the map's bottom-right corner for these entries. */
export function keyBoxFor(
	key: readonly LabelKeyEntry[],
	frame: { width: number; height: number },
	t: MapTheme,
	pad: number
): Box | null {
	if (!key.length) return null;
	const size = t.label.size;
	const widest = Math.max(...key.map((k) => labelBox(keyLine(k), 0, 0, size)[2] * 2));
	const h = key.length * size * 1.3 + 2 * pad;
	return [
		frame.width - widest - 2 * pad - pad,
		frame.height - h - pad,
		frame.width - pad,
		frame.height - pad
	];
}

/** The key of the municipalities numbered on the map: «1 Cucutilla», in a box at the bottom right. */
export function keySvg(key: readonly LabelKeyEntry[], box: Box | null, t: MapTheme): string {
	if (!box || !key.length) return '';
	const size = t.label.size;
	const pad = size * 0.5;
	return [
		`<g data-capa="clave" font-size="${n(size)}" fill="${t.label.color}">`,
		`<rect${attrs({ x: box[0], y: box[1], width: box[2] - box[0], height: box[3] - box[1], fill: '#ffffff', 'fill-opacity': 0.9, stroke: t.municipio.color, 'stroke-width': t.municipio.width })}/>`,
		...key.map(
			(k, i) =>
				`<text${attrs({ x: box[0] + pad, y: box[1] + pad + size * (i + 0.85) * 1.3 - size * 0.15 })}>${escapeXml(keyLine(k))}</text>`
		),
		`</g>`
	].join('\n');
}

/** The numbers drawn inside the municipalities the key names. */
export function keyNumbersSvg(key: readonly LabelKeyEntry[], t: MapTheme): string {
	return key
		.map(
			(k) =>
				`<text${attrs({ x: k.x, y: k.y + k.size * 0.35, 'font-size': k.size, 'font-weight': 700, 'text-anchor': 'middle', fill: t.label.color, stroke: t.label.halo, 'stroke-width': t.label.haloWidth, 'paint-order': 'stroke' })}>${k.n}</text>`
		)
		.join('\n');
}
