/** Two hand-made editions of a three-municipality territory; every expectation computed by hand. */
import { describe, expect, it } from 'vitest';
import type { ExploreData, ExploreMeta } from '../dataset/explore.ts';
import { divergingColor, divergingIndex } from '../scales/index.ts';
import { changeLegend } from '../legend/change.ts';
import { changePaint, compareEditions, pickEditions, type EditionView } from './editions.ts';
import { DEFAULT_STATE } from './state.ts';

const muni = (divipola: string, population: number) => ({
	divipola,
	name: `Municipio ${divipola}`,
	shortName: divipola,
	subregion: 'Única',
	population,
	populationByYear: {},
	areaKm2: 1
});
const meta = (number: number, millions: number, places: string[]): ExploreMeta => ({
	number,
	title: `Meta ${number}`,
	investmentMillionCop: millions,
	beneficiaries: { count: null, unit: null, unitClass: null, status: 'sin-datos' },
	scope: 'municipal',
	funding: { status: 'not-stated', sources: [] },
	places: places.map((divipola) => ({ divipola, evidence: 'localizacion' as const }))
});
const data = (metas: ExploreMeta[], year: number): ExploreData => ({
	populationYear: year,
	subregions: [{ id: 'unica', name: 'Única', aliases: [] }],
	municipalities: [muni('00001', 1000), muni('00002', 2000), muni('00003', 4000)],
	metas
});
// Before: meta 1 ($100 split between 00001 and 00002), meta 2 ($50 in 00003).
const before: EditionView = {
	id: 'antes',
	label: 'A',
	data: data([meta(1, 100, ['00001', '00002']), meta(2, 50, ['00003'])], 2025)
};
// After: meta 1 ($300 in 00002 only), meta 3 ($40 in 00001).
const after: EditionView = {
	id: 'despues',
	label: 'B',
	data: data([meta(1, 300, ['00002']), meta(3, 40, ['00001'])], 2026)
};

