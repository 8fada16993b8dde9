/**
 * The introduction's totals against the metas. Expected values are computed
 * by hand from the report's figures (the sums are written out in each row).
 */
import { describe, expect, it } from 'vitest';
import {
	compare,
	formatSignedPercent,
	reconcile,
	sameUnit,
	unitCore,
	verdictText,
	type CandidateMeta
} from './reconcile.ts';

const meta = (number: number, investmentMillionCop: number, count: number | null, unit: string | null) => ({
	number,
	investmentMillionCop,
	beneficiaries: { count, unit }
});

// The report's metas 1-20 as the introduction's four paragraphs group them (informe.yaml).
const M: Record<number, CandidateMeta> = {
	1: meta(1, 776, 179, 'ciudadanos'),
	2: meta(2, 601.4, 89, 'ciudadanos'),
	3: meta(3, 99.2, null, null),
	4: meta(4, 703, 81, 'empresarios'),
	5: meta(5, 1158.69, 442, 'ciudadanos'),
	6: meta(6, 385, 422, 'personas'),
	7: meta(7, 323.4, 120, 'empresarios'),
	8: meta(8, 12972, 390, 'beneficiarios'),
	9: meta(9, 162, null, null),
	10: meta(10, 125, null, null),
	11: meta(11, 26, null, null),
	12: meta(12, 2901, 709, 'ciudadanos con emprendimientos'),
	13: meta(13, 135.2, 193, 'ciudadanos'),
	14: meta(14, 452.1, 60, 'organizaciones solidarias'),
	15: meta(15, 178, 1649, 'ciudadanos'),
	18: meta(18, 590, 335, 'ciudadanos'),
	19: meta(19, 1003, 664, 'ciudadanos con planes de negocio'),
	20: meta(20, 2043, null, null)
};
const pick = (...ns: number[]) => ns.map((n) => M[n]);
const more = (value: number) => ({ value, lowerBound: true });

describe('compare', () => {
	it.each([
		// [sum, figure, lowerBound, difference, differencePct, verdict]
		[100, 100, false, 0, 0, 'coincide'],
		[100.5, 100, true, 0.5, 0.5, 'coincide'], // above «más de 100» by 0,5 %
		[101, 100, true, 1, 1, 'coincide'], // exactly the tolerance
		[99.5, 100, true, -0.5, -0.5, 'casi'], // below «más de»
		[100.5, 100, false, 0.5, 0.5, 'casi'], // not exact
		[130, 100, true, 30, 30, 'mayor'], // a 30 % gap is never a match, «más de» or not
		[70, 100, true, -30, -30, 'menor']
	] as const)('%d against %d (más de: %s)', (sum, value, lowerBound, difference, pct, verdict) => {
		const c = compare(sum, { value, lowerBound });
		expect(c).toMatchObject({ reported: value, lowerBound, sum, difference, verdict });
		expect(c.differencePct).toBeCloseTo(pct, 10);
	});

	it('adds in whole cents, without floating-point noise', () => {
		// 0,1 + 0,2 = 0,3 exactly, not 0,30000000000000004
		expect(compare(0.1 + 0.2, { value: 0.3, lowerBound: false })).toMatchObject({
			sum: 0.3,
			difference: 0,
			verdict: 'coincide'
		});
	});
});

describe('unitCore / sameUnit', () => {
	it.each([
		['ciudadanos con planes de negocio', 'ciudadanos'],
		['Ciudadanos con emprendimientos', 'Ciudadanos'],
		['unidades económicas y MIPYMES', 'unidades económicas y MIPYMES'],
		['organizaciones solidarias', 'organizaciones solidarias']
	])('%s -> %s', (unit, core) => expect(unitCore(unit)).toBe(core));

	it.each([
		['ciudadanos', 'Ciudadanos con emprendimientos', true],
		['unidades economicas y mipymes', 'unidades económicas y MIPYMES', true],
		['empresarios', 'ciudadanos', false],
		['unidades económicas y MIPYMES', 'personas', false],
		['unidades económicas y MIPYMES', 'unidades productivas', false]
	])('%s vs %s: %s', (a, b, same) => expect(sameUnit(a, b)).toBe(same));
});

