/**
 * A complete, print-ready figure as one SVG document: title, subtitle, the map
 * drawn from the geodata (d3-geo), legend, the rule behind any estimate,
 * sources, date, scale bar and north arrow. Pure: the same spec, frame and
 * geodata always give the same text, in the browser and in `npm run figures`.
 */
import {
	fitProjection,
	placeLabels,
	scaleBarKm,
	svgMapGeometry,
	type LabelCandidate,
	type TerritoryGeo
} from '../map/geometry.ts';
import { NO_REACH_HATCH } from '../scales/index.ts';
import { spanishDate } from '../text/dates.ts';
import type { Frame } from './paper.ts';

export interface FigureLegendRow {
	color: string;
	label: string;
	/** Drawn with the "no alcanzado" hatch over the colour. */
	hatch?: boolean;
}

export interface FigureSpec {
	/** File name without extension (ASCII, stable). */
	slug: string;
	title: string;
	subtitle: string;
	legendTitle: string;
	legend: FigureLegendRow[];
	/** Fill of each municipality by DIVIPOLA code; missing codes are drawn white. */
	fills: Record<string, { fill: string; hatch?: boolean }>;
	/** Municipalities outlined in dark (selected, or named in LOCALIZACIÓN). */
	emphasis: string[];
	/** Labels placed first; the rest are added where they do not collide. */
	labelFirst: string[];
	/** A message over the map's centre, e.g. "El informe no indica localización". */
	stamp?: string;
	/** Draw the group (subregion) outlines of the geodata, thick. */
	groupOutlines?: boolean;
	/** Label candidates replacing the municipal ones (e.g. subregion names). */
	labels?: LabelCandidate[];
	/** The rule behind per-municipality estimates, or null when the figure shows reported facts only. */
	rule: string | null;
	/** Further lines under the legend (a department-wide amount shown apart...). */
	notes: string[];
	/** The sources line (the edition's, the cartography's, the population's): `figureSourceLine`. */
	source: string;
	/** The caption used in the annex. */
	caption: string;
}

export interface FigureFonts {
	/** Base64 WOFF2 of Noto Sans regular and bold, embedded so the figure looks the same anywhere. */
	regular: string;
	bold: string;
}

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

export const FIGURE_FONT = 'Noto Sans';
export function escapeXml(s: string): string {
	return s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
	);
}

