/**
 * The footer of a figure, from the bottom of the page up: the date line, the
 * sources, the notes, and the rule behind any estimate with a bar beside it
 * (its first word, «Estimación», is what a reader must not miss).
 */
import { spanishDate } from '../text/dates.ts';
import { attrs, escapeXml, wrapText } from './text.ts';

export interface FooterPart {
	svg: string;
	/** Top of the footer block (the map's bottom limit, less a gap). */
	top: number;
}

export function dateLine(date: string): string {
	return `Elaborado el ${spanishDate(date)} con «¿Dónde se intervino?», a partir del informe; no es una figura del informe original.`;
}

export function footerPart(
	spec: { rule: string | null; notes: readonly string[]; source: string },
	date: string,
	box: { x: number; bottom: number; width: number },
	s: number
): FooterPart {
	const small = 6.8 * s;
	const body = 7.6 * s;
	const wrap = (t: string, size: number) => wrapText(t, box.width, size).map((l) => ({ l, size }));
	const ruleLines = spec.rule ? wrap(spec.rule, body) : [];
	const lines = [
		...ruleLines,
		...spec.notes.flatMap((t) => wrap(t, body)),
		...wrap(spec.source, small),
		...wrap(dateLine(date), small)
	];
	const lineHeight = (size: number) => size * 1.3;
	const height = lines.reduce((h, f) => h + lineHeight(f.size), 0);
	const parts: string[] = [];
	let y = box.bottom - height;
	if (ruleLines.length) {
		parts.push(
			`<rect${attrs({ x: box.x - 6 * s, y: y + 1 * s, width: 2 * s, height: lineHeight(body) * ruleLines.length, fill: '#b45309' })}/>`
		);
	}
	for (const f of lines) {
		y += lineHeight(f.size);
		parts.push(
			`<text${attrs({ x: box.x, y: y - f.size * 0.3, 'font-size': f.size, fill: '#3d4a54' })}>${escapeXml(f.l)}</text>`
		);
	}
	return { svg: parts.join('\n'), top: box.bottom - height - 8 * s };
}
