/**
 * The search against the committed territory (geodata/municipios.json,
 * src/data/lugares.yaml: the expected codes are copied from those files) and
 * against a made-up territory, to show that no name is built in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { PlaceDecision } from '../report/schema.ts';
import {
	buildIndex,
	closest,
	detailOf,
	resultCount,
	search,
	searchPlaces,
	separator,
	TIERS,
	type SearchMunicipality,
	type SearchPlace,
	type SearchSubregion
} from './index.ts';

const root = resolve(import.meta.dirname, '../../..');
const geo = JSON.parse(readFileSync(resolve(root, 'geodata/municipios.json'), 'utf8')) as {
	municipalities: SearchMunicipality[];
	subregions: SearchSubregion[];
};
const decisions = parse(readFileSync(resolve(root, 'src/data/lugares.yaml'), 'utf8')) as PlaceDecision[];
const real = buildIndex(geo.municipalities, geo.subregions, searchPlaces(decisions));
const ids = (q: string) => search(real, q).map((m) => m.id);

describe('search on the committed territory', () => {
	it.each([
		{ query: 'cucta', tier: 'fuzzy', id: 'municipio:54001', name: 'Cúcuta' },
		{ query: 'cúcuta', tier: 'exact', id: 'municipio:54001', name: 'Cúcuta' },
		{ query: 'san jose', tier: 'prefix', id: 'municipio:54001', name: 'San José de Cúcuta' },
		{ query: 'villa rosario', tier: 'exact', id: 'municipio:54874', name: 'Villa del Rosario' },
		{ query: 'vila rosaro', tier: 'fuzzy', id: 'municipio:54874', name: 'Villa del Rosario' },
		{ query: 'ocana', tier: 'exact', id: 'municipio:54498', name: 'Ocaña' },
		{ query: 'OCAÑA', tier: 'exact', id: 'municipio:54498', name: 'Ocaña' },
		{ query: 'ocanna', tier: 'fuzzy', id: 'municipio:54498', name: 'Ocaña' },
		{ query: 'tibu', tier: 'exact', id: 'municipio:54810', name: 'Tibú' },
		{ query: 'tbu', tier: 'fuzzy', id: 'municipio:54810', name: 'Tibú' },
		{ query: 'el zulia', tier: 'exact', id: 'municipio:54261', name: 'El Zulia' },
		{ query: 'zulia', tier: 'exact', id: 'municipio:54261', name: 'El Zulia' },
		{ query: '  El   ZULIA ', tier: 'exact', id: 'municipio:54261', name: 'El Zulia' },
		{ query: 'salazar', tier: 'exact', id: 'municipio:54660', name: 'Salazar' },
		{ query: 'la gabarra', tier: 'exact', id: 'lugar:la gabarra', name: 'La Gabarra' },
		{ query: 'gabarra', tier: 'exact', id: 'lugar:la gabarra', name: 'La Gabarra' },
		{ query: 'gavarra', tier: 'fuzzy', id: 'lugar:la gabarra', name: 'La Gabarra' },
		{ query: 'norte', tier: 'exact', id: 'subregion:Norte', name: 'Norte' },
		{ query: 'metropolitana', tier: 'exact', id: 'subregion:Oriental', name: 'Metropolitana' },
		{ query: 'area metropolitana', tier: 'exact', id: 'subregion:Oriental', name: 'Área Metropolitana' },
		{ query: 'oriente', tier: 'exact', id: 'subregion:Oriental', name: 'Oriente' }
	])('«$query» finds $id first, by the name «$name» ($tier)', ({ query, tier, id, name }) => {
		const [first] = search(real, query);
		expect({ id: first?.id, name: first?.name, tier: first?.tier }).toEqual({ id, name, tier });
	});

	it('says where a place is and how big a subregion is (lugares.yaml; Norte has 4 municipalities)', () => {
		expect(search(real, 'la gabarra')[0].target).toEqual({
			kind: 'lugar',
			divipola: '54810',
			place: 'corregimiento',
			municipality: 'Tibú'
		});
		expect(search(real, 'norte')[0].target).toEqual({ kind: 'subregion', name: 'Norte', count: 4 });
		expect(search(real, 'oriental')[0].target).toEqual({ kind: 'subregion', name: 'Oriental', count: 6 });
	});

	it.each([{ query: '' }, { query: '   ' }, { query: '-' }, { query: '¿?' }])(
		'«$query» finds nothing and suggests nothing',
		({ query }) => {
			expect(search(real, query)).toEqual([]);
			expect(closest(real, query)).toEqual([]);
		}
	);

	it.each([
		// The municipalities whose name, or a word of it, starts with the letters.
		{ query: 't', expected: ['municipio:54250', 'municipio:54800', 'municipio:54810', 'municipio:54820'] },
		{
			query: 'la',
			expected: ['municipio:54385', 'lugar:la gabarra', 'municipio:54398', 'municipio:54377']
		},
		{ query: 'el', expected: ['municipio:54245', 'municipio:54250', 'municipio:54261'] }
	])(
		'one or two letters «$query» find only starts of names, never letters inside one',
		({ query, expected }) => {
			expect(ids(query)).toEqual(expected);
		}
	);

	it('lists a municipality once though two of its names match («cucuta»: Cúcuta, San José de Cúcuta)', () => {
		expect(ids('cucuta').filter((id) => id === 'municipio:54001')).toHaveLength(1);
	});

	it('gives at most `limit` results', () => {
		expect(search(real, 'c')).toHaveLength(8);
		expect(search(real, 'c', 3)).toHaveLength(3);
	});

	it('finds no «Catatumbo»: the data has no subregion, alias or place of that name', () => {
		expect(search(real, 'catatumbo')).toEqual([]);
		// Nothing is near enough either: «San Cayetano» is 5 edits away.
		expect(closest(real, 'catatumbo')).toEqual([]);
	});

	it('after no result, suggests the nearest names («tivuu» is two edits from «tibu»)', () => {
		expect(search(real, 'tivuu')).toEqual([]);
		expect(closest(real, 'tivuu').map((m) => m.name)).toEqual(['Tibú']);
	});

	it('does not offer errata of the report as places (lugares.yaml: Cágota is a misspelt Cácota)', () => {
		expect(search(real, 'cagota').map((m) => [m.id, m.name])).toEqual([['municipio:54125', 'Cácota']]);
	});
});

/** A territory with none of the real names: the rules come from the data it is given. */
const madeUp = {
	municipalities: [
		{ divipola: '99001', name: 'Pinar', shortName: 'Pinar', subregion: 'Costa' },
		{ divipola: '99002', name: 'Pinares del Sol', shortName: 'Pinares', subregion: 'Costa' },
		{ divipola: '99003', name: 'Alto del Pinar', shortName: 'Alto del Pinar', subregion: 'Sierra' },
		{ divipola: '99004', name: 'Sampinar', shortName: 'Sampinar', subregion: 'Sierra' },
		{ divipola: '99005', name: 'Pinor', shortName: 'Pinor', subregion: 'Sierra' }
	],
	subregions: [
		{ name: 'Costa', aliases: ['Litoral', 'Marina'] },
		{ name: 'Sierra', aliases: [] }
	],
	places: [
		{ name: 'Playa Honda', kind: 'corregimiento', divipola: '99001' },
		{ name: 'El Puerto', kind: 'alias', divipola: '99004' },
		// Points to no municipality of this territory: left out.
		{ name: 'Ninguna Parte', kind: 'alias', divipola: '11001' }
	] satisfies SearchPlace[]
};
const made = buildIndex(madeUp.municipalities, madeUp.subregions, madeUp.places);

