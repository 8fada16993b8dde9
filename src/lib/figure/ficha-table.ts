/**
 * The ficha's tables: one per kind of evidence, three columns (the meta, what
 * the report says for the whole meta, the municipality's share), each cell
 * wrapped to its column, a rule under each row.
 */
import type { FichaSpec } from './ficha.ts';
import { attrs, textBlock, wrapText } from './text.ts';

export function fichaTables(
	sections: FichaSpec['sections'],
	x: number,
	top: number,
	w: number,
	s: number,
	k: number
): { svg: string; bottom: number } {
	const parts: string[] = [];
	let ty = top;
	const cols = [0.5, 0.27, 0.23].map((c) => c * w);
	const size = 7.6 * s * k;
	for (const sec of sections) {
		const t = textBlock(wrapText(sec.title, w, 9.5 * s * k, true), x, ty, 9.5 * s * k, 12 * s * k, {
			'font-weight': 700
		});
		parts.push(`<g data-parte="tabla">`, t.svg);
		ty += t.height + 3 * s;
		const rows = sec.rows.length ? sec.rows : [{ meta: sec.empty, reported: '', share: '' }];
		const head = sec.rows.length
			? [{ meta: 'Meta', reported: 'Lo que reporta el informe (toda la meta)', share: sec.shareHeading }]
			: [];
		for (const [i, r] of [...head, ...rows].entries()) {
			const isHead = head.length > 0 && i === 0;
			const cells = [r.meta, r.reported, r.share].map((c, j) => wrapText(c, cols[j] - 6 * s, size, isHead));
			let cx = x;
			const extra = isHead ? { 'font-weight': 700, fill: '#3d4a54' } : {};
			cells.forEach((lines, j) => {
				parts.push(textBlock(lines, cx, ty, size, size * 1.25, extra).svg);
				cx += cols[j];
			});
			ty += Math.max(...cells.map((l) => l.length)) * size * 1.25 + 3 * s;
			parts.push(
				`<line${attrs({ x1: x, y1: ty - 1.5 * s, x2: x + w, y2: ty - 1.5 * s, stroke: '#d0d5da', 'stroke-width': 0.5 * s })}/>`
			);
		}
		parts.push(`</g>`);
		ty += 6 * s;
	}
	return { svg: parts.join('\n'), bottom: ty };
}
