/**
 * The SVG renderer of a legend (`legend(scale, counts, rule)`): title and
 * labels wrapped to the width they are given, in one or two columns, the
 * «no alcanzado» swatch hatched with the map's own pattern.
 */
import { countLabel, type LegendContent } from '../legend/legend.ts';
import { attrs, escapeXml, wrapText } from './text.ts';

export interface LegendBox {
	x: number;
	y: number;
	width: number;
	columns: number;
}

export interface LegendPart {
	svg: string;
	height: number;
}

/** The legend title with its unit: «Inversión estimada · Total (millones de pesos)». */
export const legendTitle = (c: LegendContent) => `${c.title}${c.unit ? ` (${c.unit})` : ''}`;

export function legendRowLabel(c: LegendContent, i: number): string {
	const r = c.rows[i];
	return r.count === null ? r.label : `${r.label} (${countLabel(r.count, c.noun)})`;
}

/** Lays the legend out; `svg` is empty when only measuring. */
export function legendPart(c: LegendContent, box: LegendBox, s: number, hatchId: string): LegendPart {
	const swatchW = 14 * s;
	const swatchH = 9 * s;
	const size = 7.8 * s;
	const titleSize = 8.6 * s;
	const gap = 4 * s;
	const colW = box.width / box.columns;
	const titleLines = wrapText(legendTitle(c), box.width, titleSize, true);
	const rows = c.rows.map((r, i) => ({
		r,
		lines: wrapText(legendRowLabel(c, i), colW - swatchW - 6 * s, size)
	}));
	const rowH = (lines: number) => Math.max(swatchH, lines * size * 1.25) + gap;
	const perColumn = Math.ceil(rows.length / box.columns);
	const top = box.y + titleLines.length * titleSize * 1.25 + titleSize * 0.4;
	const parts = titleLines.map(
		(l, i) =>
			`<text${attrs({ x: box.x, y: box.y + titleSize + i * titleSize * 1.25, 'font-size': titleSize, 'font-weight': 700 })}>${escapeXml(l)}</text>`
	);
	let bottom = top;
	for (let col = 0; col < box.columns; col++) {
		let y = top;
		const x = box.x + col * colW;
		for (const { r, lines } of rows.slice(col * perColumn, (col + 1) * perColumn)) {
			const rect = { x, y, width: swatchW, height: swatchH };
			parts.push(`<rect${attrs({ ...rect, fill: r.color, stroke: '#5f6b76', 'stroke-width': 0.5 * s })}/>`);
			if (r.hatch) parts.push(`<rect${attrs({ ...rect, fill: `url(#${hatchId})` })}/>`);
			lines.forEach((l, i) =>
				parts.push(
					`<text${attrs({ x: x + swatchW + 5 * s, y: y + size * 0.95 + i * size * 1.25, 'font-size': size })}>${escapeXml(l)}</text>`
				)
			);
			y += rowH(lines.length);
		}
		bottom = Math.max(bottom, y);
	}
	return { svg: parts.join('\n'), height: bottom - box.y };
}
