/** Text in a figure: XML escaping, word wrap by estimated width, and blocks of lines. */

import { attrs, escapeXml, n, type Attrs } from '../map/markup.ts';

// One escaping and one attribute writer for figures and the page map.
export { attrs, escapeXml, n, type Attrs };

export const FIGURE_FONT = 'Noto Sans';

/** Average advance of Noto Sans in em: regular ≈ 0.53, bold ≈ 0.58 (an estimate: lines keep a margin). */
export const EM_PER_CHAR = { regular: 0.53, bold: 0.58 };

/** Greedy word wrap by estimated width. A word longer than the line is cut, so nothing leaves the page. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
	const perChar = fontSize * (bold ? EM_PER_CHAR.bold : EM_PER_CHAR.regular);
	const max = Math.max(8, Math.floor(maxWidth / perChar));
	const lines: string[] = [];
	let line = '';
	// "$ 385 millones" never breaks after the sign (U+00A0 is not a break point here).
	const words = text
		.replace(/\$ /g, '$\u00a0')
		.split(/[ \t\n]+/)
		.filter(Boolean)
		.flatMap((w) =>
			w.length <= max
				? [w]
				: (w.match(new RegExp(`.{1,${max - 1}}`, 'gu')) ?? [w]).map((p, i, a) =>
						i < a.length - 1 ? `${p}-` : p
					)
		);
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (next.length > max && line) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** Lines of text from (x, y): the block's SVG and its height. */
export function textBlock(
	lines: string[],
	x: number,
	y: number,
	size: number,
	lineHeight: number,
	extra: Attrs = {}
): { svg: string; height: number } {
	const svg = lines
		.map(
			(l, i) =>
				`<text${attrs({ x, y: y + size + i * lineHeight, 'font-size': size, ...extra })}>${escapeXml(l)}</text>`
		)
		.join('\n');
	return { svg, height: lines.length ? size + (lines.length - 1) * lineHeight + size * 0.35 : 0 };
}

export interface FigureFonts {
	/** Base64 WOFF2 of Noto Sans regular and bold, embedded so the figure looks the same anywhere. */
	regular: string;
	bold: string;
}

/** The embedded faces, named apart so an installed «Noto Sans» of another version never replaces them. */
export function fontStyle(fonts?: FigureFonts): string {
	if (!fonts) return '';
	const face = (w: number, b64: string) =>
		`@font-face{font-family:'${FIGURE_FONT} Figura';font-weight:${w};src:url(data:font/woff2;base64,${b64}) format('woff2')}`;
	return `<style>${face(400, fonts.regular)}${face(700, fonts.bold)}</style>`;
}

export const fontFamily = (fonts?: FigureFonts) =>
	fonts ? `'${FIGURE_FONT} Figura', '${FIGURE_FONT}', sans-serif` : `'${FIGURE_FONT}', sans-serif`;
