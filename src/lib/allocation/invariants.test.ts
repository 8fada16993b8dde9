/**
 * Invariants of the allocation on the real report data, for every rule,
 * evidence level and departmental option: the estimates add back up to the
 * reported totals exactly, and no municipality gets money from a meta that
 * did not reach it.
 */
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/data/sources.ts';
import { buildDataset, figuresOf } from '../dataset/index.ts';
import { allocate, reachedBy, RULES, toCents, type EvidenceLevel } from './index.ts';

const dataset = buildDataset(readSources());
const metas = dataset.metas.map(figuresOf);
const munis = dataset.municipalities.map((m) => ({ divipola: m.divipola, population: m.population }));

const cases = RULES.flatMap((rule) =>
	(['localizacion', 'text'] as EvidenceLevel[]).flatMap((evidence) =>
		[false, true].map((spreadDepartmental) => ({ rule, evidence, spreadDepartmental }))
	)
);

describe.each(cases)('rule $rule, evidence $evidence, spread $spreadDepartmental', (options) => {
	const a = allocate(metas, munis, options);

	it('adds back up to the reported totals', () => {
		const sum = (f: (x: { investmentMillionCop: number; people: number; organisations: number }) => number) =>
			a.municipalities.reduce((s, m) => s + (m.estimate ? f(m.estimate) : 0), 0) +
			f(a.departmental) +
			f(a.unlocated) +
			f(a.notSplit);
		expect(sum((x) => toCents(x.investmentMillionCop))).toBe(toCents(a.reported.investmentMillionCop));
		expect(sum((x) => x.people)).toBe(a.reported.people);
		expect(sum((x) => x.organisations)).toBe(a.reported.organisations);
	});

	it('adds back up per meta', () => {
		for (const meta of metas) {
			const cents = a.municipalities.flatMap((m) => m.shares).filter((s) => s.meta === meta.number);
			const inBucket = [a.departmental, a.unlocated, a.notSplit].some((b) => b.metas.includes(meta.number));
			const total = inBucket
				? toCents(meta.investmentMillionCop)
				: cents.reduce((s, x) => s + toCents(x.investmentMillionCop), 0);
			expect(total).toBe(toCents(meta.investmentMillionCop));
			expect(inBucket && cents.length > 0).toBe(false);
		}
	});

	it('gives no municipality money from a meta that did not reach it', () => {
		expect(a.municipalities).toHaveLength(40);
		for (const m of a.municipalities) {
			for (const s of m.shares.filter((x) => x.basis === 'municipal')) {
				const meta = metas.find((x) => x.number === s.meta);
				expect(meta && reachedBy(meta, options.evidence)).toContain(m.divipola);
			}
		}
	});

	it('never spreads unspecified-location metas', () => {
		const unspecified = metas.filter((m) => m.scope === 'unspecified').map((m) => m.number);
		expect(a.unlocated.metas).toEqual(unspecified);
		expect(a.municipalities.flatMap((m) => m.shares).filter((s) => unspecified.includes(s.meta))).toEqual([]);
	});
});

it('the report total is the sum of the 18 metas', () => {
	const a = allocate(metas, munis, { rule: 'equal', evidence: 'localizacion', spreadDepartmental: false });
	expect(a.reported.investmentMillionCop).toBeCloseTo(24633.99, 2);
	expect(a.reported.metas).toHaveLength(18);
});
