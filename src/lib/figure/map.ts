/**
 * The map part of a figure: the cartography's layers (map/cartography.ts, the
 * same the page's SVG map draws) at print sizes, the stamp of a meta without
 * place, a scale bar with ticks and a north arrow, clipped to its box.
 */
import { mapTheme, svgLayers } from '../map/cartography.ts';
import { fittedMap, type LabelCandidate, type TerritoryGeo } from '../map/geometry.ts';
import { hatchPatternSvg } from '../scales/index.ts';
import { figureLabels } from './labels.ts';
import { keyNumbersSvg, keySvg, type LabelKeyEntry } from './key.ts';
import { northArrow, scaleBar, stamp } from './furniture.ts';
import { n } from './text.ts';
import { layersSvg } from '../map/markup.ts';
import type { FigureSpec } from './spec.ts';

export interface MapPart {
	svg: string;
	defs: string;
	/** Small municipalities numbered on the map and named under the legend. */
	key: LabelKeyEntry[];
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
	const { geometry: g, projection } = fittedMap(geo, frame);
	const bar = scaleBar(g.kmPerUnit, box.width, box.height, s, t);
	const north = northArrow(box.width, s, t);
	const placed = figureLabels(geo, projection, spec, frame, o.labels, t, [bar.box, north.box]);
	const layers = svgLayers(
		g,
		{ paint: spec.fills, labels: placed.labels, emphasis: spec.emphasis, groups: spec.groupOutlines },
		t,
		o.id('hatch')
	);
	if (spec.groupOutlines && !g.grupos.length)
		throw new Error('faltan los contornos de las subregiones en la geometría');
	const body = [
		`<rect width="${frame.width}" height="${frame.height}" fill="${t.background}"/>`,
		layersSvg(layers),
		keyNumbersSvg(placed.key, t),
		keySvg(placed.key, placed.keyBox, t),
		spec.stamp ? stamp(spec.stamp, box.width, box.height, s) : '',
		bar.svg,
		north.svg
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
