/**
 * The committed geodata: 40 valid polygons with unique DIVIPOLA codes, label
 * points inside, one subregion each, populations present, neighbours sharing
 * borders, and a build that reproduces the committed files byte for byte.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, kinks } from '@turf/turf';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	ATTRIBUTES_FILE,
	buildFiles,
	DEFAULT_OUT,
	DEFAULT_SRC,
	TOPOLOGY_FILE,
	WEB_TOPOLOGY_FILE
} from './build.ts';
import { parseTerritory } from '../../src/lib/geo/index.ts';

const topoText = readFileSync(join(DEFAULT_OUT, TOPOLOGY_FILE), 'utf8');
const attrText = readFileSync(join(DEFAULT_OUT, ATTRIBUTES_FILE), 'utf8');
const webText = readFileSync(join(DEFAULT_OUT, WEB_TOPOLOGY_FILE), 'utf8');
const web = JSON.parse(webText) as Topology;
const topo = JSON.parse(topoText) as Topology;
const territory = parseTerritory(attrText);
const municipios = (
	feature(topo, topo.objects.municipios as GeometryCollection) as unknown as {
		features: Feature<Polygon | MultiPolygon, { divipola: string }>[];
	}
).features;

describe('municipal polygons', () => {
	it('are 40, with unique DANE codes of department 54', () => {
		const codes = municipios.map((f) => f.properties.divipola);
		expect(codes).toHaveLength(40);
		expect(new Set(codes).size).toBe(40);
		expect(codes.every((c) => /^54\d{3}$/.test(c))).toBe(true);
		expect(codes).toEqual(territory.municipalities.map((m) => m.divipola));
	});

	it.each(municipios.map((f) => [f.properties.divipola, f] as const))('%s is a valid polygon', (_, f) => {
		expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
		const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		for (const rings of polys) {
			for (const ring of rings) {
				expect(ring.length).toBeGreaterThanOrEqual(4);
				expect(ring[0]).toEqual(ring[ring.length - 1]);
			}
		}
		expect(kinks(f).features).toEqual([]);
	});

	it('share borders with their neighbours (one topology, no slivers)', () => {
		const geoms = (topo.objects.municipios as GeometryCollection<{ divipola: string }>).geometries;
		const adj = neighbors(geoms as never);
		// Cúcuta (54001) borders Los Patios (54405) and Villa del Rosario (54874).
		const cucuta = geoms.findIndex(
			(g) => g.properties && 'divipola' in g.properties && g.properties.divipola === '54001'
		);
		const names = adj[cucuta].map((i) => (geoms[i].properties as { divipola: string }).divipola);
		expect(names).toEqual(expect.arrayContaining(['54405', '54874', '54261']));
		expect(adj.every((n) => n.length > 0)).toBe(true);
	});
});

describe('municipal attributes', () => {
	it.each(territory.municipalities.map((m) => [m.divipola, m.shortName, m] as const))(
		'%s %s has its label point inside its polygon',
		(code, _, m) => {
			const f = municipios.find((x) => x.properties.divipola === code) as Feature<Polygon | MultiPolygon>;
			expect(booleanPointInPolygon(m.label, f)).toBe(true);
		}
	);

	it('puts every municipality in exactly one of 6 subregions', () => {
		const names = territory.subregions.map((s) => s.name);
		expect(names).toHaveLength(6);
		expect(territory.municipalities.every((m) => names.includes(m.subregion))).toBe(true);
		const counts = Object.fromEntries(
			names.map((n) => [n, territory.municipalities.filter((m) => m.subregion === n).length])
		);
		expect(counts).toEqual({
			Oriental: 6,
			Norte: 4,
			Occidental: 10,
			Centro: 7,
			Suroccidental: 6,
			Suroriental: 7
		});
	});

	it('has population for 2024 and 2025 adding up to the DANE department totals', () => {
		const sum = (y: string) => territory.municipalities.reduce((s, m) => s + m.population[y], 0);
		expect(sum('2024')).toBe(1_694_970);
		expect(sum('2025')).toBe(1_709_289);
	});

	it('keeps official, short and DANE names consistent', () => {
		for (const m of territory.municipalities) {
			const upper = (s: string) => s.toLocaleUpperCase('es');
			expect([upper(m.name), upper(m.shortName)]).toContain(m.daneName);
		}
		const cucuta = territory.municipalities[0];
		expect([cucuta.name, cucuta.shortName]).toEqual(['San José de Cúcuta', 'Cúcuta']);
	});
});

describe('context layers', () => {
	it('has the department outline, four neighbouring departments and Venezuela', () => {
		expect(Object.keys(topo.objects).sort()).toEqual(['departamento', 'municipios', 'vecinos', 'venezuela']);
		const vecinos = (topo.objects.vecinos as GeometryCollection<{ name: string }>).geometries.map(
			(g) => (g.properties as { name: string }).name
		);
		expect(vecinos).toEqual(['Boyacá', 'Cesar', 'Santander', 'Arauca']);
	});
});

describe('the screen level (web.topo.json)', () => {
	const adjacency = (t: Topology) => {
		const geoms = (t.objects.municipios as GeometryCollection<{ divipola: string }>).geometries;
		const code = (i: number) => (geoms[i].properties as { divipola: string }).divipola;
		return neighbors(geoms as never).map((n, i) => [code(i), n.map(code).sort()]);
	};
	const webMunicipios = (
		feature(web, web.objects.municipios as GeometryCollection) as unknown as {
			features: Feature<Polygon | MultiPolygon, { divipola: string }>[];
		}
	).features;

	it('has the same objects and is at most a third of the full level', () => {
		expect(Object.keys(web.objects).sort()).toEqual(Object.keys(topo.objects).sort());
		expect(webText.length).toBeLessThan(topoText.length / 3);
	});

	it('keeps every border between the same neighbours (simplified on shared arcs)', () => {
		expect(adjacency(web)).toEqual(adjacency(topo));
	});

	it.each(webMunicipios.map((f) => [f.properties.divipola, f] as const))(
		'%s stays a simple polygon that contains its label point',
		(code, f) => {
			expect(kinks(f).features).toEqual([]);
			const m = territory.municipalities.find((x) => x.divipola === code);
			expect(m && booleanPointInPolygon(m.label, f)).toBe(true);
		}
	);
});

describe('the build', () => {
	it('reproduces the committed files exactly', () => {
		const files = buildFiles(process.env.GEODATA_SRC ?? DEFAULT_SRC);
		expect(files[TOPOLOGY_FILE] === topoText).toBe(true);
		expect(files[ATTRIBUTES_FILE]).toBe(attrText);
		expect(files[WEB_TOPOLOGY_FILE] === webText).toBe(true);
	}, 30_000);
});

describe('the source extracts kept in the repository', () => {
	// The checksums are the ones recorded when the sources were collected (geodata/fuentes/SOURCES.md
	// for the raw files, geodata/fuentes/README.md for all): a copy edited by hand fails here.
	const readme = readFileSync(join(DEFAULT_SRC, 'README.md'), 'utf8');
	const recorded = [...readme.matchAll(/^\| `([^`]+)` +\| `([0-9a-f]{64})` +\|$/gm)].map((m) => [m[1], m[2]]);
	it('lists every file the build reads', () => {
		expect(recorded.map(([f]) => f).sort()).toEqual([
			'cabeceras-54.csv',
			'population-54.csv',
			'raw/ytolosa_col_departamentos_real_municipal.topojson',
			'raw/ytolosa_col_municipios_real_departamental.topojson',
			'subregions-54.csv'
		]);
	});
	it.each(recorded)('%s is the collected copy, byte for byte', (file, sha) => {
		expect(
			createHash('sha256')
				.update(readFileSync(join(DEFAULT_SRC, file)))
				.digest('hex')
		).toBe(sha);
	});
	it('matches the upstream checksums in SOURCES.md for the raw files', () => {
		const sources = readFileSync(join(DEFAULT_SRC, 'SOURCES.md'), 'utf8');
		for (const [file, sha] of recorded.filter(([f]) => f.startsWith('raw/'))) {
			expect(sources).toContain(`\`${file}\` ${sha}`);
		}
	});
});
