import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/data/sources.ts';
import { buildDataset } from '../dataset/index.ts';
import {
	aggregateSubregions,
	computeExplore,
	DEFAULT_STATE,
	parseState,
	rankValues,
	referencesFor,
	referencesText,
	serializeState,
	subregionChoropleth,
	type ExploreState
} from './index.ts';
import { formatValue } from './format.ts';

const dataset = buildDataset(readSources());
const ctx = {
	metaNumbers: dataset.metas.map((m) => m.number),
	municipalityCodes: new Set(dataset.municipalities.map((m) => m.divipola))
};
const parse = (q: string) => parseState(new URLSearchParams(q), ctx);

describe('parseState / serializeState', () => {
	it('gives the defaults for an empty query', () => {
		expect(parse('')).toEqual(DEFAULT_STATE);
		expect(serializeState(DEFAULT_STATE).toString()).toBe('');
	});

	it('round-trips every choice', () => {
		const s: ExploreState = {
			metric: 'beneficiarios',
			norm: 'por-mil',
			rule: 'poblacion',
			method: 'quantile',
			k: 4,
			metas: [4, 6, 18],
			funding: 'propios',
			evidence: 'texto',
			spread: true,
			selected: '54810'
		};
		expect(parse(serializeState(s).toString())).toEqual(s);
	});

	it.each([
		['metrica=dinero', 'metric', 'inversion'],
		['clases=12', 'k', 5],
		['clases=2', 'k', 5],
		['clases=abc', 'k', 5],
		['cortes=magia', 'method', 'jenks'],
		['metas=16,17,99', 'metas', []],
		['municipio=11001', 'selected', null],
		['fuente=bancos', 'funding', 'todas'],
		['metrica=metas&normalizacion=por-mil', 'norm', 'total'],
		['clases=4.5', 'k', 5],
		['clases=0x4', 'k', 5],
		['clases=4e0', 'k', 5],
		['clases=%204', 'k', 5],
		['clases=', 'k', 5],
		['cortes=Iguales', 'method', 'jenks'],
		['cortes=equal', 'method', 'jenks'],
		['metrica=Metas', 'metric', 'inversion'],
		['normalizacion=por%20mil', 'norm', 'total'],
		['regla=population', 'rule', 'igual'],
		['evidencia=', 'evidence', 'localizacion'],
		['departamental=si', 'spread', false],
		['departamental=true', 'spread', false],
		['municipio=54001x', 'selected', null],
		['municipio=', 'selected', null],
		['metas=6.0,0x6,%206', 'metas', []],
		['metas=6,abc,6', 'metas', [6]],
		['metas=20,4', 'metas', [4, 20]],
		// Every meta named is the same view as all metas: one state, one URL.
		['metas=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,18,19,20', 'metas', []]
	] as const)('%s falls back to a valid %s', (query, key, expected) => {
		expect(parse(query)[key]).toEqual(expected);
	});
});

describe('rankValues', () => {
	it.each([
		{ args: [5, 3, 5, null, 1], expected: [1, 3, 1, null, 4] },
		{ args: [null, null], expected: [null, null] },
		{ args: [0, 2], expected: [2, 1] }
	])('%j', ({ args, expected }) => {
		expect(rankValues(args)).toEqual(expected);
	});
});

