/**
 * Pure steps of the geodata build: from the upstream TopoJSON/CSV sources to
 * the project's own files. No file system here, so each step is testable.
 */
import { bbox as turfBbox, bboxClip, booleanPointInPolygon, area as turfArea } from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	MultiPolygon,
	Polygon,
	Position,
	BBox,
	Geometry,
	GeoJsonProperties
} from 'geojson';
import polylabel from 'polylabel';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
// The rows written to municipios.json are the app's own types, so the two cannot drift.
import type { Municipality, Subregion } from '../../src/lib/geo/municipalities.ts';
import { slug } from '../../src/lib/text/fold.ts';

export const DEPARTMENT_CODE = '54';
/** Neighbouring departments drawn as context (DANE codes). */
export const NEIGHBOUR_CODES = ['15', '20', '68', '81'] as const;
/** Venezuela's ISO 3166-1 numeric code, the id used by world-atlas. */
export const VENEZUELA_ID = '862';
/** Context beyond the department's bounding box, in degrees. */
export const CONTEXT_MARGIN_DEG = 0.6;
/**
 * Quantization of the output topology. Over the ~3.6° context box this is a
 * grid of ~4 m, finer than the source's ~16-20 m grid, so nothing is lost.
 */
export const QUANTIZATION = 100_000;
/**
 * The screen level (`*.web.topo.json`): Visvalingam weights below 6e-6 deg²
 * (≈ 0.4 px² on the 720-px-tall screen map) are dropped on the shared arcs, so
 * neighbours still meet exactly; then a 10,000 grid (≈ 30 × 40 m, under a
 * pixel at any screen size the map is drawn). Print uses the full level.
 */
export const WEB_MIN_WEIGHT = 6e-6;
export const WEB_QUANTIZATION = 10_000;

type Area = Polygon | MultiPolygon;
export type AreaFeature<P extends GeoJsonProperties> = Feature<Area, P>;

/** Subregion labels as in the source, with the aliases seen in use (SOURCES.md §4). */
export const SUBREGION_ALIASES: Record<string, string[]> = {
	Oriental: ['Área Metropolitana', 'Metropolitana', 'Oriente'],
	Norte: [],
	Occidental: ['Occidente'],
	Centro: ['Central'],
	Suroccidental: ['Suroccidente'],
	Suroriental: ['Suroriente']
};

/** Features of one TopoJSON object whose properties pass `keep`. */
export function topoFeatures<P extends GeoJsonProperties>(
	topo: Topology,
	objectName: string,
	keep: (p: P) => boolean
): AreaFeature<P>[] {
	const object = topo.objects[objectName] as GeometryCollection<P>;
	if (!object) throw new Error(`TopoJSON sin el objeto "${objectName}"`);
	const subset: GeometryCollection<P> = {
		type: 'GeometryCollection',
		geometries: object.geometries.filter((g) => keep(g.properties as P))
	};
	const fc = feature(topo, subset as GeometryCollection) as unknown as FeatureCollection<Area, P>;
	return fc.features;
}

/** Bounding box grown by `margin` degrees on every side. */
export function grow(box: BBox, margin: number): BBox {
	return [box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin];
}

/** Clip to a box; null when nothing is left (a polygon wholly outside). */
export function clipTo<P extends GeoJsonProperties>(f: AreaFeature<P>, box: BBox): AreaFeature<P> | null {
	const clipped = bboxClip(f, box) as AreaFeature<P>;
	const g = clipped.geometry;
	const rings = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	const polys = rings.filter((p) => p.length > 0 && p[0].length >= 4);
	if (polys.length === 0) return null;
	return {
		type: 'Feature',
		properties: f.properties,
		geometry:
			polys.length === 1
				? { type: 'Polygon', coordinates: polys[0] }
				: { type: 'MultiPolygon', coordinates: polys }
	};
}

