/** The published dataset (`npm run data:json` and the app's download) has the documented fields. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/data/sources.ts';
import type { Dataset } from './index.ts';

const json = execFileSync('npx', ['tsx', 'scripts/data/print-json.ts'], { cwd: ROOT, encoding: 'utf8' });
const data = JSON.parse(json) as Dataset;

describe('npm run data:json', () => {
	it('lists the 40 municipalities with code, name, subregion and population', () => {
		expect(data.municipalities).toHaveLength(40);
		for (const m of data.municipalities) {
			expect(m).toMatchObject({
				divipola: expect.stringMatching(/^54\d{3}$/),
				name: expect.any(String),
				subregion: expect.any(String),
				population: expect.any(Number)
			});
		}
	});

	it('lists one entry per meta of the report, 16 and 17 missing', () => {
		expect(data.metas.map((m) => m.number)).toEqual([
			1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20
		]);
		expect(data.missingMetas).toEqual([16, 17]);
	});

	it('gives each meta the documented fields', () => {
		for (const m of data.metas) {
			expect(m).toMatchObject({
				number: expect.any(Number),
				title: expect.any(String),
				investmentMillionCop: expect.any(Number),
				compliancePct: expect.any(Number),
				progressPct: expect.any(Number),
				beneficiaries: { count: m.beneficiaries.count === null ? null : expect.any(Number) },
				scope: expect.stringMatching(/^(municipal|departmental|unspecified)$/)
			});
			expect('unit' in m.beneficiaries).toBe(true);
			for (const p of m.places) {
				expect(p.evidence).toMatch(/^(localizacion|text)$/);
				expect(p.verbatim?.length).toBeGreaterThan(3);
				expect(p.divipola === null || /^54\d{3}$/.test(p.divipola)).toBe(true);
			}
		}
	});

	it('resolves the report figures and places of a known meta', () => {
		const m6 = data.metas.find((m) => m.number === 6);
		expect(m6).toMatchObject({
			investmentMillionCop: 385,
			compliancePct: 100,
			beneficiaries: { count: 422, unit: 'personas' }
		});
		const loc = m6?.places.filter((p) => p.evidence === 'localizacion').map((p) => p.divipola);
		expect(loc).toEqual(['54001', '54405', '54874', '54518', '54480', '54125', '54174', '54498']);
		expect(m6?.places.find((p) => p.writtenAs === 'Cágota')?.resolution).toBe('errata');
		expect(m6?.places.find((p) => p.writtenAs === 'La Gabarra')).toMatchObject({
			divipola: '54810',
			evidence: 'text'
		});
	});

	it('keeps places outside the department with divipola null', () => {
		const m1 = data.metas.find((m) => m.number === 1);
		expect(m1?.places.map((p) => [p.divipola, p.outside])).toContainEqual([null, 'México']);
	});

	it('surfaces narrative totals that the metas do not add up to', () => {
		// 385 + 323,4 + 12.972 + 162 = 13.842,4, just under the introduction's «supera los $13.843 millones».
		const prod = data.narrativeTotals.find((t) => t.id === 'productividad');
		expect(prod?.check.investment).toMatchObject({ sum: 13842.4, difference: -0.6, verdict: 'casi' });
		expect(prod?.check.beneficiaries.comparison).toBeNull();
	});

	it('shows a cross-meta note on each meta it concerns, and lists it once', () => {
		const chile = data.crossMetaNotes.filter((n) => n.text.includes('Misión Chile'));
		expect(chile.map((n) => [n.from, n.metas])).toEqual([[5, [5, 2]]]);
		for (const number of [2, 5]) {
			expect(data.metas.find((m) => m.number === number)?.notes).toContainEqual(chile[0]);
		}
		expect(data.metas.find((m) => m.number === 4)?.notes).not.toContainEqual(chile[0]);
	});
});
