/**
 * The one cartographic definition of every map: layer order and theme tokens
 * (fills, strokes, the «no alcanzado» hatch, label sizes, font), with thin
 * adapters: `svgLayers` (the page's SVG map and the print composer draw its
 * output) and the MapLibre style (maplibre/style.ts reads the same tokens).
 * Sizes are in map units: CSS pixels of the 560-px screen frame, points of
 * an A4 figure times the paper's scale.
 */
import { scaledHatch, type HatchTile } from '../scales/hatch.ts';
import type { SvgMapGeometry } from './geometry.ts';
import { n } from './markup.ts';

/** Bottom to top. MapLibre splits «municipios» into a fill, the hatch and a border line. */
export const LAYER_ORDER = [
	'fondo',
	'venezuela',
	'vecinos',
	'municipios',
	'departamento',
	'grupos',
	'enfasis',
	'contexto-etiquetas',
	'guias',
	'etiquetas',
	'etiquetas-estrecho'
] as const;
export type LayerId = (typeof LAYER_ORDER)[number];

export type Medium = 'screen' | 'print';

/**
 * A screen map narrower than `belowPx` CSS px draws its labels (10,5 units of
 * the 560-unit frame) under 11 px; there it shows instead a sparser set placed
 * at `size` units (`narrowLabels`), 11 px or more from 343 px wide. The switch
 * is a container query on the map itself, so it holds for a small map on a
 * wide screen too (the laptop's first screen) and needs no script.
 */
export const NARROW_LABELS = { belowPx: 592, size: 18 };

export interface Stroke {
	color: string;
	width: number;
}

export interface MapTheme {
	font: string;
	/** Outside the territory and its neighbours (the frame's background). */
	background: string;
	context: { fill: string; stroke: Stroke };
	contextLabel: { color: string; size: number; letterSpacing: number };
	/** Municipal borders, drawn on the fills themselves. */
	municipio: Stroke;
	/** What a municipality without paint is filled with. */
	unpainted: string;
	outline: Stroke;
	groups: Stroke;
	emphasis: Stroke;
	selected: Stroke;
	hovered: Stroke;
	hatch: HatchTile;
	label: { size: number; minSize: number; color: string; halo: string; haloWidth: number };
	/** Leader lines from a label to its municipality. */
	leader: Stroke;
}

export const MAP_FONT = 'Noto Sans';

const COLORS = {
	background: '#f4f1ea',
	context: '#e9e5dc',
	contextStroke: '#b8b2a6',
	contextLabel: '#7a7468',
	municipio: '#66727c',
	ink: '#1f2933',
	label: '#111827',
	selected: '#c2410c'
};

/** Sizes per medium at scale 1: the screen frame in px, A4 portrait in points. */
const SIZES: Record<
	Medium,
	{
		context: number;
		contextLabel: number;
		contextSpacing: number;
		municipio: number;
		outline: number;
		emphasis: number;
		selected: number;
		hovered: number;
		hatch: number;
		label: number;
		minLabel: number;
		halo: number;
		leader: number;
	}
> = {
	screen: {
		context: 0.8,
		contextLabel: 11,
		contextSpacing: 0.9,
		municipio: 0.6,
		outline: 1.6,
		emphasis: 1.8,
		selected: 3,
		hovered: 2,
		hatch: 1,
		label: 10.5,
		minLabel: 9,
		halo: 2.5,
		leader: 0.8
	},
	print: {
		context: 0.5,
		contextLabel: 6,
		contextSpacing: 0.6,
		municipio: 0.35,
		outline: 1.1,
		emphasis: 1.3,
		selected: 1.6,
		hovered: 1.3,
		hatch: 0.75,
		label: 6.4,
		minLabel: 5.2,
		halo: 1.8,
		leader: 0.45
	}
};

/**
 * Group (subregion) names on the screen map, bold, each inside its group
 * (map/group-labels.ts): `size` on a wide map, shrinking to fit down to the
 * municipal label size (11 px or more at NARROW_LABELS.belowPx); on a narrow
 * map `narrowSize`, which never shrinks (11 px or more from 343 px wide).
 */
export const GROUP_LABELS = { size: 15, minSize: SIZES.screen.label, narrowSize: NARROW_LABELS.size };