describe('search on a made-up territory', () => {
	it('ranks exact > prefix > word prefix > substring > fuzzy («pinar»)', () => {
		expect(search(made, 'pinar').map((m) => [m.name, m.tier])).toEqual([
			['Pinar', 'exact'],
			['Pinares', 'prefix'],
			['Alto del Pinar', 'word-prefix'],
			['Sampinar', 'substring'],
			['Pinor', 'fuzzy']
		]);
		expect(TIERS).toEqual(['exact', 'prefix', 'word-prefix', 'substring', 'fuzzy']);
	});

	it.each([
		{ query: 'litoral', id: 'subregion:Costa', detail: 'subregión Costa, 2 municipios' },
		{ query: 'sierra', id: 'subregion:Sierra', detail: 'subregión, 3 municipios' },
		{ query: 'playa honda', id: 'lugar:playa honda', detail: 'corregimiento de Pinar' },
		{ query: 'puerto', id: 'lugar:el puerto', detail: 'otro nombre de Sampinar' },
		{ query: 'pinares sol', id: 'municipio:99002', detail: 'Costa' }
	])('«$query» finds $id («$detail»)', ({ query, id, detail }) => {
		const [first] = search(made, query);
		expect({ id: first?.id, detail: first && detailOf(first) }).toEqual({ id, detail });
	});

	it('knows none of the real names, nor a place whose municipality it lacks', () => {
		expect(search(made, 'cucuta')).toEqual([]);
		expect(search(made, 'la gabarra')).toEqual([]);
		expect(search(made, 'ninguna parte')).toEqual([]);
		expect(made.entries.map((e) => e.id)).not.toContain('lugar:ninguna parte');
	});

	it('suggests at most n names, nearest first («pinnaar»)', () => {
		// By hand: «pinar» is 2 edits away; «pinar» in Alto del Pinar too, a word of several
		// (+0.25); «pinor» 3 (one n less, a -> o, one a less).
		expect(closest(made, 'pinnaar', 2).map((m) => m.name)).toEqual(['Pinar', 'Alto del Pinar']);
		expect(closest(made, 'pinnaar', 3).map((m) => [m.name, m.distance])).toEqual([
			['Pinar', 2],
			['Alto del Pinar', 2.25],
			['Pinor', 3]
		]);
	});

	it('does not mutate its input', () => {
		const input = structuredClone(madeUp);
		const index = buildIndex(input.municipalities, input.subregions, input.places);
		search(index, 'pinar');
		search(index, 'marina');
		closest(index, 'zzz');
		expect(input).toEqual(madeUp);
		// Frozen input works too: nothing tries to write to it.
		const deepFreeze = <T>(o: T): T => {
			Object.values(o as object).forEach((v) => v && typeof v === 'object' && deepFreeze(v));
			return Object.freeze(o);
		};
		const frozen = deepFreeze(structuredClone(madeUp));
		expect(() =>
			search(buildIndex(frozen.municipalities, frozen.subregions, frozen.places), 'pinar')
		).not.toThrow();
	});
});

