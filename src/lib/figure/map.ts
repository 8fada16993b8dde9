/**
 * The map part of a figure: the cartography's layers (map/cartography.ts, the
 * same the page's SVG map draws) at print sizes, the stamp of a meta without
 * place, a scale bar with ticks and a north arrow, clipped to its box.
 */
import { mapTheme, svgLayers, type MapLabel, type MapTheme, type SvgLayer } from '../map/cartography.ts';
import {
	fitProjection,
	scaleBarKm,
	svgMapGeometry,
	type LabelCandidate,
	type TerritoryGeo
} from '../map/geometry.ts';
import { hatchPatternSvg } from '../scales/index.ts';
import { figureLabels, type LabelKeyEntry } from './labels.ts';
import { attrs, EM_PER_CHAR, escapeXml, n } from './text.ts';
import type { FigureSpec } from './spec.ts';

export interface MapPart {
	svg: string;
	defs: string;
	/** Small municipalities numbered on the map and named under the legend. */
	key: LabelKeyEntry[];
}

export function layersSvg(layers: readonly SvgLayer[]): string {
	return layers
		.filter((l) => l.elements.length)
		.map(
			(l) =>
				`<g data-capa="${l.id}"${attrs(l.attrs)}>\n` +
				l.elements
					.map(
						(e) =>
							`<${e.tag}${attrs(e.attrs)}${e.text === undefined ? '/>' : `>${escapeXml(e.text)}</${e.tag}>`}`
					)
					.join('\n') +
				'\n</g>'
		)
		.join('\n');
}

/** A scale bar of a round length with ticks at 0, half and the end, on a box sized to its text. */
function scaleBar(kmPerUnit: number, mapW: number, mapH: number, s: number, t: MapTheme): string {
	const km = scaleBarKm(kmPerUnit, mapW * 0.22);
	const len = km / kmPerUnit;
	const size = 6.4 * s;
	const end = `${km} km`;
	const pad = 4 * s;
	const x = 10 * s + pad;
	const y = mapH - 12 * s;
	const width = len + (end.length * EM_PER_CHAR.regular * size) / 2 + 2 * pad;
	const ticks = [0, len / 2, len];
	const labels = [
		['0', 0],
		[String(km / 2), len / 2],
		[end, len]
	] as const;
	return [
		`<g data-capa="escala" font-size="${n(size)}" fill="${t.outline.color}">`,
		`<rect${attrs({ x: x - pad, y: y - size - 5 * s, width, height: size + 12 * s, fill: '#ffffff', 'fill-opacity': 0.85 })}/>`,
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
}

function northArrow(mapW: number, s: number, t: MapTheme): string {
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

function stamp(text: string, mapW: number, mapH: number, s: number): string {
	const size = 12 * s;
	const w = Math.min(mapW - 20 * s, text.length * size * EM_PER_CHAR.bold + 24 * s);
	return (
		`<rect${attrs({ x: (mapW - w) / 2, y: mapH / 2 - size * 1.4, width: w, height: size * 2.4, rx: 3 * s, fill: '#ffffff', 'fill-opacity': 0.92, stroke: '#1f2933', 'stroke-width': 0.8 * s })}/>\n` +
		`<text${attrs({ x: mapW / 2, y: mapH / 2 + size * 0.35, 'font-size': size, 'font-weight': 700, 'text-anchor': 'middle' })}>${escapeXml(text)}</text>`
	);
}

/** The map of `spec` in a box of `width` × `height` points (its own coordinates, origin top left). */
export function mapPart(
	geo: TerritoryGeo,
	spec: FigureSpec,
	box: { width: number; height: number },
	o: { scale: number; id: (name: string) => string; labels: LabelCandidate[] }
): MapPart {
	const s = o.scale;
	const t = mapTheme('print', s);
	const frame = { width: n(box.width), height: n(box.height), padding: 8 * s, digits: 2 };
	const g = svgMapGeometry(geo, frame);
	const projection = fitProjection(geo, frame);
	const placed = figureLabels(geo, projection, spec, frame, o.labels, t);
	const emphasis = new Set(spec.emphasis);
	const labels: MapLabel[] = placed.labels.map((l) => ({ ...l, bold: emphasis.has(l.divipola) }));
	const layers = svgLayers(
		g,
		{ paint: spec.fills, labels, emphasis: spec.emphasis, groups: spec.groupOutlines },
		t,
		o.id('hatch')
	);
	if (spec.groupOutlines && !g.grupos.length)
		throw new Error('faltan los contornos de las subregiones en la geometría');
	const body = [
		`<rect width="${frame.width}" height="${frame.height}" fill="${t.background}"/>`,
		layersSvg(layers),
		...placed.key.map(
			(k) =>
				`<text${attrs({ x: k.x, y: k.y + k.size * 0.35, 'font-size': k.size, 'font-weight': 700, 'text-anchor': 'middle', fill: t.label.color, stroke: t.label.halo, 'stroke-width': t.label.haloWidth, 'paint-order': 'stroke' })}>${k.n}</text>`
		),
		spec.stamp ? stamp(spec.stamp, box.width, box.height, s) : '',
		scaleBar(g.kmPerUnit, box.width, box.height, s, t),
		northArrow(box.width, s, t)
	].filter(Boolean);
	return {
		svg:
			`<g clip-path="url(#${o.id('map-clip')})">\n${body.join('\n')}\n</g>` +
			`<rect width="${frame.width}" height="${frame.height}" fill="none" stroke="#9aa5b1" stroke-width="${n(0.5 * s)}"/>`,
		defs:
			`<clipPath id="${o.id('map-clip')}"><rect width="${frame.width}" height="${frame.height}"/></clipPath>` +
			hatchPatternSvg(o.id('hatch'), t.hatch),
		key: placed.key
	};
}
