import { describe, expect, it } from 'vitest';
import {
	allocate,
	describeRule,
	reachedBy,
	toCents,
	type AllocationOptions,
	type MetaFigures
} from './allocate.ts';
import { largestRemainder } from './largest-remainder.ts';

describe('largestRemainder', () => {
	it.each([
		{ args: [10, [1, 1, 1]], expected: [4, 3, 3] },
		{ args: [100, [1, 1, 1]], expected: [34, 33, 33] },
		{ args: [7, [2, 1]], expected: [5, 2] },
		{ args: [0, [1, 2]], expected: [0, 0] },
		{ args: [5, [0, 1]], expected: [0, 5] },
		{ args: [3, [1]], expected: [3] },
		{ args: [0, []], expected: [] }
	] as { args: [number, number[]]; expected: number[] }[])('%j', ({ args, expected }) => {
		const parts = largestRemainder(...args);
		expect(parts).toEqual(expected);
		expect(parts.reduce((a, b) => a + b, 0)).toBe(args[0]);
	});

	it.each([
		{ args: [1.5, [1]], error: /entero/ },
		{ args: [-1, [1]], error: /entero/ },
		{ args: [5, [0, 0]], error: /suman cero/ },
		{ args: [5, []], error: /suman cero/ },
		{ args: [5, [1, -1]], error: /no negativos/ }
	] as { args: [number, number[]]; error: RegExp }[])('rejects %j', ({ args, error }) => {
		expect(() => largestRemainder(...args)).toThrow(error);
	});
});

describe('toCents', () => {
	it('turns millions with two decimals into whole hundredths', () => {
		expect(toCents(1158.69)).toBe(115869);
		expect(toCents(601.4)).toBe(60140);
	});
	it('refuses more than two decimals', () => {
		expect(() => toCents(1.234)).toThrow(/dos decimales/);
	});
});

const munis = [
	{ divipola: '54001', population: 800 },
	{ divipola: '54003', population: 100 },
	{ divipola: '54051', population: 50 },
	{ divipola: '54099', population: 50 }
];

const municipal: MetaFigures = {
	number: 4,
	scope: 'municipal',
	investmentMillionCop: 703,
	people: 81,
	organisations: null,
	places: [
		{ divipola: '54001', evidence: 'localizacion' },
		{ divipola: '54003', evidence: 'localizacion' },
		{ divipola: '54051', evidence: 'text' },
		{ divipola: null, evidence: 'text' }
	]
};
const departmental: MetaFigures = {
	number: 20,
	scope: 'departmental',
	investmentMillionCop: 2043,
	people: null,
	organisations: null,
	places: [{ divipola: '54099', evidence: 'text' }]
};
const unspecified: MetaFigures = {
	number: 7,
	scope: 'unspecified',
	investmentMillionCop: 323.4,
	people: 120,
	organisations: null,
	places: [{ divipola: '54001', evidence: 'text' }]
};
const organisations: MetaFigures = {
	number: 14,
	scope: 'municipal',
	investmentMillionCop: 452.1,
	people: null,
	organisations: 60,
	places: [
		{ divipola: '54001', evidence: 'localizacion' },
		{ divipola: '54099', evidence: 'localizacion' }
	]
};
const all = [municipal, departmental, unspecified, organisations];
const opts = (o: Partial<AllocationOptions> = {}): AllocationOptions => ({
	rule: 'equal',
	evidence: 'localizacion',
	spreadDepartmental: false,
	...o
});
const estimateOf = (a: ReturnType<typeof allocate>, code: string) =>
	a.municipalities.find((m) => m.divipola === code)?.estimate;

describe('reachedBy', () => {
	it('counts only LOCALIZACIÓN places at that level, once each, never outside places', () => {
		expect(reachedBy(municipal, 'localizacion')).toEqual(['54001', '54003']);
		expect(reachedBy(municipal, 'text')).toEqual(['54001', '54003', '54051']);
	});
});