export function mapTheme(medium: Medium, scale = 1): MapTheme {
	const z = SIZES[medium];
	const k = (x: number) => +(x * scale).toFixed(2);
	const stroke = (color: string, width: number): Stroke => ({ color, width: k(width) });
	return {
		font: MAP_FONT,
		background: COLORS.background,
		context: { fill: COLORS.context, stroke: stroke(COLORS.contextStroke, z.context) },
		contextLabel: { color: COLORS.contextLabel, size: k(z.contextLabel), letterSpacing: k(z.contextSpacing) },
		municipio: stroke(COLORS.municipio, z.municipio),
		unpainted: '#ffffff',
		outline: stroke(COLORS.ink, z.outline),
		groups: stroke(COLORS.ink, z.outline),
		emphasis: stroke(COLORS.label, z.emphasis),
		selected: stroke(COLORS.selected, z.selected),
		hovered: stroke(COLORS.ink, z.hovered),
		hatch: scaledHatch(z.hatch * scale),
		label: {
			size: k(z.label),
			minSize: k(z.minLabel),
			color: COLORS.label,
			halo: '#ffffff',
			haloWidth: k(z.halo)
		},
		leader: stroke(COLORS.ink, z.leader)
	};
}

/** A label as the map draws it: centred on (x, y); `leader` joins it to a point inside its municipality. */
export interface MapLabel {
	divipola: string;
	text: string;
	x: number;
	y: number;
	/** Font size when it differs from the theme's (a label shrunk to fit its polygon). */
	size?: number;
	bold?: boolean;
	leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface MapPaint {
	fill: string;
	hatch: boolean;
}

/** What one view of a map shows. */
export interface MapView {
	paint: Readonly<Record<string, MapPaint>>;
	labels: readonly MapLabel[];
	/** Screen only: the labels of a narrow map (`NARROW_LABELS`), drawn in their own layer. */
	narrowLabels?: readonly MapLabel[];
	/** Municipalities outlined in dark (named in LOCALIZACIÓN, the selected one in a figure). */
	emphasis?: readonly string[];
	/** Draw the group (subregion) outlines. */
	groups?: boolean;
}

export type SvgAttrs = Record<string, string | number>;

export interface SvgElement {
	tag: 'path' | 'text' | 'line';
	/** Unique within its layer. */
	key: string;
	attrs: SvgAttrs;
	text?: string;
	/** The municipality a «municipios» element draws (the page map links it). */
	divipola?: string;
	/** A path's shape in the map's sprite (`mapSprite`): the page map draws it by reference. */
	shape?: string;
}

export interface SvgLayer {
	id: LayerId;
	/** Attributes shared by the layer's elements (set on its `<g>`). */
	attrs: SvgAttrs;
	elements: SvgElement[];
}

export const strokeAttrs = (s: Stroke): SvgAttrs => ({
	fill: 'none',
	stroke: s.color,
	'stroke-width': s.width,
	'stroke-linejoin': 'round'
});

/** Ids of the geometry's shapes in the sprite, one definition for the sprite and the layers. */
export const SHAPE = {
	municipio: (divipola: string) => `m-${divipola}`,
	vecino: (i: number) => `vecino-${i}`,
	venezuela: 'venezuela',
	contorno: 'contorno',
	grupo: (i: number) => `grupo-${i}`
};

/** Every shape of the geometry with its id, as `mapSprite` writes them. */
export function geometryShapes(g: SvgMapGeometry): { id: string; d: string }[] {
	return [
		...g.municipios.map((m) => ({ id: SHAPE.municipio(m.divipola), d: m.d })),
		...g.vecinos.map((v, i) => ({ id: SHAPE.vecino(i), d: v.d })),
		{ id: SHAPE.venezuela, d: g.venezuela.d },
		{ id: SHAPE.contorno, d: g.outline },
		...g.grupos.map((x, i) => ({ id: SHAPE.grupo(i), d: x.d }))
	];
}

/**
 * The geometry as one SVG file of shapes with ids and no paint. Pages draw
 * them with `<use href="…#id">`, so the paths are downloaded (and cached)
 * once for the whole site instead of in every page's HTML.
 */
export function mapSprite(g: SvgMapGeometry): string {
	const paths = geometryShapes(g)
		.map((s) => `<path id="${s.id}" d="${s.d}"/>`)
		.join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}"><defs>${paths}</defs></svg>`;
}

/** The geometry without its paths: what a page needs when it draws the shapes from the sprite. */
export function withoutPaths(g: SvgMapGeometry): SvgMapGeometry {
	return {
		...g,
		municipios: g.municipios.map((m) => ({ ...m, d: '' })),
		outline: '',
		vecinos: g.vecinos.map((v) => ({ ...v, d: '' })),
		venezuela: { ...g.venezuela, d: '' },
		grupos: g.grupos.map((x) => ({ ...x, d: '' }))
	};
}

/** From the label's centre to its baseline, for text drawn with its centre on (x, y). */
const baseline = (size: number) => size * 0.35;

