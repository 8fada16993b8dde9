/**
 * The territory's geometry as GeoJSON and as projected SVG paths (d3-geo).
 * The SVG map is prerendered into every page: readable without JavaScript,
 * the fallback when WebGL is missing, and the basis of vector exports.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { compareCodes } from '../text/index.ts';

type Area = Polygon | MultiPolygon;
export type MunicipalityFeature = Feature<Area, { divipola: string }>;
export type NamedFeature = Feature<Area, { name: string; code?: string }>;

export interface TerritoryGeo {
	municipios: FeatureCollection<Area, { divipola: string }>;
	departamento: FeatureCollection<Area, { name: string; code: string }>;
	vecinos: FeatureCollection<Area, { name: string; code: string }>;
	venezuela: FeatureCollection<Area, { name: string }>;
	/** Outlines of groups of municipalities (subregions), when asked for. */
	grupos: FeatureCollection<Area, { name: string }>;
}

/**
 * GeoJSON (RFC 7946 winding, as MapLibre wants) from the project's topology.
 * `groupOf` (DIVIPOLA -> group name) adds merged group outlines, e.g. subregions,
 * built from the shared arcs so they follow municipal borders exactly.
 */
export function territoryFromTopology(topo: Topology, groupOf: Record<string, string> = {}): TerritoryGeo {
	const get = <P>(name: string) =>
		feature(topo, topo.objects[name] as GeometryCollection) as unknown as FeatureCollection<Area, P>;
	const geoms = (topo.objects.municipios as GeometryCollection<{ divipola: string }>).geometries;
	const names = [...new Set(Object.values(groupOf))].sort((a, b) => a.localeCompare(b, 'es'));
	return {
		municipios: get('municipios'),
		departamento: get('departamento'),
		vecinos: get('vecinos'),
		venezuela: get('venezuela'),
		grupos: {
			type: 'FeatureCollection',
			features: names.map((name) => ({
				type: 'Feature',
				properties: { name },
				geometry: merge(
					topo,
					geoms.filter((g) => groupOf[(g.properties as { divipola: string }).divipola] === name) as never
				) as Area
			}))
		}
	};
}

// Rewinding full-detail rings is most of a figure's projection time: done once per feature.
const rewound = new WeakMap<object, unknown>();

/** d3-geo reads clockwise exteriors; RFC 7946 is counter-clockwise. */
function forD3<T extends Feature<Area, GeoJsonProperties>>(f: T): T {
	let r = rewound.get(f) as T | undefined;
	if (!r) rewound.set(f, (r = rewind(f as Feature<Area>, { reverse: true }) as unknown as T));
	return r;
}

export interface SvgLabel {
	divipola: string;
	text: string;
	x: number;
	y: number;
}

export interface SvgMapGeometry {
	width: number;
	height: number;
	municipios: { divipola: string; d: string }[];
	outline: string;
	vecinos: { name: string; d: string; x: number; y: number }[];
	/** The neighbouring country, named as the geodata names it. */
	venezuela: { name: string; d: string; x: number; y: number };
	grupos: { name: string; d: string }[];
	/** Kilometres per SVG unit at the department's centre (for a scale bar). */
	kmPerUnit: number;
}

export interface SvgMapOptions {
	width: number;
	height: number;
	padding: number;
	/** Decimal digits of path coordinates (1 keeps HTML small at screen sizes). */
	digits?: number;
}

export function fitProjection(geo: TerritoryGeo, o: SvgMapOptions): GeoProjection {
	const outline = forD3(geo.departamento.features[0]);
	return geoMercator().fitExtent(
		[
			[o.padding, o.padding],
			[o.width - o.padding, o.height - o.padding]
		],
		outline
	);
}

/** Projected paths of every layer, clipped to the frame. */
export function svgMapGeometry(geo: TerritoryGeo, o: SvgMapOptions): SvgMapGeometry {
	return fittedMap(geo, o).geometry;
}

/**
 * The projection fitted once to the frame, with the paths it projects: labels,
 * leader lines and anything else placed on the map use this same projection.
 */