describe('allocate', () => {
	it('splits a municipal meta equally among the municipalities it reached', () => {
		const a = allocate([municipal], munis, opts());
		expect(estimateOf(a, '54001')).toEqual({ investmentMillionCop: 351.5, people: 41, organisations: 0 });
		expect(estimateOf(a, '54003')).toEqual({ investmentMillionCop: 351.5, people: 40, organisations: 0 });
		expect(estimateOf(a, '54051')).toEqual({ investmentMillionCop: 0, people: 0, organisations: 0 });
	});

	it('splits by population among the municipalities reached', () => {
		const a = allocate([municipal], munis, opts({ rule: 'population' }));
		// 800 : 100 of 703 millones
		expect(estimateOf(a, '54001')?.investmentMillionCop).toBeCloseTo(624.89, 2);
		expect(estimateOf(a, '54003')?.investmentMillionCop).toBeCloseTo(78.11, 2);
	});

	it('includes places mentioned in the text when asked', () => {
		const a = allocate([municipal], munis, opts({ evidence: 'text' }));
		expect(estimateOf(a, '54051')?.investmentMillionCop).toBeCloseTo(234.33, 2);
		expect(a.municipalities.find((m) => m.divipola === '54051')?.metas).toEqual([4]);
	});

	it('keeps departmental metas apart unless asked to spread them', () => {
		const apart = allocate([departmental], munis, opts());
		expect(apart.departmental).toMatchObject({ investmentMillionCop: 2043, metas: [20] });
		expect(apart.municipalities.every((m) => m.estimate?.investmentMillionCop === 0)).toBe(true);

		const spread = allocate([departmental], munis, opts({ spreadDepartmental: true }));
		expect(spread.departmental.investmentMillionCop).toBe(0);
		expect(estimateOf(spread, '54001')?.investmentMillionCop).toBeCloseTo(1634.4, 2);
		expect(spread.municipalities.every((m) => m.shares.every((s) => s.basis === 'departamental'))).toBe(true);
	});

	it('never spreads metas without a location, but counts their text mentions as reach', () => {
		const a = allocate(
			[unspecified],
			munis,
			opts({ evidence: 'text', rule: 'population', spreadDepartmental: true })
		);
		expect(a.unlocated).toMatchObject({ investmentMillionCop: 323.4, people: 120, metas: [7] });
		expect(a.municipalities.every((m) => m.estimate?.investmentMillionCop === 0)).toBe(true);
		expect(a.municipalities.find((m) => m.divipola === '54001')?.metas).toEqual([7]);
	});

	it('gives no amounts under rule none, only metas reached', () => {
		const a = allocate(all, munis, opts({ rule: 'none', spreadDepartmental: true }));
		expect(a.municipalities.every((m) => m.estimate === null)).toBe(true);
		expect(a.notSplit.metas).toEqual([4, 14]);
		expect(a.departmental.metas).toEqual([20]);
		expect(a.municipalities.find((m) => m.divipola === '54001')?.metas).toEqual([4, 14]);
	});

	it('keeps organisations apart from people', () => {
		const a = allocate([organisations], munis, opts());
		expect(estimateOf(a, '54001')).toEqual({ investmentMillionCop: 226.05, people: 0, organisations: 30 });
	});

	it('gives no municipality money from a meta that did not reach it', () => {
		for (const rule of ['equal', 'population'] as const) {
			for (const evidence of ['localizacion', 'text'] as const) {
				const a = allocate(all, munis, opts({ rule, evidence }));
				for (const m of a.municipalities) {
					for (const s of m.shares) {
						const meta = all.find((x) => x.number === s.meta) as MetaFigures;
						expect(reachedBy(meta, evidence)).toContain(m.divipola);
					}
				}
			}
		}
	});

	it('does not mutate its inputs', () => {
		const metas = structuredClone(all);
		const ms = structuredClone(munis);
		allocate(metas, ms, opts({ rule: 'population', spreadDepartmental: true }));
		expect(metas).toEqual(all);
		expect(ms).toEqual(munis);
	});

	it('handles no metas', () => {
		const a = allocate([], munis, opts());
		expect(a.reported).toEqual({ investmentMillionCop: 0, people: 0, organisations: 0, metas: [] });
		expect(a.municipalities).toHaveLength(4);
	});
});

describe('describeRule', () => {
	it('states the rule, the population year and what stays apart', () => {
		const text = describeRule(opts({ rule: 'population' }), 2025);
		expect(text).toMatch(/^Estimación: .*proporción a su población \(DANE 2025\)/);
		expect(text).toMatch(/alcance departamental se muestran aparte/);
		expect(text).toMatch(/sin localización no se reparten/);
	});
	it('says when departmental metas are spread', () => {
		expect(describeRule(opts({ spreadDepartmental: true }), 2025)).toMatch(
			/se reparten entre todos los municipios del departamento según su población/
		);
	});
});
