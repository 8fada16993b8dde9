/**
 * The annex PDF's pages as one HTML document that Chromium prints: a cover
 * naming the edition, a table of contents, then one figure and its caption per
 * page, numbered at the foot from the second page on. Pure: every word comes
 * from the edition descriptor, the territory and the figures' specs, so another
 * edition prints its own names.
 */
import {
	escapeXml,
	frameOf,
	type FigureFonts,
	type FigureSpec,
	type Orientation
} from '../../src/lib/figure/index.ts';
import { spanishDate } from '../../src/lib/text/dates.ts';

/** The family the PDF's own text (cover, contents, captions, page numbers) is set in. */
export const PDF_FONT = 'Noto Sans';

export interface PdfCover {
	/** The edition's short title, entity, government, period label and source line. */
	shortTitle: string;
	entity: string;
	government: string;
	period: string;
	source: string;
	/** The territory's department name. */
	department: string;
	/** yyyy-mm-dd: the day the annex is made. */
	date: string;
}

export interface PdfInput {
	figures: { spec: FigureSpec; svg: string }[];
	paper: 'a4' | 'carta';
	orientation: Orientation;
	cover: PdfCover;
	fonts: FigureFonts;
}

const MM_PER_PT = 25.4 / 72;
/** Page margins (mm): the bottom one holds the page number. */
const MARGIN = { top: 10, side: 10, bottom: 14 };
/** Contents: the heading's height on every contents page, and each entry's line (mm; 9.5 pt × 1.35). */
const TOC_HEAD_MM = 32;
const TOC_FONT_PT = 9.5;
const TOC_LINE_MM = TOC_FONT_PT * 1.35 * MM_PER_PT;
const TOC_GAP_MM = 1.6;
/** Room for the entry's page number and leader (mm). */
const TOC_NUMBER_MM = 16;
/**
 * Characters per line are estimated with 0.6 em per character, wider than Noto
 * Sans' mean for Spanish text (~0.5 em): an entry is never given fewer lines
 * than it takes, so a contents page never overflows (at worst it breaks early).
 */
const EM_PER_CHAR = 0.6;

export interface PdfLayout {
	/** Entries (figure indexes) on each contents page. */
	tocPages: number[][];
	/** 1-based page of figure i (0-based). */
	figurePage: (i: number) => number;
	pageCount: number;
}

/** The text of a contents entry, without its page number. */
export const tocEntry = (i: number, spec: FigureSpec) => `Figura ${i + 1} · ${spec.title}`;

/** Which entries go on which contents page, and so on which page each figure falls. */
export function pdfLayout(
	titles: readonly string[],
	paper: PdfInput['paper'],
	orientation: Orientation
): PdfLayout {
	const frame = frameOf(paper, orientation);
	const widthMm = frame.width * MM_PER_PT - 2 * MARGIN.side - TOC_NUMBER_MM;
	const heightMm = frame.height * MM_PER_PT - MARGIN.top - MARGIN.bottom - TOC_HEAD_MM;
	const charsPerLine = Math.floor(widthMm / (TOC_FONT_PT * MM_PER_PT * EM_PER_CHAR));
	const tocPages: number[][] = [[]];
	let used = 0;
	titles.forEach((t, i) => {
		const h = Math.max(1, Math.ceil(t.length / charsPerLine)) * TOC_LINE_MM + TOC_GAP_MM;
		if (used + h > heightMm && tocPages.at(-1)!.length) {
			tocPages.push([]);
			used = 0;
		}
		tocPages.at(-1)!.push(i);
		used += h;
	});
	const first = 1 + tocPages.length + 1;
	return { tocPages, figurePage: (i) => first + i, pageCount: first - 1 + titles.length };
}

const fontFaces = (fonts: FigureFonts) =>
	([400, 700] as const)
		.map(
			(w) =>
				`@font-face { font-family: '${PDF_FONT}'; font-weight: ${w}; font-style: normal; ` +
				`src: url(data:font/woff2;base64,${w === 400 ? fonts.regular : fonts.bold}) format('woff2'); }`
		)
		.join('\n');

const countWord = (n: number) => `${n} ${n === 1 ? 'figura' : 'figuras'}`;

function coverPage(c: PdfCover, n: number): string {
	const e = escapeXml;
	return `<section class="cover">
<p class="gov">${e(c.government)}</p>
<p class="entity">${e(c.entity)}</p>
<h1>Anexo de mapas</h1>
<p class="report">${e(c.shortTitle)}</p>
<p class="meta">${e(c.department)} · periodo ${e(c.period)}</p>
<p class="meta">${countWord(n)}, una por página · ${e(spanishDate(c.date))}</p>
<div class="note">
<p>Estos mapas fueron elaborados con «¿Dónde se intervino?» a partir del informe; no son figuras del informe original.</p>
<p>Fuente de los datos: ${e(c.source)}</p>
</div>
</section>`;
}