describe('computeExplore on the report', () => {
	const valueOf = (r: ReturnType<typeof computeExplore>, code: string) =>
		r.values.find((v) => v.divipola === code);

	it('has 40 values and never shows an unreached municipality as zero', () => {
		const r = computeExplore(dataset, DEFAULT_STATE);
		expect(r.values).toHaveLength(40);
		for (const v of r.values) {
			expect(v.status === 'no-alcanzado').toBe(v.value === null);
		}
		// Bucarasica is named by no meta.
		expect(valueOf(r, '54109')).toMatchObject({ status: 'no-alcanzado', value: null, rank: null });
	});

	it('reaches Tibú through meta 18 in LOCALIZACIÓN, and also 6 and 12 with text mentions', () => {
		expect(valueOf(computeExplore(dataset, DEFAULT_STATE), '54810')?.metas).toEqual([18]);
		const withText = computeExplore(dataset, { ...DEFAULT_STATE, evidence: 'texto' });
		expect(valueOf(withText, '54810')?.metas).toEqual([6, 12, 18]);
	});

	it('splits meta 18 equally among its 15 municipalities for Tibú', () => {
		const r = computeExplore(dataset, { ...DEFAULT_STATE, metas: [18] });
		expect(valueOf(r, '54810')?.value).toBeCloseTo(39.33, 2);
	});

	it('sets the department and the subregion beside a municipality, in the map unit', () => {
		// Meta 18 alone: $ 590 millones split among 15 municipalities; the department's mean is 590 / 40.
		const total = computeExplore(dataset, { ...DEFAULT_STATE, metas: [18] });
		const t = referencesFor(total, '54810');
		expect(t.department).toEqual({ name: null, municipalities: 40, value: 14.75 });
		expect(t.subregion.name).toBe(valueOf(total, '54810')?.subregion);
		expect(referencesText(t, 'inversion', 'total')).toMatch(
			/^Promedio por municipio: \$ 14,75 millones en el departamento \(40 municipios\) y \$ [\d.,]+ millones en la subregión \S+ \(\d+\)\.$/
		);
		// Per 1.000 inhabitants: the department's own rate, 590 over its population.
		const rate = computeExplore(dataset, { ...DEFAULT_STATE, metas: [18], norm: 'por-mil' });
		const population = dataset.municipalities.reduce((s, m) => s + m.population, 0);
		expect(referencesFor(rate, '54810').department.value).toBeCloseTo((590 / population) * 1000, 9);
		expect(referencesText(referencesFor(rate, '54810'), 'inversion', 'por-mil')).toMatch(
			/^En conjunto: \$ [\d,]+ millones por 1\.000 hab\. en el departamento y /
		);
	});

	it('counts metas without a rule', () => {
		const r = computeExplore(dataset, { ...DEFAULT_STATE, metric: 'metas' });
		expect(valueOf(r, '54001')?.value).toBe(8);
		expect(r.estimated).toBe(false);
	});

	it('filters by funding source', () => {
		const sgr = computeExplore(dataset, { ...DEFAULT_STATE, funding: 'sgr' });
		expect(sgr.metas.map((m) => m.number)).toEqual([8, 20]);
	});

	it('keeps the class breaks over reached values only, as the legend prints them', () => {
		const r = computeExplore(dataset, DEFAULT_STATE);
		// Lowest: Lourdes, 590 / 15 = 39,33 (meta 18) -> "$ 39,3"; highest: Cúcuta, $ 3.101,46 -> "$ 3.101".
		expect(valueOf(r, '54418')?.value).toBe(39.33);
		expect(r.classes.breaks[0]).toBe(39.3);
		expect(valueOf(r, '54001')?.value).toBe(3101.46);
		expect(r.classes.breaks.at(-1)).toBe(3101);
	});

	it('puts municipalities that print alike in one class (meta 6: $ 385 / 8 = 48,12 or 48,13)', () => {
		// The integer split gives four municipalities a cent more; the legend prints both as "$ 48,1".
		const r = computeExplore(dataset, { ...DEFAULT_STATE, metas: [6] });
		const reached = r.values.filter((v) => v.status === 'alcanzado');
		expect(new Set(reached.map((v) => v.value))).toEqual(new Set([48.12, 48.13]));
		expect(new Set(reached.map((v) => v.classIndex))).toEqual(new Set([0]));
		expect(r.classes.colors).toHaveLength(1);
	});

	it('adds subregions up to the allocated municipal total', () => {
		const r = computeExplore(dataset, { ...DEFAULT_STATE, rule: 'poblacion' });
		const subs = aggregateSubregions(dataset, r);
		expect(subs).toHaveLength(6);
		const sum = subs.reduce((s, x) => s + Math.round(x.investmentMillionCop * 100), 0);
		const municipal = r.allocation.municipalities.reduce(
			(s, m) => s + Math.round((m.estimate?.investmentMillionCop ?? 0) * 100),
			0
		);
		expect(sum).toBe(municipal);
	});

	it.each([
		['investmentMillionCop', 'inversion', 'por-mil'],
		['investmentMillionCop', 'inversion', 'total'],
		['people', 'beneficiarios', 'por-mil'],
		['people', 'beneficiarios', 'total']
	] as const)('words subregion %s (%s, %s) as the department map does', (measure, metric, norm) => {
		// A mayor reading both pages must see one number for one value.
		const r = computeExplore(dataset, DEFAULT_STATE);
		const c = subregionChoropleth(dataset, r, measure, norm);
		for (const s of c.subregions) {
			expect(c.format(c.valueOf(s))).toBe(formatValue(c.valueOf(s), metric, norm));
		}
		// The same precision on every row: no "$ 8,4" beside "$ 10,45".
		if (measure === 'investmentMillionCop' && norm === 'por-mil') {
			const shown = c.subregions.map((s) => c.format(c.valueOf(s)));
			expect(shown).toContain('$ 8,4 millones por 1.000 hab.');
			expect(shown).toContain('$ 10,5 millones por 1.000 hab.');
		}
	});
});
