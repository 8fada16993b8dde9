/**
 * The ficha as one A4 portrait SVG page: header; the locator map with its
 * legend beside the estimate; one table per kind of evidence with the
 * report's figures and the municipality's share; what is not split; sources
 * and date. Type shrinks step by step when a municipality has many metas, and
 * the page refuses to draw rather than spill past its footer.
 */
import type { LabelCandidate, TerritoryGeo } from '../map/geometry.ts';
import type { FigureSpec } from './spec.ts';
import { footerPart } from './footer.ts';
import { legendPart } from './legend.ts';
import { mapPart } from './map.ts';
import { fichaTables } from './ficha-table.ts';
import { frameOf } from './paper.ts';
import { attrs, escapeXml, fontFamily, fontStyle, n, textBlock, wrapText, type FigureFonts } from './text.ts';

/** What a ficha says (built by views/ficha.ts from the municipality page's view). */
export interface FichaRow {
	/** «Meta 6: Programas de gestión empresarial…» */
	meta: string;
	/** What the report says for the whole meta. */
	reported: string;
	/** The municipality's estimated share, or why there is none. */
	share: string;
}

export interface FichaSpec {
	slug: string;
	title: string;
	subtitle: string;
	map: FigureSpec;
	estimate: { title: string; figure: string; people: string | null; sentence: string; rule: string };
	/** One table per kind of evidence; `shareHeading` says what the share column means there. */
	sections: { title: string; rows: FichaRow[]; shareHeading: string; empty: string }[];
	notSplit: string[];
	source: string;
}

export interface FichaOptions {
	labels: LabelCandidate[];
	date: string;
	fonts?: FigureFonts;
	idPrefix?: string;
}

/** The content below the header at type scale `k`: its SVG and where it ends. */
function body(geo: TerritoryGeo, f: FichaSpec, o: FichaOptions, x: number, y: number, w: number, k: number) {
	const s = frameOf('a4', 'vertical').scale;
	const id = (name: string) => `${o.idPrefix ?? ''}${name}`;
	const parts: string[] = [];
	const mapW = w * 0.46;
	const mapH = mapW * 1.2;
	const map = mapPart(geo, f.map, { width: mapW, height: mapH }, { scale: s * 0.8, id, labels: o.labels });
	parts.push(`<g data-parte="mapa" transform="translate(${n(x)},${n(y)})">\n${map.svg}\n</g>`);
	const legend = legendPart(
		f.map.legend,
		{ x, y: y + mapH + 6 * s, width: mapW, columns: 1 },
		s * 0.85,
		id('hatch')
	);
	parts.push(`<g data-parte="leyenda">\n${legend.svg}\n</g>`);
	// The estimate, right of the map.
	const ex = x + mapW + 16 * s;
	const ew = w - mapW - 16 * s;
	let ey = y;
	const block = (text: string, size: number, extra = {}, gap = 4) => {
		const b = textBlock(wrapText(text, ew, size, 'font-weight' in extra), ex, ey, size, size * 1.3, extra);
		parts.push(b.svg);
		ey += b.height + gap * s;
	};
	block(f.estimate.title, 11 * s, { 'font-weight': 700 });
	block(f.estimate.figure, 20 * s, { 'font-weight': 700 }, 2);
	if (f.estimate.people) block(f.estimate.people, 10 * s, { fill: '#3d4a54' });
	block(f.estimate.sentence, 8.4 * s * k);
	const ruleTop = ey;
	block(f.estimate.rule, 7.6 * s * k, { fill: '#3d4a54' });
	parts.push(
		`<rect${attrs({ x: ex - 6 * s, y: ruleTop, width: 2 * s, height: ey - ruleTop - 4 * s, fill: '#b45309' })}/>`
	);
	let ty = Math.max(y + mapH + 6 * s + legend.height, ey) + 10 * s;
	const tables = fichaTables(f.sections, x, ty, w, s, k);
	parts.push(tables.svg);
	ty = tables.bottom;
	for (const line of f.notSplit) {
		const t = textBlock(wrapText(line, w, 7.6 * s * k), x, ty, 7.6 * s * k, 10 * s * k, { fill: '#3d4a54' });
		parts.push(t.svg);
		ty += t.height + 2 * s;
	}
	return { svg: parts.join('\n'), bottom: ty, defs: map.defs };
}

export function composeFicha(geo: TerritoryGeo, f: FichaSpec, o: FichaOptions): string {
	const frame = frameOf('a4', 'vertical');
	const s = frame.scale;
	const m = 34 * s;
	const w = frame.width - 2 * m;
	const title = textBlock(wrapText(f.title, w, 15 * s, true), m, m, 15 * s, 18 * s, { 'font-weight': 700 });
	const sub = textBlock(wrapText(f.subtitle, w, 9.5 * s), m, m + title.height + 3 * s, 9.5 * s, 12 * s, {
		fill: '#3d4a54'
	});
	const top = m + title.height + 3 * s + sub.height + 10 * s;
	const foot = footerPart(
		{ rule: null, notes: [], source: f.source },
		o.date,
		{ x: m, bottom: frame.height - m, width: w },
		s
	);
	let fit: ReturnType<typeof body> | undefined;
	for (const k of [1, 0.92, 0.85, 0.78, 0.7]) {
		fit = body(geo, f, o, m, top, w, k);
		if (fit.bottom <= foot.top) break;
	}
	if (!fit || fit.bottom > foot.top) throw new Error(`La ficha de «${f.title}» no cabe en una página A4`);
	const family = fontFamily(o.fonts);
	const style = fontStyle(o.fonts);
	const tid = `${o.idPrefix ?? ''}title`;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${frame.widthAttr}" height="${frame.heightAttr}" viewBox="0 0 ${frame.width} ${frame.height}" font-family="${escapeXml(family)}" fill="#111827" role="img" aria-labelledby="${tid}">`,
		`<title id="${tid}">${escapeXml(`${f.title}. ${f.subtitle}`)}</title>`,
		`<defs>${style}${fit.defs}</defs>`,
		`<rect width="${frame.width}" height="${frame.height}" fill="#ffffff"/>`,
		`<g data-parte="cabecera">\n${title.svg}\n${sub.svg}\n</g>`,
		fit.svg,
		`<g data-parte="pie">\n${foot.svg}\n</g>`,
		`</svg>`,
		''
	].join('\n');
}