function tocPage(
	entries: number[],
	figures: PdfInput['figures'],
	layout: PdfLayout,
	page: number,
	of: number
): string {
	const rows = entries
		.map(
			(i) =>
				`<li><span class="t">${escapeXml(tocEntry(i, figures[i].spec))}</span><span class="lead"></span>` +
				`<span class="n">${layout.figurePage(i)}</span></li>`
		)
		.join('\n');
	const head = of > 1 ? `Índice de figuras (${page} de ${of})` : 'Índice de figuras';
	return `<section class="toc"><div class="head"><h2>${head}</h2><p>Figura · título · página</p></div><ol>${rows}</ol></section>`;
}

/** The whole annex as HTML for `page.pdf({ preferCSSPageSize: true })`. */
export function pdfHtml(o: PdfInput): string {
	const size = `${o.paper === 'carta' ? 'letter' : 'A4'} ${o.orientation === 'vertical' ? 'portrait' : 'landscape'}`;
	const layout = pdfLayout(
		o.figures.map((f, i) => tocEntry(i, f.spec)),
		o.paper,
		o.orientation
	);
	const toc = layout.tocPages.map((entries, p) =>
		tocPage(entries, o.figures, layout, p + 1, layout.tocPages.length)
	);
	const pages = o.figures.map(
		({ spec, svg }, i) =>
			`<section class="figure"><div class="fig">${svg.replace(/^<svg ([^>]*?)width="[^"]*" height="[^"]*"/, '<svg $1')}</div>` +
			`<p class="caption"><strong>Figura ${i + 1}.</strong> ${escapeXml(spec.caption)}</p></section>`
	);
	return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Anexo de mapas · ${escapeXml(o.cover.shortTitle)}</title><style>
${fontFaces(o.fonts)}
@page { size: ${size}; margin: ${MARGIN.top}mm ${MARGIN.side}mm ${MARGIN.bottom}mm;
  @bottom-center { content: "Página " counter(page) " de " counter(pages); font-family: '${PDF_FONT}'; font-size: 8pt; color: #4b5563; vertical-align: middle; } }
@page :first { @bottom-center { content: none; } }
html, body { margin: 0; font-family: '${PDF_FONT}'; color: #111827; }
section { height: calc(100vh - 0.1mm); break-after: page; overflow: hidden; box-sizing: border-box; }
section:last-child { break-after: auto; }
.cover { display: flex; flex-direction: column; justify-content: center; padding: 0 14mm; }
.cover p { margin: 0; }
.cover .gov { font-size: 11pt; color: #4b5563; }
.cover .entity { font-size: 13pt; font-weight: 700; margin-top: 2mm; }
.cover h1 { font-size: 30pt; margin: 18mm 0 4mm; font-weight: 700; }
.cover .report { font-size: 15pt; margin-bottom: 6mm; }
.cover .meta { font-size: 11pt; color: #374151; margin-top: 1.5mm; }
.cover .note { margin-top: 24mm; padding-top: 4mm; border-top: 0.4pt solid #9ca3af; font-size: 9pt; color: #374151; line-height: 1.4; }
.cover .note p + p { margin-top: 2mm; }
.toc .head { height: ${TOC_HEAD_MM}mm; box-sizing: border-box; padding-top: 6mm; }
.toc h2 { font-size: 16pt; margin: 0 0 2mm; }
.toc .head p { margin: 0; font-size: 8.5pt; color: #4b5563; }
.toc ol { list-style: none; margin: 0; padding: 0; font-size: ${TOC_FONT_PT}pt; line-height: 1.35; }
.toc li { display: flex; align-items: flex-end; margin-bottom: ${TOC_GAP_MM}mm; }
.toc .t { flex: 0 1 auto; }
.toc .lead { flex: 1 0 4mm; border-bottom: 0.6pt dotted #6b7280; margin: 0 1.5mm 0.9mm; }
.toc .n { flex: 0 0 auto; min-width: 6mm; text-align: right; }
.figure { display: flex; flex-direction: column; }
.fig { flex: 1; min-height: 0; display: flex; justify-content: center; }
.fig svg { height: 100%; width: auto; max-width: 100%; }
.caption { font-size: 9pt; margin: 2mm 6mm 0; line-height: 1.3; }
</style></head><body>${coverPage(o.cover, o.figures.length)}
${toc.join('\n')}
${pages.join('\n')}</body></html>`;
}