describe('compareEditions', () => {
	const c = compareEditions(before, after, DEFAULT_STATE);

	it('splits the metas into common and own', () => {
		expect(c.commonMetas).toEqual([1]);
		expect(c.onlyBefore).toEqual([2]);
		expect(c.onlyAfter).toEqual([3]);
	});

	it('classifies both maps with the same breaks, from both editions’ values', () => {
		// Values 50, 50, 50 (before) and 300, 40 (after): natural breaks of {40, 50, 300}.
		expect(c.shared.breaks).toEqual([40, 50, 300, 300]);
		expect(c.before.result.values.map((v) => v.value)).toEqual([50, 50, 50]);
		expect(c.after.result.values.map((v) => v.value)).toEqual([40, 300, null]);
	});

	it('maps the change of the common metas only', () => {
		expect(c.changes.map((x) => [x.divipola, x.before, x.after, x.change, x.status])).toEqual([
			['00001', 50, 0, -50, 'solo-anterior'],
			['00002', 50, 300, 250, 'ambas'],
			['00003', 0, 0, 0, 'ninguna']
		]);
	});

	it('gives the change per 1,000 inhabitants with each edition’s own population', () => {
		const p = compareEditions(before, after, DEFAULT_STATE, 'por-mil');
		// 00001: 50/1000·1000 → 0; 00002: 50/2000·1000 = 25 → 300/2000·1000 = 150.
		expect(p.changes.map((x) => x.change)).toEqual([-50, 125, 0]);
		expect(p.changeNorm).toBe('por-mil');
	});

	it('colours falls orange and rises purple, the same depth for the same size', () => {
		// Magnitudes {50, 250}: quantile boundaries 50, 150, 250 → two classes a side.
		expect(c.changeClasses.magnitudes).toEqual([50, 150, 250]);
		expect(divergingIndex(-50, c.changeClasses)).toBe(-1);
		expect(divergingIndex(250, c.changeClasses)).toBe(2);
		expect(divergingIndex(-250, c.changeClasses)).toBe(-2);
		expect(divergingIndex(0, c.changeClasses)).toBe(0);
		expect(divergingColor(-50, c.changeClasses)).toBe('#fdb863');
		expect(divergingColor(250, c.changeClasses)).toBe('#5e3c99');
		expect(divergingColor(0, c.changeClasses)).toBe('#f7f7f7');
	});

	it('never makes two change classes that print alike', () => {
		// +24,06 in 00001 and 00002, +24,07 in 00003: all print «$ 24,1», so one class a side.
		const later = {
			...after,
			data: data([meta(1, 148.12, ['00001', '00002']), meta(2, 74.07, ['00003'])], 2026)
		};
		const close = compareEditions(before, later, DEFAULT_STATE);
		expect(close.changes.map((x) => +x.change.toFixed(2))).toEqual([24.06, 24.06, 24.07]);
		expect(close.changeClasses.magnitudes).toEqual([24.1, 24.1]);
		expect(changeLegend(close).rows.map((r) => r.key)).toEqual([
			'baja-1',
			'sin-cambio',
			'sube-1',
			'no-alcanzado'
		]);
	});

	it('has no change map when no meta is in both editions', () => {
		const none = compareEditions(
			before,
			{ ...after, data: data([meta(9, 10, ['00001'])], 2026) },
			DEFAULT_STATE
		);
		expect(none.commonMetas).toEqual([]);
		expect(none.changes).toEqual([]);
	});

	it('does not mutate its inputs', () => {
		const copy = structuredClone(before);
		compareEditions(before, after, { ...DEFAULT_STATE, metas: [1] });
		expect(before).toEqual(copy);
	});

	it('draws both maps with the shared breaks', () => {
		// Shared breaks [40, 50, 300, 300]: 50 falls in the second class, 40 in the first, 300 in the last.
		expect(c.before.result.classes).toBe(c.shared);
		expect(c.before.result.values.map((v) => v.classIndex)).toEqual([1, 1, 1]);
		expect(c.after.result.values.map((v) => v.classIndex)).toEqual([0, 2, null]);
	});

	it('paints the change map, hatching what neither edition names', () => {
		const p = changePaint(c);
		expect(p['00001']).toMatchObject({ fill: '#fdb863', hatch: false });
		expect(p['00001'].label).toBe(
			'00001: −$ 50 millones (de $ 50 millones en A a $ 0 millones en B; nombrado solo en A)'
		);
		expect(p['00002']).toMatchObject({ fill: '#5e3c99', hatch: false });
		expect(p['00002'].label).toMatch(/^00002: \+\$ 250 millones /);
		expect(p['00003']).toMatchObject({ hatch: true });
	});

	it('gives the change map a legend from the largest fall to the largest rise', () => {
		const l = changeLegend(c);
		expect(l.rows.map((r) => [r.key, r.count])).toEqual([
			['baja-2', 0],
			['baja-1', 1],
			['sin-cambio', 0],
			['sube-1', 0],
			['sube-2', 1],
			['no-alcanzado', 1]
		]);
		expect(l.rows[0].label).toBe('Baja de $ 150 a $ 250');
		expect(l.rows[3].label).toBe('Sube de $ 50 a $ 150');
		expect(l.title).toMatch(/^Cambio de A a B: inversión estimada/);
		expect(l.rule).toMatch(/en la meta que está en ambas \(1\)/);
	});
});

describe('pickEditions', () => {
	const ids = ['2027', '2026', '2024-2025'];
	it.each([
		[null, null, { before: '2026', after: '2027' }],
		['2024-2025', null, { before: '2024-2025', after: '2027' }],
		['2024-2025', '2026', { before: '2024-2025', after: '2026' }],
		// Reversed in the URL: still the older first.
		['2027', '2024-2025', { before: '2024-2025', after: '2027' }],
		// The same twice, or unknown ids: the defaults around what is valid.
		['2026', '2026', { before: '2026', after: '2027' }],
		['1999', 'x', { before: '2026', after: '2027' }]
	])('antes=%s despues=%s', (antes, despues, expected) => {
		expect(pickEditions(ids, antes, despues)).toEqual(expected);
	});
	it('has nothing to compare with one edition', () => {
		expect(pickEditions(['2024-2025'], null, null)).toBeNull();
	});
});