describe('reconcile: the four totals of the introduction', () => {
	it('internacionalización: metas 1-5 add $ 3.338,29 millones, 53,1 % above «superior a $2.181»; people not comparable', () => {
		// 776 + 601,4 + 99,2 + 703 + 1.158,69 = 3.338,29; 3.338,29 − 2.181 = 1.157,29; 1.157,29 / 2.181 = 53,06 %
		const r = reconcile(
			{ investment: more(2181), beneficiaries: { ...more(700), unit: 'empresarios' } },
			pick(1, 2, 3, 4, 5)
		);
		expect(r.metas).toEqual([1, 2, 3, 4, 5]);
		expect(r.investment).toMatchObject({ sum: 3338.29, difference: 1157.29, verdict: 'mayor' });
		expect(r.investment.differencePct).toBeCloseTo(53.0623, 3);
		// 179 + 89 + 442 = 710 ciudadanos and 81 empresarios: not the report's «700 empresarios».
		expect(r.beneficiaries.comparison).toBeNull();
		expect(r.beneficiaries.byUnit).toEqual([
			{ unit: 'ciudadanos', metas: [1, 2, 5], count: 710 },
			{ unit: 'empresarios', metas: [4], count: 81 }
		]);
		expect(r.beneficiaries.withoutCount).toEqual([3]);
		expect(r.beneficiaries.notComparable).toBe(
			'el informe cuenta empresarios; las metas 1, 2 y 5 cuentan ciudadanos'
		);
	});

	it('productividad: metas 6-9 add $ 13.842,4 millones, $ 0,6 millones below «supera los $13.843»', () => {
		// 385 + 323,4 + 12.972 + 162 = 13.842,4; 13.842,4 − 13.843 = −0,6; −0,6 / 13.843 = −0,0043 %
		const r = reconcile(
			{ investment: more(13843), beneficiaries: { ...more(750), unit: 'unidades económicas y MIPYMES' } },
			pick(6, 7, 8, 9)
		);
		expect(r.investment).toMatchObject({ sum: 13842.4, difference: -0.6, verdict: 'casi' });
		expect(r.investment.differencePct).toBeCloseTo(-0.004334, 5);
		expect(r.beneficiaries.comparison).toBeNull();
		expect(r.beneficiaries.notComparable).toBe(
			'el informe cuenta unidades económicas y MIPYMES; la meta 6 cuenta personas; la meta 7 cuenta empresarios; la meta 8 cuenta beneficiarios'
		);
	});

	it('gestión: metas 10-15 add $ 3.817,3 millones, 286 % above «supera los $988»; organisations make people not comparable', () => {
		// 125 + 26 + 2.901 + 135,2 + 452,1 + 178 = 3.817,3; 3.817,3 − 988 = 2.829,3; 2.829,3 / 988 = 286,37 %
		const r = reconcile(
			{ investment: more(988), beneficiaries: { ...more(2500), unit: 'ciudadanos' } },
			pick(10, 11, 12, 13, 14, 15)
		);
		expect(r.investment).toMatchObject({ sum: 3817.3, difference: 2829.3, verdict: 'mayor' });
		expect(r.investment.differencePct).toBeCloseTo(286.366, 2);
		// 709 + 193 + 1.649 = 2.551 ciudadanos, and 60 organizaciones solidarias apart.
		expect(r.beneficiaries.byUnit).toEqual([
			{ unit: 'ciudadanos', metas: [12, 13, 15], count: 2551 },
			{ unit: 'organizaciones solidarias', metas: [14], count: 60 }
		]);
		expect(r.beneficiaries.withoutCount).toEqual([10, 11]);
		expect(r.beneficiaries.comparison).toBeNull();
		expect(r.beneficiaries.notComparable).toBe(
			'el informe cuenta ciudadanos; la meta 14 cuenta organizaciones solidarias'
		);
	});

	it('crédito: metas 18-20 add $ 3.636 millones; 999 ciudadanos, 13,1 % below «más de 1.150», meta 20 without a count', () => {
		// 590 + 1.003 + 2.043 = 3.636; +1.036; 1.036 / 2.600 = 39,85 %. People: 335 + 664 = 999; −151; −151 / 1.150 = −13,13 %
		const r = reconcile(
			{ investment: more(2600), beneficiaries: { ...more(1150), unit: 'ciudadanos' } },
			pick(18, 19, 20)
		);
		expect(r.investment).toMatchObject({ sum: 3636, difference: 1036, verdict: 'mayor' });
		expect(r.investment.differencePct).toBeCloseTo(39.846, 2);
		expect(r.beneficiaries.notComparable).toBeNull();
		expect(r.beneficiaries.comparison).toMatchObject({ sum: 999, difference: -151, verdict: 'menor' });
		expect(r.beneficiaries.comparison?.differencePct).toBeCloseTo(-13.1304, 3);
		expect(r.beneficiaries.withoutCount).toEqual([20]);
	});

	it('says why when no meta gives a count', () => {
		const r = reconcile(
			{ investment: more(1), beneficiaries: { ...more(1), unit: 'ciudadanos' } },
			pick(3, 9)
		);
		expect(r.beneficiaries).toMatchObject({
			comparison: null,
			byUnit: [],
			withoutCount: [3, 9],
			notComparable: 'ninguna de estas metas da un conteo de beneficiarios'
		});
	});

	it('does not mutate its input', () => {
		const input = pick(1, 2, 3, 4, 5);
		const copy = structuredClone(input);
		reconcile({ investment: more(2181), beneficiaries: { ...more(700), unit: 'empresarios' } }, input);
		expect(input).toEqual(copy);
	});
});

