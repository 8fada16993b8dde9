/**
 * Colour maths against published or hand-computed values, then the palettes
 * the annex prints: every pair of legend colours stays apart in greyscale and
 * for protanopes and deuteranopes. tests/e2e/annex.e2e.ts checks the same on
 * the printed PNGs.
 */
import { describe, expect, it } from 'vitest';
import { LOCALIZACION_COLORS } from '../report/localizacion.ts';
import { palette, ZERO_COLOR } from './classify.ts';
import {
	deltaE76,
	lightness,
	luma,
	MIN_CVD_DELTA_E,
	MIN_LUMA_STEP,
	pairwise,
	parseHex,
	simulate,
	toLab,
	type Rgb
} from './vision.ts';

describe('parseHex', () => {
	it.each([
		{ hex: '#ffffcc', rgb: [255, 255, 204] },
		{ hex: '#225EA8', rgb: [34, 94, 168] }
	])('$hex', ({ hex, rgb }) => expect(parseHex(hex)).toEqual(rgb));
	it.each(['ffffff', '#fff', '#gggggg', ''])('refuses «%s»', (hex) =>
		expect(() => parseHex(hex)).toThrow(/Color no válido/)
	);
});

describe('toLab (D65), reference values of Bruce Lindbloom’s calculator', () => {
	it.each([
		{ hex: '#ffffff', lab: [100, 0, 0] },
		{ hex: '#000000', lab: [0, 0, 0] },
		{ hex: '#ff0000', lab: [53.24, 80.09, 67.2] },
		{ hex: '#808080', lab: [53.59, 0, 0] }
	])('$hex', ({ hex, lab }) => {
		const got = toLab(parseHex(hex));
		got.forEach((v, i) => expect(v).toBeCloseTo(lab[i], 1));
	});
});

describe('luma and ΔE', () => {
	it('Rec. 709 luma by hand: #ffffcc = 0.2126·255 + 0.7152·255 + 0.0722·204 = 251.32', () => {
		expect(luma(parseHex('#ffffcc'))).toBeCloseTo(251.32, 2);
	});
	it('CIE76 red to white = √(46.76² + 80.09² + 67.20²) = 114.53', () => {
		expect(deltaE76(parseHex('#ff0000'), parseHex('#ffffff'))).toBeCloseTo(114.53, 1);
	});
	it('does not mutate its input', () => {
		const c: Rgb = [10, 20, 30];
		deltaE76(c, c);
		simulate(c, 'protanopia');
		expect(c).toEqual([10, 20, 30]);
	});
});

describe('simulate (Machado et al. 2009, severity 1)', () => {
	it('keeps greys grey: every matrix row sums to 1', () => {
		for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
			const [r, g, b] = simulate([128, 128, 128], d);
			[r, g, b].forEach((v) => expect(v).toBeCloseTo(128, 0));
		}
	});
	it('protanopia of pure red, by hand: linear (0.1523, 0.1145, −0.0039) → sRGB (108.8, 95.0, 0)', () => {
		const [r, g, b] = simulate([255, 0, 0], 'protanopia');
		expect(r).toBeCloseTo(108.8, 0);
		expect(g).toBeCloseTo(95.0, 0);
		expect(b).toBe(0);
	});
	it('makes red and green hard to tell apart for a deuteranope', () => {
		const [red, green] = [parseHex('#d62728'), parseHex('#2ca02c')];
		expect(deltaE76(red, green)).toBeGreaterThan(60);
		expect(deltaE76(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(25);
	});
});

/**
 * The annex draws 5 classes (the explorer's default); 4 share its two lightest colours. With 3, 6
 * or 7 classes YlGnBu's second colour comes within 11-15 of its first and no grey fits between
 * them 20 apart: there «nombrado sin monto» is told apart by its legend label only.
 */
const palettes = {
	'mapa departamental, 5 clases + «nombrado sin monto»': [...palette(5), ZERO_COLOR],
	'mapa departamental, 4 clases + «nombrado sin monto»': [...palette(4), ZERO_COLOR],
	LOCALIZACIÓN: Object.values(LOCALIZACION_COLORS)
};

describe.each(Object.entries(palettes))('the palette of the %s', (_, colours) => {
	it(`keeps every pair ≥ ${MIN_LUMA_STEP}/255 apart in greyscale`, () => {
		const [worst] = pairwise(colours, (a, b) => Math.abs(luma(parseHex(a)) - luma(parseHex(b))));
		expect(worst.d, `${worst.a} / ${worst.b}`).toBeGreaterThanOrEqual(MIN_LUMA_STEP);
	});
	it.each(['protanopia', 'deuteranopia'] as const)(
		`keeps every pair ΔE ≥ ${MIN_CVD_DELTA_E} with %s`,
		(d) => {
			const [worst] = pairwise(colours, (a, b) =>
				deltaE76(simulate(parseHex(a), d), simulate(parseHex(b), d))
			);
			expect(worst.d, `${worst.a} / ${worst.b}`).toBeGreaterThanOrEqual(MIN_CVD_DELTA_E);
		}
	);
});

describe('lightness keeps the meaning', () => {
	it('«nombrado sin monto» is lighter than every class but the lightest; LOCALIZACIÓN runs from named (dark) to not named (white)', () => {
		const L = (h: string) => lightness(parseHex(h));
		for (const c of palette(5).slice(1)) expect(L(ZERO_COLOR)).toBeGreaterThan(L(c));
		const { localizacion, texto, departamento, ninguno } = LOCALIZACION_COLORS;
		expect([localizacion, texto, departamento, ninguno].map(L)).toEqual(
			[localizacion, texto, departamento, ninguno].map(L).sort((a, b) => a - b)
		);
	});
});
