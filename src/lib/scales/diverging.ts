/**
 * Classes for a signed change (one edition against another): the same number
 * of classes on each side of zero, with symmetric boundaries so that a fall
 * and a rise of the same size get the same depth of colour, and zero as a
 * class of its own («sin cambio»). ColorBrewer PuOr: colour-blind safe.
 */
import { PU_OR } from './schemes-diverging.ts';
import { classify } from './breaks.ts';

export interface DivergingClasses {
	/** Ascending magnitudes b0 < … < bk bounding each side's classes (positive numbers). */
	magnitudes: number[];
	/** Colours from the largest fall to the largest rise; the middle one is «sin cambio». */
	colors: string[];
}

export const MAX_SIDE_CLASSES = 5;

/**
 * Side boundaries from the quantiles of the non-zero magnitudes, at most
 * `perSide` classes a side (fewer with fewer distinct magnitudes). Does not
 * mutate `values`; non-finite values are ignored.
 */
export function divergingClasses(values: readonly number[], perSide = 3): DivergingClasses {
	const side = Math.max(1, Math.min(MAX_SIDE_CLASSES, Math.floor(perSide)));
	const magnitudes = values.filter((v) => Number.isFinite(v) && v !== 0).map(Math.abs);
	if (magnitudes.length === 0) return { magnitudes: [], colors: [NO_CHANGE_COLOR] };
	const breaks = classify(magnitudes, 'quantile', side);
	const k = Math.max(1, breaks.length - 1);
	// PuOr[n] runs purple → orange; reversed, falls are orange and rises purple.
	const scheme = [...(PU_OR[2 * k + 1] ?? PU_OR[3])].reverse();
	return { magnitudes: breaks, colors: scheme };
}

/** «Sin cambio»: the neutral middle of the palette. */
export const NO_CHANGE_COLOR = '#f7f7f7';

/**
 * The class of a change: −k…−1 for falls (−k the largest), 0 for no change,
 * 1…k for rises. Values beyond the outer boundary clamp to the outer class.
 */
export function divergingIndex(value: number, c: DivergingClasses): number {
	if (value === 0 || c.magnitudes.length === 0) return 0;
	const k = c.magnitudes.length - 1;
	const m = Math.abs(value);
	let i = 1;
	while (i < k && m >= c.magnitudes[i]) i++;
	return Math.sign(value) * i;
}

/** The colour of a change under its classes. */
export function divergingColor(value: number, c: DivergingClasses): string {
	const k = (c.colors.length - 1) / 2;
	return c.colors[k + divergingIndex(value, c)] ?? NO_CHANGE_COLOR;
}