describe('words', () => {
	it.each([
		[53.0623, '+53,1 %'],
		[-13.1304, '-13,1 %'],
		[-0.004334, '-0,0043 %'],
		[0, '0 %']
	])('%d -> %s', (pct, text) => expect(formatSignedPercent(pct)).toBe(text));

	it('prints what Intl.NumberFormat prints with signDisplay exceptZero (the oracle)', () => {
		const sign = { signDisplay: 'exceptZero' } as const;
		const small = new Intl.NumberFormat('es-CO', { maximumSignificantDigits: 2, ...sign });
		const large = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1, ...sign });
		const oracle = (x: number) => `${(Math.abs(x) < 1 ? small : large).format(x)} %`;
		const values = [
			0, -0, 1, -1, 0.995, 0.9996, -0.05, 0.04, 0.0001234, 5e-9, 0.1, 0.01, 1e-3, 99.95, -0.96, 1234.56
		];
		for (let k = -9; k <= 5; k++)
			for (const m of [1, 1.05, 1.5, 2.25, 4.449, 4.45, 9.95, 9.999]) values.push(m * 10 ** k, -m * 10 ** k);
		const wrong = values.filter((x) => formatSignedPercent(x) !== oracle(x));
		expect(wrong.map((x) => [x, formatSignedPercent(x), oracle(x)])).toEqual([]);
	});

	it('never says a 30 % gap «coincide», not even under «más de»', () => {
		const text = verdictText(compare(130, more(100)));
		expect(text).toMatch(/^No coincide/);
		expect(text).not.toMatch(/^Coincide|cuadra/);
	});

	it.each([
		[compare(100.5, more(100)), false, /^Coincide: la suma supera/],
		[compare(99.5, more(100)), false, /^Casi igual, pero por debajo/],
		[compare(70, more(100)), true, /menor \(y faltan metas que no dan conteo\)$/]
	] as const)('%o', (c, incomplete, text) => expect(verdictText(c, incomplete)).toMatch(text));
});