/**
 * Greedy word wrap by estimated width (Noto Sans averages ≈ 0.53 em per
 * character, bold ≈ 0.58). An estimate, so lines keep a small safety margin.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
	const perChar = fontSize * (bold ? 0.58 : 0.53);
	const max = Math.max(8, Math.floor(maxWidth / perChar));
	const lines: string[] = [];
	let line = '';
	// "$ 385 millones" never breaks after the sign (U+00A0 is not a break point here).
	const words = text
		.replace(/\$ /g, '$\u00a0')
		.split(/[ \t\n]+/)
		.filter(Boolean);
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

const n = (x: number) => +x.toFixed(2);

function textBlock(
	lines: string[],
	x: number,
	y: number,
	size: number,
	lineHeight: number,
	attrs = ''
): { svg: string; height: number } {
	const svg = lines
		.map(
			(l, i) =>
				`<text x="${n(x)}" y="${n(y + size + i * lineHeight)}" font-size="${n(size)}"${attrs}>${escapeXml(l)}</text>`
		)
		.join('\n');
	return { svg, height: lines.length ? size + (lines.length - 1) * lineHeight + size * 0.35 : 0 };
}

export function composeFigure(geo: TerritoryGeo, spec: FigureSpec, o: ComposeOptions): string {
	const { frame } = o;
	const s = frame.scale;
	const id = (name: string) => `${o.idPrefix ?? ''}${name}`;
	const W = frame.width;
	const H = frame.height;
	const m = 34 * s;
	const inner = W - 2 * m;
	const landscape = frame.orientation === 'horizontal';

	// Header.
	const parts: string[] = [];
	let y = m;
	const title = textBlock(
		wrapText(spec.title, inner, 16 * s, true),
		m,
		y,
		16 * s,
		19.5 * s,
		' font-weight="700"'
	);
	parts.push(title.svg);
	y += title.height + 4 * s;
	const subtitle = textBlock(wrapText(spec.subtitle, inner, 10 * s), m, y, 10 * s, 13 * s, ' fill="#3d4a54"');
	parts.push(subtitle.svg);
	y += subtitle.height + 10 * s;
	const top = y;

	// Footer, from the bottom up: date, sources, rule and notes.
	const small = 6.8 * s;
	const dateLine = `Elaborado el ${spanishDate(o.date)} con «¿Dónde se intervino?», a partir del informe; no es una figura del informe original.`;
	const ruleLines = spec.rule ? wrapText(spec.rule, inner, 7.6 * s) : [];
	const footerLines = [
		...ruleLines.map((l) => ({ l, size: 7.6 * s })),
		...spec.notes.flatMap((t) => wrapText(t, inner, 7.6 * s).map((l) => ({ l, size: 7.6 * s }))),
		...wrapText(spec.source, inner, small).map((l) => ({ l, size: small })),
		...wrapText(dateLine, inner, small).map((l) => ({ l, size: small }))
	];
	const footerLineHeight = (size: number) => size * 1.3;
	const footerHeight = footerLines.reduce((h, f) => h + footerLineHeight(f.size), 0);
	let fy = H - m - footerHeight;
	const footerTop = fy - 8 * s;
	for (const f of footerLines) {
		fy += footerLineHeight(f.size);
		parts.push(
			`<text x="${n(m)}" y="${n(fy - f.size * 0.3)}" font-size="${n(f.size)}" fill="#3d4a54">${escapeXml(f.l)}</text>`
		);
	}
	if (ruleLines.length) {
		// The rule's first word ("Estimación") is what a reader must not miss: a bar marks it.
		parts.push(
			`<rect x="${n(m - 6 * s)}" y="${n(H - m - footerHeight + 1 * s)}" width="${n(2 * s)}" height="${n(footerLineHeight(7.6 * s) * ruleLines.length)}" fill="#b45309"/>`
		);
	}

	// Legend: below the map in portrait, beside it in landscape.
	const swatchW = 14 * s;
	const swatchH = 9 * s;
	const legendSize = 7.8 * s;
	const rowGap = 4 * s;
	const legendWidth = landscape ? Math.min(200 * s, inner * 0.32) : inner;
	const legendColumns = landscape ? 1 : spec.legend.length > 4 ? 2 : 1;
	const perColumn = Math.ceil(spec.legend.length / legendColumns);
	const columnWidth = legendWidth / legendColumns;
	const legendRows = spec.legend.map((r) => ({
		...r,
		lines: wrapText(r.label, columnWidth - swatchW - 10 * s, legendSize)
	}));
	const rowHeight = (lines: number) => Math.max(swatchH, lines * legendSize * 1.25) + rowGap;
	const colRows = (c: number) => legendRows.slice(c * perColumn, (c + 1) * perColumn);
	const columnHeight = (c: number) => colRows(c).reduce((h, r) => h + rowHeight(r.lines.length), 0);
	const legendTitleSize = 8.6 * s;
	const legendHeight =
		legendTitleSize * 1.6 + Math.max(...Array.from({ length: legendColumns }, (_, c) => columnHeight(c)));

	const mapX = m;
	const mapY = top;
	let mapW = inner;
	let mapH = footerTop - top;
	let legendX = m;
	let legendY = top;
	if (landscape) {
		mapW = inner - legendWidth - 14 * s;
		legendX = m + mapW + 14 * s;
	} else {
		mapH = footerTop - top - legendHeight - 8 * s;
		legendY = top + mapH + 8 * s;
	}
	if (mapH < 120 * s)
		throw new Error(`No cabe el mapa en la figura «${spec.title}»: hay demasiado texto para el papel`);

	// The map, in its own coordinate frame.
	const mapFrame = { width: n(mapW), height: n(mapH), padding: 8 * s, digits: 2 };
	const g = svgMapGeometry(geo, mapFrame);
	const projection = fitProjection(geo, mapFrame);
	const labelSize = 6.4 * s;
	const labels = placeLabels(
		spec.labels ?? o.labels,
		(p) => projection(p) as [number, number] | null,
		labelSize,
		spec.labelFirst
	);
	const hatchSize = 4.5 * s;
	const defs = [
		`<clipPath id="${id('map-clip')}"><rect width="${n(mapW)}" height="${n(mapH)}"/></clipPath>`,
		`<pattern id="${id('hatch')}" width="${n(hatchSize)}" height="${n(hatchSize)}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="${n(hatchSize)}" stroke="${NO_REACH_HATCH}" stroke-width="${n(0.9 * s)}"/></pattern>`
	];
	const mapParts: string[] = [
		`<rect width="${n(mapW)}" height="${n(mapH)}" fill="#e9ecef"/>`,
		`<path d="${g.venezuela.d}" fill="#f4f1ea" stroke="#b8b2a6" stroke-width="${n(0.5 * s)}"/>`,
		...g.vecinos.map(
			(v) => `<path d="${v.d}" fill="#f7f7f4" stroke="#b8b2a6" stroke-width="${n(0.5 * s)}"/>`
		),
		`<g font-size="${n(6 * s)}" fill="#7a8088" letter-spacing="${n(0.6 * s)}" text-anchor="middle">`,
		`<text x="${n(g.venezuela.x)}" y="${n(g.venezuela.y)}">${escapeXml(g.venezuela.name.toLocaleUpperCase('es'))}</text>`,
		...g.vecinos.map(
			(v) => `<text x="${n(v.x)}" y="${n(v.y)}">${escapeXml(v.name.toLocaleUpperCase('es'))}</text>`
		),
		`</g>`
	];
	// Grey municipal borders on the fills themselves (one copy of each path), the outline on top.
	const border = `stroke="#7b8794" stroke-width="${n(0.35 * s)}" stroke-linejoin="round"`;
	for (const mun of g.municipios) {
		const f = spec.fills[mun.divipola] ?? { fill: '#ffffff' };
		mapParts.push(`<path d="${mun.d}" fill="${f.fill}" ${border}/>`);
		if (f.hatch) mapParts.push(`<path d="${mun.d}" fill="url(#${id('hatch')})" ${border}/>`);
	}
	mapParts.push(`<path d="${g.outline}" fill="none" stroke="#1f2933" stroke-width="${n(1.1 * s)}"/>`);
	if (spec.groupOutlines) {
		if (!g.grupos.length) throw new Error('faltan los contornos de las subregiones en la geometría');
		mapParts.push(
			`<g fill="none" stroke="#1f2933" stroke-width="${n(1.1 * s)}" stroke-linejoin="round">${g.grupos.map((x) => `<path d="${x.d}"/>`).join('')}</g>`
		);
	}
	const emphasis = new Set(spec.emphasis);
	const emph = g.municipios.filter((mun) => emphasis.has(mun.divipola));
	if (emph.length) {
		mapParts.push(
			`<g fill="none" stroke="#111827" stroke-width="${n(1.3 * s)}" stroke-linejoin="round">${emph.map((mun) => `<path d="${mun.d}"/>`).join('')}</g>`
		);
	}
	mapParts.push(
		`<g font-size="${n(labelSize)}" text-anchor="middle" fill="#111827" stroke="#ffffff" stroke-width="${n(1.8 * s)}" paint-order="stroke" stroke-linejoin="round">`,
		...labels.map(
			(l) =>
				`<text x="${l.x}" y="${n(l.y + labelSize * 0.35)}"${emphasis.has(l.divipola) ? ' font-weight="700"' : ''}>${escapeXml(l.text)}</text>`
		),
		`</g>`
	);

	if (spec.stamp) {
		const size = 12 * s;
		const w = Math.min(mapW - 20 * s, spec.stamp.length * size * 0.58 + 24 * s);
		mapParts.push(
			`<rect x="${n((mapW - w) / 2)}" y="${n(mapH / 2 - size * 1.4)}" width="${n(w)}" height="${n(size * 2.4)}" rx="${n(3 * s)}" fill="#ffffff" fill-opacity="0.92" stroke="#1f2933" stroke-width="${n(0.8 * s)}"/>`,
			`<text x="${n(mapW / 2)}" y="${n(mapH / 2 + size * 0.35)}" font-size="${n(size)}" font-weight="700" text-anchor="middle">${escapeXml(spec.stamp)}</text>`
		);
	}

	// Scale bar (bottom left) and north arrow (top right), inside the map frame.
	const barKm = scaleBarKm(g.kmPerUnit, mapW * 0.22);
	const barLen = barKm / g.kmPerUnit;
	const bx = 10 * s;
	const by = mapH - 14 * s;
	mapParts.push(
		`<g font-size="${n(6.4 * s)}" fill="#1f2933">`,
		`<rect x="${n(bx - 4 * s)}" y="${n(by - 12 * s)}" width="${n(barLen + 30 * s)}" height="${n(20 * s)}" fill="#ffffff" fill-opacity="0.8"/>`,
		`<rect x="${n(bx)}" y="${n(by)}" width="${n(barLen / 2)}" height="${n(3 * s)}" fill="#1f2933"/>`,
		`<rect x="${n(bx + barLen / 2)}" y="${n(by)}" width="${n(barLen / 2)}" height="${n(3 * s)}" fill="#ffffff" stroke="#1f2933" stroke-width="${n(0.5 * s)}"/>`,
		`<text x="${n(bx)}" y="${n(by - 3 * s)}">0</text>`,
		`<text x="${n(bx + barLen)}" y="${n(by - 3 * s)}" text-anchor="end">${barKm} km</text>`,
		`</g>`
	);
	const ax = mapW - 18 * s;
	const ay = 12 * s;
	mapParts.push(
		`<g aria-label="Norte">`,
		`<path d="M${n(ax)},${n(ay)} L${n(ax + 6 * s)},${n(ay + 18 * s)} L${n(ax)},${n(ay + 14 * s)} Z" fill="#1f2933"/>`,
		`<path d="M${n(ax)},${n(ay)} L${n(ax - 6 * s)},${n(ay + 18 * s)} L${n(ax)},${n(ay + 14 * s)} Z" fill="#ffffff" stroke="#1f2933" stroke-width="${n(0.6 * s)}"/>`,
		`<text x="${n(ax)}" y="${n(ay + 28 * s)}" font-size="${n(8 * s)}" font-weight="700" text-anchor="middle" fill="#1f2933">N</text>`,
		`</g>`
	);

	parts.push(
		`<g transform="translate(${n(mapX)},${n(mapY)})"><g clip-path="url(#${id('map-clip')})">\n${mapParts.join('\n')}\n</g><rect width="${n(mapW)}" height="${n(mapH)}" fill="none" stroke="#9aa5b1" stroke-width="${n(0.5 * s)}"/></g>`
	);

	// Legend.
	const legendParts: string[] = [
		`<text x="${n(legendX)}" y="${n(legendY + legendTitleSize)}" font-size="${n(legendTitleSize)}" font-weight="700">${escapeXml(spec.legendTitle)}</text>`
	];
	for (let c = 0; c < legendColumns; c++) {
		let ry = legendY + legendTitleSize * 1.6;
		const cx = legendX + c * columnWidth;
		for (const r of colRows(c)) {
			legendParts.push(
				`<rect x="${n(cx)}" y="${n(ry)}" width="${n(swatchW)}" height="${n(swatchH)}" fill="${r.color}" stroke="#5f6b76" stroke-width="${n(0.5 * s)}"/>`
			);
			if (r.hatch) {
				legendParts.push(
					`<rect x="${n(cx)}" y="${n(ry)}" width="${n(swatchW)}" height="${n(swatchH)}" fill="url(#${id('hatch')})"/>`
				);
			}
			r.lines.forEach((l, i) =>
				legendParts.push(
					`<text x="${n(cx + swatchW + 5 * s)}" y="${n(ry + legendSize * 0.95 + i * legendSize * 1.25)}" font-size="${n(legendSize)}">${escapeXml(l)}</text>`
				)
			);
			ry += rowHeight(r.lines.length);
		}
	}
	parts.push(...legendParts);

	const fontFaces = o.fonts
		? `@font-face{font-family:'${FIGURE_FONT} Figura';font-weight:400;src:url(data:font/woff2;base64,${o.fonts.regular}) format('woff2')}` +
			`@font-face{font-family:'${FIGURE_FONT} Figura';font-weight:700;src:url(data:font/woff2;base64,${o.fonts.bold}) format('woff2')}`
		: '';
	const family = o.fonts
		? `'${FIGURE_FONT} Figura', '${FIGURE_FONT}', sans-serif`
		: `'${FIGURE_FONT}', sans-serif`;

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${frame.widthAttr}" height="${frame.heightAttr}" viewBox="0 0 ${W} ${H}" font-family="${escapeXml(family)}" fill="#111827" role="img" aria-labelledby="${id('title')}">`,
		`<title id="${id('title')}">${escapeXml(`${spec.title}. ${spec.subtitle}`)}</title>`,
		`<defs>${fontFaces ? `<style>${fontFaces}</style>` : ''}${defs.join('')}</defs>`,
		`<rect width="${W}" height="${H}" fill="#ffffff"/>`,
		...parts,
		`</svg>`,
		''
	].join('\n');
}
