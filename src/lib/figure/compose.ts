/**
 * A complete, print-ready figure as one SVG document: the layout of its
 * parts (header, map, legend, footer: text.ts, map.ts, legend.ts, footer.ts).
 * Pure: the same spec, frame and geodata always give the same text, in the
 * browser and in `npm run figures`.
 */
import type { LabelCandidate, TerritoryGeo } from '../map/geometry.ts';
import { footerPart } from './footer.ts';
import { legendPart } from './legend.ts';
import { mapPart } from './map.ts';
import type { Frame } from './paper.ts';
import type { FigureSpec } from './spec.ts';
import { escapeXml, fontFamily, fontStyle, n, textBlock, wrapText, type FigureFonts } from './text.ts';

export type { FigureSpec } from './spec.ts';
export { escapeXml, FIGURE_FONT, wrapText } from './text.ts';

export type { FigureFonts } from './text.ts';

export interface ComposeOptions {
	frame: Frame;
	/** Label anchors of the municipalities (pole of inaccessibility) and their priority. */
	labels: LabelCandidate[];
	/** ISO date (yyyy-mm-dd) printed on the figure. */
	date: string;
	/** Prefix for ids inside the SVG, so several figures can share one HTML page. */
	idPrefix?: string;
	fonts?: FigureFonts;
}

function header(spec: FigureSpec, x: number, y: number, width: number, s: number) {
	const title = textBlock(wrapText(spec.title, width, 16 * s, true), x, y, 16 * s, 19.5 * s, {
		'font-weight': 700
	});
	const sub = textBlock(wrapText(spec.subtitle, width, 10 * s), x, y + title.height + 4 * s, 10 * s, 13 * s, {
		fill: '#3d4a54'
	});
	return { svg: `${title.svg}\n${sub.svg}`, bottom: y + title.height + 4 * s + sub.height + 10 * s };
}

export function composeFigure(geo: TerritoryGeo, spec: FigureSpec, o: ComposeOptions): string {
	const { frame } = o;
	const s = frame.scale;
	const id = (name: string) => `${o.idPrefix ?? ''}${name}`;
	const m = 34 * s;
	const inner = frame.width - 2 * m;
	const landscape = frame.orientation === 'horizontal';
	const head = header(spec, m, m, inner, s);
	const foot = footerPart(
		{ ...spec, rule: spec.legend.rule },
		o.date,
		{ x: m, bottom: frame.height - m, width: inner },
		s
	);
	// The legend goes below the map in portrait, beside it in landscape.
	const legendWidth = landscape ? Math.min(200 * s, inner * 0.32) : inner;
	const columns = landscape || spec.legend.rows.length <= 4 ? 1 : 2;
	const measured = legendPart(spec.legend, { x: 0, y: 0, width: legendWidth, columns }, s, id('hatch'));
	const mapW = landscape ? inner - legendWidth - 14 * s : inner;
	const mapH = foot.top - head.bottom - (landscape ? 0 : measured.height + 8 * s);
	if (mapH < 120 * s)
		throw new Error(`No cabe el mapa en la figura «${spec.title}»: hay demasiado texto para el papel`);
	const map = mapPart(geo, spec, { width: mapW, height: mapH }, { scale: s, id, labels: o.labels });
	const legendBox = landscape
		? { x: m + mapW + 14 * s, y: head.bottom, width: legendWidth, columns }
		: { x: m, y: head.bottom + mapH + 8 * s, width: legendWidth, columns };
	const legend = legendPart(spec.legend, legendBox, s, id('hatch'));
	const family = fontFamily(o.fonts);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${frame.widthAttr}" height="${frame.heightAttr}" viewBox="0 0 ${frame.width} ${frame.height}" font-family="${escapeXml(family)}" fill="#111827" role="img" aria-labelledby="${id('title')}">`,
		`<title id="${id('title')}">${escapeXml(`${spec.title}. ${spec.subtitle}`)}</title>`,
		`<defs>${fontStyle(o.fonts)}${map.defs}</defs>`,
		`<rect width="${frame.width}" height="${frame.height}" fill="#ffffff"/>`,
		// Each part in its own group, so an editor (Inkscape, Illustrator) can select it whole.
		`<g data-parte="cabecera">\n${head.svg}\n</g>`,
		`<g data-parte="pie">\n${foot.svg}\n</g>`,
		`<g data-parte="mapa" transform="translate(${n(m)},${n(head.bottom)})">\n${map.svg}\n</g>`,
		`<g data-parte="leyenda">\n${legend.svg}\n</g>`,
		`</svg>`,
		''
	].join('\n');
}
