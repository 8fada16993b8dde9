import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readSources, SOURCE_PATHS } from '../../../scripts/data/sources.ts';
import { parseTerritory } from '../geo/index.ts';
import { publishedMeta, publishedPlace } from '../../../tests/fixtures/informe/draft.ts';
import { buildDataset } from '../dataset/index.ts';
import { exploreFigure, metaFigure } from '../figure/specs.ts';
import { computeExplore, DEFAULT_STATE } from '../explore/index.ts';
import { namedCodes, previewFigure, previewOf } from './preview.ts';

const dataset = buildDataset(readSources());

describe('previewOf', () => {
	const p = previewOf(dataset, 'libro.xlsx');

	it('gives the explorer the same data the home page gets', () => {
		expect(p.explore.metas.map((m) => m.number)).toEqual(dataset.metas.map((m) => m.number));
		expect(p.explore.municipalities).toBe(dataset.municipalities);
		expect(p.metaTitles[0]).toEqual({ number: dataset.metas[0].number, title: dataset.metas[0].title });
		expect(Object.keys(p.names)).toHaveLength(dataset.municipalities.length);
	});

	it.each([
		{ name: 'the first meta that names a municipality', metas: [[], [publishedPlace()]], first: 2 },
		{ name: 'the first meta when none names one', metas: [[], []], first: 1 },
		{ name: 'none without metas', metas: [], first: null }
	])('opens the LOCALIZACIÓN map on $name', ({ metas, first }) => {
		const d = { ...dataset, metas: metas.map((places, i) => publishedMeta({ number: i + 1, places })) };
		expect(previewOf(d, 'x').firstMeta).toBe(first);
	});

	it('counts a municipality once per meta, outside places not at all', () => {
		const d = {
			...dataset,
			metas: [
				publishedMeta({
					places: [
						publishedPlace(),
						publishedPlace({ evidence: 'text' }),
						publishedPlace({ divipola: null, writtenAs: 'Bogotá', resolution: 'fuera', outside: 'Bogotá' }),
						publishedPlace({ divipola: '54498', writtenAs: 'Ocaña' })
					]
				})
			]
		};
		expect(previewOf(d, 'x').places).toBe(2);
	});
});

describe('namedCodes', () => {
	it.each([
		{ places: [], codes: [] },
		{ places: [publishedPlace(), publishedPlace({ evidence: 'text' })], codes: ['54001'] },
		{ places: [publishedPlace({ divipola: null, resolution: 'fuera', outside: 'Bogotá' })], codes: [] }
	])('$codes', ({ places, codes }) => expect(namedCodes(publishedMeta({ places }))).toEqual(codes));
});

describe('previewFigure', () => {
	const ctx = {
		edition: dataset.edition,
		territory: parseTerritory(readFileSync(SOURCE_PATHS.municipios, 'utf8'))
	};
	it.each([
		['explorer', exploreFigure(computeExplore(previewOf(dataset, 'x').explore, DEFAULT_STATE), ctx)],
		[
			'meta',
			metaFigure(
				dataset.metas[0],
				dataset.municipalities.map((m) => m.divipola),
				ctx
			)
		]
	])('marks the %s figure as a local preview in its name, subtitle and notes', (_, spec) => {
		const copy = structuredClone(spec);
		const out = previewFigure(spec, 'edicion-2026.xlsx');
		expect(out.slug).toBe(`vista-previa-${spec.slug}`);
		expect(out.subtitle).toMatch(/^Vista previa local, datos no publicados · /);
		expect(out.notes[0]).toBe('VISTA PREVIA LOCAL con los datos de «edicion-2026.xlsx»: no publicados.');
		expect(out.notes.slice(1)).toEqual(spec.notes);
		expect({ ...out, slug: spec.slug, subtitle: spec.subtitle, notes: spec.notes }).toEqual(spec);
		expect(spec).toEqual(copy);
	});
});