describe('searchPlaces', () => {
	it('keeps the committed corregimientos and aliases only (lugares.yaml: La Gabarra)', () => {
		expect(searchPlaces(decisions)).toEqual([
			{ name: 'La Gabarra', kind: 'corregimiento', divipola: '54810' }
		]);
	});

	it.each([
		{ d: { name: 'X', decision: 'corregimiento', divipola: '99001', reason: 'r' }, kept: true },
		{ d: { name: 'X', decision: 'alias', divipola: '99001', reason: 'r' }, kept: true },
		{ d: { name: 'X', decision: 'errata', divipola: '99001', reason: 'r' }, kept: false },
		{ d: { name: 'X', decision: 'fuera', where: 'Lejos', reason: 'r' }, kept: false },
		{ d: { name: 'X', decision: 'departamento', reason: 'r' }, kept: false }
	] as { d: PlaceDecision; kept: boolean }[])('a decision «$d.decision» is kept: $kept', ({ d, kept }) => {
		expect(searchPlaces([d]).length).toBe(kept ? 1 : 0);
	});
});

describe('labels', () => {
	it.each([
		{ names: ['Tibú'], expected: [''] },
		{ names: ['Tibú', 'Toledo'], expected: ['', ' o '] },
		{ names: ['Tibú', 'Toledo', 'Ocaña'], expected: ['', ', ', ' u '] },
		{ names: ['Tibú', 'Hoya'], expected: ['', ' u '] }
	])('joins $names as «A, B o C»', ({ names, expected }) => {
		expect(names.map((_, i) => separator(i, names))).toEqual(expected);
	});

	it.each([
		{ n: 0, expected: '0 resultados' },
		{ n: 1, expected: '1 resultado' },
		{ n: 3, expected: '3 resultados' }
	])('counts $n as «$expected»', ({ n, expected }) => {
		expect(resultCount(n)).toBe(expected);
	});
});
