/**
 * Colour maths for checking a palette in print and for colour-blind readers:
 * sRGB ↔ linear light, Rec. 709 luma (what a greyscale printer or photocopy
 * keeps), CIE L*a*b* (D65) and CIE76 ΔE, and the Machado, Oliveira & Fernandes
 * (2009) simulation of protanopia, deuteranopia and tritanopia at severity 1.
 * Pure; see vision.test.ts for the published values it reproduces.
 */
export type Rgb = readonly [number, number, number];

/** "#rrggbb" → [r, g, b] in 0-255. */
export function parseHex(hex: string): Rgb {
	const m = /^#([0-9a-f]{6})$/i.exec(hex);
	if (!m) throw new Error(`Color no válido: «${hex}» (se esperaba #rrggbb)`);
	const n = parseInt(m[1], 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** sRGB component 0-255 → linear light 0-1 (IEC 61966-2-1). */
export const toLinear = (c: number) => {
	const v = c / 255;
	return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
/** Linear light 0-1 → sRGB component 0-255 (not rounded; clamped). */
export const fromLinear = (v: number) => {
	const c = Math.min(1, Math.max(0, v));
	return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** Rec. 709 luma Y′ on the gamma-encoded components, 0-255: the grey a greyscale conversion prints. */
export const luma = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

const D65 = [0.95047, 1, 1.08883] as const;
const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);

/** sRGB (0-255) → CIE L*a*b* under D65. */
export function toLab(rgb: Rgb): [number, number, number] {
	const [r, g, b] = rgb.map(toLinear);
	const x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
	const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
	const z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b;
	const [fx, fy, fz] = [f(x / D65[0]), f(y / D65[1]), f(z / D65[2])];
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE L* (0-100) of an sRGB colour: its lightness, all a grey version keeps. */
export const lightness = (rgb: Rgb) => toLab(rgb)[0];

/** CIE76 colour difference ΔE*ab. */
export function deltaE76(a: Rgb, b: Rgb): number {
	const [l1, a1, b1] = toLab(a);
	const [l2, a2, b2] = toLab(b);
	return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

/**
 * Machado et al. 2009, "A Physiologically-based Model for Simulation of Color
 * Vision Deficiency", IEEE TVCG 15(6), table of matrices, severity 1.0; applied
 * to linear RGB.
 */
export const MACHADO_2009: Record<Deficiency, readonly (readonly [number, number, number])[]> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

/** How a colour looks with the deficiency (sRGB 0-255, not rounded). */
export function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
	const lin = rgb.map(toLinear);
	const m = MACHADO_2009[deficiency];
	const out = m.map((row) => row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]).map(fromLinear);
	return [out[0], out[1], out[2]];
}

/** Every unordered pair of a list, with the measure between them, smallest first. */
export function pairwise<T>(
	items: readonly T[],
	measure: (a: T, b: T) => number
): { a: T; b: T; d: number }[] {
	const out: { a: T; b: T; d: number }[] = [];
	for (let i = 0; i < items.length; i++)
		for (let j = i + 1; j < items.length; j++)
			out.push({ a: items[i], b: items[j], d: measure(items[i], items[j]) });
	return out.sort((x, y) => x.d - y.d);
}

/**
 * Thresholds the palettes are held to (vision.test.ts, tests/e2e/annex.e2e.ts).
 * Greyscale: Rec. 709 luma at least 20/255 apart. The 5 classes of YlGnBu are 45-58 apart; an extra swatch between its two lightest classes (251
 * and 203) can be at most ~24 from both, so 20 is what a grey «sin monto» can
 * keep, and still ~8 % of the scale, visible on an office laser print. Colour
 * blindness: CIE76 ΔE ≥ 10, four times the just-noticeable 2.3.
 */
export const MIN_LUMA_STEP = 20;
export const MIN_CVD_DELTA_E = 10;
