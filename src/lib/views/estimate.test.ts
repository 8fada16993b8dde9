/**
 * The headline of a municipality page, against the committed data. Expected
 * figures are worked out by hand from the report's amounts and the
 * LOCALIZACIÓN lists (equal split in whole cents and whole persons, the
 * leftover units to the lowest DIVIPOLA codes, as docs/allocation.md says).
 */
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/data/sources.ts';
import { allocate } from '../allocation/index.ts';
import { buildDataset, figuresOf } from '../dataset/index.ts';
import { cardHeadline, headlineOf } from './estimate.ts';

const d = buildDataset(readSources());
const munis = d.municipalities.map((m) => ({ divipola: m.divipola, population: m.population }));
const byEvidence = (evidence: 'localizacion' | 'text') =>
	allocate(d.metas.map(figuresOf), munis, { rule: 'equal', evidence, spreadDepartmental: false });
const loc = byEvidence('localizacion');
const txt = byEvidence('text');

describe('headlineOf (default rule: equal parts among the municipalities named in LOCALIZACIÓN)', () => {
	it('Cúcuta: its own share of 7 split metas, 8 metas naming it', () => {
		// Meta 4: 703 / 4 = 175,75; 81 / 4 -> 21 (lowest code takes the leftover person)
		// Meta 6: 38.500 cents / 8 = 4.812,5 -> 48,13; 422 / 8 -> 53
		// Meta 8: 12.972 / 5 = 2.594,40; 390 / 5 = 78
		// Meta 13: 135,2 / 4 = 33,80; 193 / 4 -> 49
		// Meta 14: 452,1 / 3 = 150,70; 60 organisations / 3 = 20
		// Meta 15: 17.800 cents / 3 -> 59,34; 1.649 / 3 -> 550
		// Meta 18: 59.000 cents / 15 -> 39,34; 335 / 15 -> 23
		// Sum: 3.101,46 millones; 21 + 53 + 78 + 49 + 550 + 23 = 774 personas; 20 organizaciones.
		// Meta 3 (departmental) also names it in LOCALIZACIÓN, without a share.
		const h = headlineOf(loc, txt, '54001');
		expect(h.kind).toBe('estimacion');
		expect(h.amounts?.investmentMillionCop).toBeCloseTo(3101.46, 10);
		expect(h.amounts).toMatchObject({ people: 774, organisations: 20 });
		expect(h.metas).toEqual([3, 4, 6, 8, 13, 14, 15, 18]);
		expect(h.withShare).toEqual([4, 6, 8, 13, 14, 15, 18]);
		// Metas 7, 12 and 20 mention Cúcuta outside LOCALIZACIÓN only.
		expect(h.textOnly).toEqual([7, 12, 20]);
	});

	it('Mutiscua: one meta, fifth of eight codes, so no leftover cent but a leftover person', () => {
		// Meta 6 among 54001, 54125, 54174, 54405, 54480 (Mutiscua), 54498, 54518, 54874:
		// 38.500 cents = 8 × 4.812 + 4 -> the first four get 4.813; Mutiscua 48,12.
		// 422 persons = 8 × 52 + 6 -> the first six get 53; Mutiscua 53.
		expect(headlineOf(loc, txt, '54480')).toEqual({
			kind: 'estimacion',
			amounts: { investmentMillionCop: 48.12, people: 53, organisations: 0 },
			metas: [6],
			withShare: [6],
			textOnly: []
		});
	});

	it('Ábrego: named only by departmental meta 12, so no amount of its own', () => {
		expect(headlineOf(loc, txt, '54003')).toEqual({
			kind: 'sin-monto',
			amounts: null,
			metas: [12],
			withShare: [],
			textOnly: []
		});
	});

	it('Gramalote: mentioned only in the text of meta 12 (Pequeños Emprendedores)', () => {
		expect(headlineOf(loc, txt, '54313')).toMatchObject({
			kind: 'solo-texto',
			amounts: null,
			metas: [],
			textOnly: [12]
		});
	});

	it('Bucarasica: no meta names it', () => {
		expect(headlineOf(loc, txt, '54109')).toEqual({
			kind: 'no-nombrado',
			amounts: null,
			metas: [],
			withShare: [],
			textOnly: []
		});
	});

	it('fails loudly for a code that is not a municipality', () => {
		expect(() => headlineOf(loc, txt, '54999')).toThrow('54999');
	});
});

describe('cardHeadline', () => {
	const share = { investmentMillionCop: 48.12, people: 53, organisations: 0 };
	it.each([
		['municipal', share, { kind: 'share', share }],
		['departmental', null, { kind: 'departamental', share: null }],
		['unspecified', null, { kind: 'sin-localizacion', share: null }]
	] as const)('%s', (scope, s, expected) => {
		expect(cardHeadline(scope, s)).toEqual(expected);
	});

	it('keeps only the amounts of a share, and does not mutate it', () => {
		const s = { meta: 6, basis: 'municipal' as const, ...share };
		const copy = { ...s };
		expect(cardHeadline('municipal', s).share).toEqual(share);
		expect(s).toEqual(copy);
	});
});