/** The polygons of a (Multi)Polygon, as arrays of rings. */
export function polygonsOf(g: Area): Position[][][] {
	return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * A label point well inside the largest part of a municipality (pole of
 * inaccessibility). Planar lon/lat is fine this close to the equator
 * (cos 8° = 0.99). Rounded to 5 decimals (~1 m).
 */
export function labelPoint(g: Area): [number, number] {
	const parts = polygonsOf(g);
	let best = parts[0];
	let bestArea = -1;
	for (const p of parts) {
		const a = turfArea({ type: 'Polygon', coordinates: p });
		if (a > bestArea) {
			best = p;
			bestArea = a;
		}
	}
	const pt = polylabel(best as [number, number][][], 0.0005);
	const rounded: [number, number] = [round(pt[0], 5), round(pt[1], 5)];
	if (!booleanPointInPolygon(rounded, { type: 'Polygon', coordinates: best })) {
		throw new Error('El punto de etiqueta quedó fuera del polígono');
	}
	return rounded;
}

export function round(x: number, decimals: number): number {
	const f = 10 ** decimals;
	return Math.round(x * f) / f;
}

export interface DeriveInput {
	municipiosTopo: Topology;
	departamentosTopo: Topology;
	world: Topology;
	names: { divipola: string; name: string; shortName: string }[];
	population: { divipola: string; year: string; population: string }[];
	subregions: { divipola: string; subregion: string }[];
	seats: { divipola: string; lat: string; lon: string }[];
}

export interface DeriveOutput {
	topology: Topology;
	municipalities: Municipality[];
	subregions: Subregion[];
	populationYears: number[];
	contextBbox: BBox;
	departmentBbox: BBox;
}

type MunProps = {
	divipola_mun: string;
	divipola_dep: string;
	mpio_nombre: string;
	area_km2: number;
};
type DepProps = {
	divipola_dep: string;
	dpto_nombre: string;
};

function byCode<T extends { divipola: string }>(rows: T[], what: string): Map<string, T[]> {
	const m = new Map<string, T[]>();
	for (const r of rows) {
		if (!/^54\d{3}$/.test(r.divipola)) throw new Error(`${what}: código DIVIPOLA inválido "${r.divipola}"`);
		m.set(r.divipola, [...(m.get(r.divipola) ?? []), r]);
	}
	return m;
}

function one<T>(m: Map<string, T[]>, code: string, what: string): T {
	const rows = m.get(code);
	if (!rows || rows.length !== 1) {
		throw new Error(`${what}: se esperaba exactamente una fila para ${code}, hay ${rows?.length ?? 0}`);
	}
	return rows[0];
}

/** Everything the build writes, computed from the sources. */
export function derive(input: DeriveInput): DeriveOutput {
	const mun = topoFeatures<MunProps>(
		input.municipiosTopo,
		Object.keys(input.municipiosTopo.objects)[0],
		(p) => p.divipola_dep === DEPARTMENT_CODE
	).sort((a, b) => a.properties.divipola_mun.localeCompare(b.properties.divipola_mun));
	if (mun.length !== 40) throw new Error(`Se esperaban 40 municipios, hay ${mun.length}`);

	const names = byCode(input.names, 'nombres.csv');
	const subs = byCode(input.subregions, 'subregions-54.csv');
	const seats = byCode(input.seats, 'cabeceras-54.csv');
	const pops = byCode(input.population, 'population-54.csv');
	const populationYears = [...new Set(input.population.map((r) => Number(r.year)))].sort();

	const municipalities: Municipality[] = mun.map((f) => {
		const code = f.properties.divipola_mun;
		const n = one(names, code, 'nombres.csv');
		const seat = one(seats, code, 'cabeceras-54.csv');
		const population: Record<string, number> = {};
		for (const year of populationYears) {
			const rows = (pops.get(code) ?? []).filter((r) => Number(r.year) === year);
			if (rows.length !== 1) throw new Error(`population-54.csv: falta ${code} año ${year}`);
			const value = Number(rows[0].population);
			if (!Number.isInteger(value) || value <= 0) {
				throw new Error(`population-54.csv: población inválida para ${code}: "${rows[0].population}"`);
			}
			population[String(year)] = value;
		}
		return {
			divipola: code,
			name: n.name,
			shortName: n.shortName,
			daneName: f.properties.mpio_nombre,
			subregion: one(subs, code, 'subregions-54.csv').subregion,
			population,
			areaKm2: round(f.properties.area_km2, 2),
			label: labelPoint(f.geometry),
			seat: [round(Number(seat.lon), 6), round(Number(seat.lat), 6)]
		};
	});

	const subregionNames = [...new Set(municipalities.map((m) => m.subregion))];
	for (const s of subregionNames) {
		if (!(s in SUBREGION_ALIASES)) throw new Error(`Subregión desconocida "${s}"`);
	}
	const subregions: Subregion[] = Object.entries(SUBREGION_ALIASES).map(([name, aliases]) => ({
		id: slug(name),
		name,
		aliases
	}));

	// Municipal features carry only their code: attributes live in municipios.json.
	const municipiosFc: FeatureCollection<Area, { divipola: string }> = {
		type: 'FeatureCollection',
		features: mun.map((f) => ({
			type: 'Feature',
			id: f.properties.divipola_mun,
			properties: { divipola: f.properties.divipola_mun },
			geometry: f.geometry
		}))
	};
	// The outline is the union of the 40 municipalities (shares their arcs), not
	// DANE's separately simplified department polygon (SOURCES.md §2 caveat).
	const munTopo = topology({ m: municipiosFc });
	const outline = merge(munTopo, (munTopo.objects.m as GeometryCollection).geometries as never);

	const departmentBbox = turfBbox(municipiosFc).map((x) => round(x, 5)) as BBox;
	const contextBbox = grow(departmentBbox, CONTEXT_MARGIN_DEG).map((x) => round(x, 5)) as BBox;

	const neighbours = topoFeatures<DepProps>(
		input.departamentosTopo,
		Object.keys(input.departamentosTopo.objects)[0],
		(p) => (NEIGHBOUR_CODES as readonly string[]).includes(p.divipola_dep)
	)
		.sort((a, b) => a.properties.divipola_dep.localeCompare(b.properties.divipola_dep))
		.map((f) => clipTo(f, contextBbox))
		.filter((f): f is AreaFeature<DepProps> => f !== null)
		.map((f) => ({
			type: 'Feature' as const,
			properties: { code: f.properties.divipola_dep, name: titleCase(f.properties.dpto_nombre) },
			geometry: f.geometry
		}));
	if (neighbours.length !== NEIGHBOUR_CODES.length) {
		throw new Error(`Se esperaban ${NEIGHBOUR_CODES.length} departamentos vecinos, hay ${neighbours.length}`);
	}

	const venezuelaRaw = topoFeatures<{ name: string }>(input.world, 'countries', () => true).filter(
		(f) => String(f.id) === VENEZUELA_ID
	);
	if (venezuelaRaw.length !== 1) throw new Error('world-atlas: no se encontró Venezuela (id 862)');
	const venezuela = clipTo(venezuelaRaw[0], contextBbox);
	if (!venezuela) throw new Error('Venezuela quedó fuera del recuadro de contexto');

	const collection = <P>(features: Feature<Geometry, P>[]) =>
		({ type: 'FeatureCollection', features }) as FeatureCollection<Geometry, P>;

	const topo = topology(
		{
			municipios: municipiosFc,
			departamento: collection([
				{
					type: 'Feature',
					id: DEPARTMENT_CODE,
					properties: { code: DEPARTMENT_CODE, name: 'Norte de Santander' },
					geometry: outline
				}
			]),
			vecinos: collection(neighbours),
			venezuela: collection([
				{ type: 'Feature', properties: { name: 'Venezuela' }, geometry: venezuela.geometry }
			])
		},
		QUANTIZATION
	);
	topo.bbox = contextBbox;

	return { topology: topo, municipalities, subregions, populationYears, contextBbox, departmentBbox };
}

/** The light screen level of a topology (same objects, simplified shared arcs). */
export function webTopology(topo: Topology): Topology {
	const simplified = simplify(
		presimplify(structuredClone(topo) as Parameters<typeof presimplify>[0]),
		WEB_MIN_WEIGHT
	);
	return quantize(simplified, WEB_QUANTIZATION);
}

const LOWER_WORDS = new Set(['de', 'del', 'la', 'las', 'los', 'y']);
/** "NORTE DE SANTANDER" -> "Norte de Santander"; "BOYACÁ" -> "Boyacá". */
export function titleCase(s: string): string {
	return s
		.toLowerCase()
		.split(/\s+/)
		.map((w, i) => (i > 0 && LOWER_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
		.join(' ');
}

/** Stable JSON text: what the build writes, so a re-run is byte-identical. */
export function stableJson(value: unknown, indent?: string): string {
	return JSON.stringify(value, null, indent) + '\n';
}

export type { Area };
export function isArea(g: Geometry): g is Area {
	return g.type === 'Polygon' || g.type === 'MultiPolygon';
}