export function fittedMap(
	geo: TerritoryGeo,
	o: SvgMapOptions
): { geometry: SvgMapGeometry; projection: GeoProjection } {
	// Clipping acts on paths only: projecting a point (a label, a leader's end) is unaffected.
	const projection = fitProjection(geo, o).clipExtent([
		[0, 0],
		[o.width, o.height]
	]);
	const path = geoPath(projection).digits(o.digits ?? 1);
	const d = (f: Feature<Area, GeoJsonProperties>) => path(forD3(f)) ?? '';
	const centroid = (f: Feature<Area, GeoJsonProperties>) => {
		const [x, y] = path.centroid(forD3(f));
		return { x: Math.max(8, Math.min(o.width - 8, x)), y: Math.max(12, Math.min(o.height - 8, y)) };
	};
	const [cx, cy] = projection.invert?.([o.width / 2, o.height / 2]) ?? [0, 0];
	const a = projection([cx - 0.05, cy]) ?? [0, 0];
	const b = projection([cx + 0.05, cy]) ?? [0, 0];
	const km = 0.1 * 111.32 * Math.cos((cy * Math.PI) / 180);
	const geometry: SvgMapGeometry = {
		width: o.width,
		height: o.height,
		municipios: geo.municipios.features.map((f) => ({ divipola: f.properties.divipola, d: d(f) })),
		outline: d(geo.departamento.features[0]),
		vecinos: geo.vecinos.features.map((f) => ({ name: f.properties.name, d: d(f), ...centroid(f) })),
		venezuela: {
			name: geo.venezuela.features[0].properties.name,
			d: d(geo.venezuela.features[0]),
			...centroid(geo.venezuela.features[0])
		},
		grupos: geo.grupos.features.map((f) => ({ name: f.properties.name, d: d(f) })),
		kmPerUnit: km / Math.abs(b[0] - a[0])
	};
	return { geometry, projection };
}

export interface LabelCandidate {
	divipola: string;
	text: string;
	lonLat: [number, number];
	/** Higher priority labels are placed first (e.g. population). */
	priority: number;
}

/** Municipal label candidates: short name at the pole of inaccessibility, larger areas first. */
export function municipalLabelCandidates(
	municipalities: readonly { divipola: string; shortName: string; label: [number, number]; areaKm2: number }[]
): LabelCandidate[] {
	return municipalities.map((m) => ({
		divipola: m.divipola,
		text: m.shortName,
		lonLat: m.label,
		priority: m.areaKm2
	}));
}

/**
 * Greedy label placement without collisions: candidates in priority order,
 * each kept only if its estimated box overlaps no kept box. Pure, so the
 * same view always labels the same municipalities.
 */
export function placeLabels(
	candidates: readonly LabelCandidate[],
	project: (lonLat: [number, number]) => [number, number] | null,
	fontSize: number,
	always: readonly string[] = []
): SvgLabel[] {
	const boxes: [number, number, number, number][] = [];
	const placed: SvgLabel[] = [];
	const order = [...candidates].sort(
		(a, b) =>
			Number(always.includes(b.divipola)) - Number(always.includes(a.divipola)) ||
			b.priority - a.priority ||
			compareCodes(a.divipola, b.divipola)
	);
	for (const c of order) {
		const p = project(c.lonLat);
		if (!p) continue;
		const w = c.text.length * fontSize * 0.56;
		const h = fontSize * 1.2;
		const box: [number, number, number, number] = [p[0] - w / 2, p[1] - h / 2, p[0] + w / 2, p[1] + h / 2];
		const hit = boxes.some((q) => box[0] < q[2] && box[2] > q[0] && box[1] < q[3] && box[3] > q[1]);
		if (hit) continue;
		boxes.push(box);
		placed.push({ divipola: c.divipola, text: c.text, x: +p[0].toFixed(1), y: +p[1].toFixed(1) });
	}
	return placed.sort((a, b) => compareCodes(a.divipola, b.divipola));
}

/** A round scale-bar length (km) close to `target` SVG units. */
export function scaleBarKm(kmPerUnit: number, target: number): number {
	const raw = kmPerUnit * target;
	const pow = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].find((s) => s * pow >= raw * 0.6) ?? 10;
	return step * pow;
}
