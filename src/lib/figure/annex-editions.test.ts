/**
 * The annex of another edition: the fictitious fixture of tests/fixtures/ediciones
 * (17 metas: 1-15, 18 and 21, by its README) gives one figure per meta plus the
 * department and subregion maps, each naming that edition and never the real one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readSources } from '../../../scripts/data/sources.ts';
import { buildDataset } from '../dataset/index.ts';
import { parseTerritory } from '../geo/index.ts';
import { annexSpecs } from './annex.ts';

const fixture = (name: string) =>
	readFileSync(resolve(ROOT, 'tests/fixtures/ediciones/2026-prueba', name), 'utf8');
const real = readSources();
const dataset = buildDataset({
	...real,
	edicion: fixture('edicion.yaml'),
	metas: fixture('metas.yaml'),
	informe: fixture('informe.yaml')
});
const territory = parseTerritory(readFileSync(resolve(ROOT, 'geodata/municipios.json'), 'utf8'));
const specs = annexSpecs(dataset, territory);
const realEdition = buildDataset(real).edition;

describe('the annex of the fixture edition', () => {
	it('has a LOCALIZACIÓN figure for each of its metas, then the 5 department and subregion maps', () => {
		expect(specs).toHaveLength(17 + 5);
		const metaSlugs = specs.slice(0, 17).map((s) => s.slug);
		expect(metaSlugs.at(-1)).toMatch(/21/);
		expect(metaSlugs.some((s) => /(^|\D)19(\D|$)/.test(s))).toBe(false);
	});

	it('names its own edition on every figure, never the real one', () => {
		for (const s of specs) {
			const text = JSON.stringify(s);
			expect(s.source, s.slug).toContain('Edición ficticia para las pruebas del programa');
			expect(text, s.slug).not.toContain(realEdition.shortTitle);
			expect(text, s.slug).not.toContain(realEdition.source);
		}
		expect(specs.slice(17, 21).every((s) => s.subtitle.includes('Informe ficticio de prueba 2026'))).toBe(
			true
		);
	});
});