function labelElements(labels: readonly MapLabel[], themeSize: number): SvgElement[] {
	return labels.map((l) => {
		const size = l.size ?? themeSize;
		return {
			tag: 'text',
			key: l.divipola,
			attrs: {
				x: n(l.x),
				y: n(l.y + baseline(size)),
				...(l.size ? { 'font-size': n(l.size) } : {}),
				...(l.bold ? { 'font-weight': 700 } : {})
			},
			text: l.text
		};
	});
}

/** The text attributes of labels at the theme's size: halo under the text, centred on the point. */
export function labelAttrs(t: MapTheme): SvgAttrs {
	return {
		'font-size': t.label.size,
		'text-anchor': 'middle',
		fill: t.label.color,
		stroke: t.label.halo,
		'stroke-width': t.label.haloWidth,
		'stroke-linejoin': 'round',
		'paint-order': 'stroke'
	};
}

/**
 * Every layer of a map view as SVG elements, bottom to top (LAYER_ORDER).
 * `hatchId` names the `<pattern>` the caller defines from `theme.hatch`.
 */
export function svgLayers(g: SvgMapGeometry, view: MapView, t: MapTheme, hatchId: string): SvgLayer[] {
	const context = {
		fill: t.context.fill,
		stroke: t.context.stroke.color,
		'stroke-width': t.context.stroke.width
	};
	const emphasis = new Set(view.emphasis ?? []);
	const municipios: SvgElement[] = [];
	for (const m of g.municipios) {
		const p = view.paint[m.divipola];
		municipios.push({
			tag: 'path',
			key: m.divipola,
			divipola: m.divipola,
			shape: SHAPE.municipio(m.divipola),
			attrs: { d: m.d, fill: p?.fill ?? t.unpainted }
		});
		if (p?.hatch) {
			municipios.push({
				tag: 'path',
				key: `${m.divipola}-trama`,
				divipola: m.divipola,
				shape: SHAPE.municipio(m.divipola),
				attrs: { d: m.d, fill: `url(#${hatchId})` }
			});
		}
	}
	return [
		{ id: 'fondo', attrs: {}, elements: [] },
		{
			id: 'venezuela',
			attrs: context,
			elements: [{ tag: 'path', key: 'venezuela', shape: SHAPE.venezuela, attrs: { d: g.venezuela.d } }]
		},
		{
			id: 'vecinos',
			attrs: context,
			elements: g.vecinos.map((v, i) => ({
				tag: 'path',
				key: v.name,
				shape: SHAPE.vecino(i),
				attrs: { d: v.d }
			}))
		},
		{
			id: 'municipios',
			attrs: { stroke: t.municipio.color, 'stroke-width': t.municipio.width, 'stroke-linejoin': 'round' },
			elements: municipios
		},
		{
			id: 'departamento',
			attrs: strokeAttrs(t.outline),
			elements: [{ tag: 'path', key: 'contorno', shape: SHAPE.contorno, attrs: { d: g.outline } }]
		},
		{
			id: 'grupos',
			attrs: strokeAttrs(t.groups),
			elements: view.groups
				? g.grupos.map((x, i) => ({ tag: 'path', key: x.name, shape: SHAPE.grupo(i), attrs: { d: x.d } }))
				: []
		},
		{
			id: 'enfasis',
			attrs: strokeAttrs(t.emphasis),
			elements: g.municipios
				.filter((m) => emphasis.has(m.divipola))
				.map((m) => ({ tag: 'path', key: m.divipola, shape: SHAPE.municipio(m.divipola), attrs: { d: m.d } }))
		},
		{
			id: 'contexto-etiquetas',
			attrs: {
				'font-size': t.contextLabel.size,
				fill: t.contextLabel.color,
				'letter-spacing': t.contextLabel.letterSpacing,
				'text-anchor': 'middle'
			},
			elements: [g.venezuela, ...g.vecinos].map((v) => ({
				tag: 'text',
				key: v.name,
				attrs: { x: n(v.x), y: n(v.y) },
				// toUpperCase: Spanish has no case rule of its own, and a locale call is an Intl lookup.
				text: v.name.toUpperCase()
			}))
		},
		{
			id: 'guias',
			attrs: { stroke: t.leader.color, 'stroke-width': t.leader.width, 'stroke-linecap': 'round' },
			elements: view.labels
				.filter((l) => l.leader)
				.map((l) => ({ tag: 'line', key: l.divipola, attrs: { ...l.leader! } }))
		},
		{ id: 'etiquetas', attrs: labelAttrs(t), elements: labelElements(view.labels, t.label.size) },
		{
			id: 'etiquetas-estrecho',
			attrs: { ...labelAttrs(t), 'font-size': NARROW_LABELS.size },
			elements: labelElements(view.narrowLabels ?? [], NARROW_LABELS.size)
		}
	];
}
