/**
 * Class breaks for a choropleth. Only values > 0 are classified: "no
 * alcanzado" and "alcanzado sin monto" get their own legend swatches, so a
 * municipality with no data never looks like the lowest class.
 */
import { ckmeans, equalIntervalBreaks, quantileSorted } from 'simple-statistics';
import { schemeYlGnBu } from 'd3-scale-chromatic';

export type ClassMethod = 'jenks' | 'quantile' | 'equal';
export const CLASS_METHODS: readonly ClassMethod[] = ['jenks', 'quantile', 'equal'];
export const CLASS_METHOD_LABELS: Record<ClassMethod, string> = {
	jenks: 'Cortes naturales (ckmeans)',
	quantile: 'Cuantiles',
	equal: 'Intervalos iguales'
};
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

export interface Classes {
	/** k + 1 ascending boundaries; class i is [breaks[i], breaks[i+1]), the last one closed. */
	breaks: number[];
	colors: string[];
}

/**
 * Boundaries of at most `k` classes of `values`; fewer when there are fewer
 * distinct values. Empty input gives no classes. Does not mutate `values`.
 */
export function classify(values: readonly number[], method: ClassMethod, k: number): number[] {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return [];
	const distinct = new Set(sorted).size;
	const n = Math.max(1, Math.min(k, distinct));
	if (distinct === 1) return [sorted[0], sorted[0]];
	let breaks: number[];
	if (method === 'jenks') {
		const clusters = ckmeans(sorted, n);
		breaks = [...clusters.map((c) => c[0]), sorted[sorted.length - 1]];
	} else if (method === 'quantile') {
		breaks = Array.from({ length: n + 1 }, (_, i) => quantileSorted(sorted, i / n));
	} else {
		breaks = equalIntervalBreaks(sorted, n);
	}
	// Drop interior repeats (empty classes); keep the end so a top class of one value survives.
	return breaks.filter((b, i) => i === 0 || i === breaks.length - 1 || b !== breaks[i - 1]);
}

/** Index of the class holding `value` (values outside clamp to the ends). */
export function classIndex(value: number, breaks: readonly number[]): number {
	const last = breaks.length - 2;
	for (let i = 0; i < last; i++) if (value < breaks[i + 1]) return i;
	return Math.max(0, last);
}

export interface ClassRange {
	/** Smallest and largest value that falls in the class; null when the class is empty. */
	min: number | null;
	max: number | null;
	count: number;
	/** The class's boundaries [from, to): what an empty class still says about the scale. */
	from: number;
	to: number;
}

/**
 * The values actually in each class. Legends print these ranges, so a reader
 * never has to guess whether a boundary belongs to the class above or below.
 */
export function classRanges(values: readonly number[], classes: Classes): ClassRange[] {
	const out: ClassRange[] = classes.colors.map((_, i) => ({
		min: null,
		max: null,
		count: 0,
		from: classes.breaks[i],
		to: classes.breaks[i + 1]
	}));
	for (const v of values) {
		const r = out[classIndex(v, classes.breaks)];
		if (!r) continue;
		r.min = r.min === null ? v : Math.min(r.min, v);
		r.max = r.max === null ? v : Math.max(r.max, v);
		r.count++;
	}
	return out;
}

/**
 * "a – b", or "a" when the class holds one value. An empty class (equal
 * intervals leave gaps) names its interval, so the legend still reads as a scale.
 */
export function rangeLabel(r: ClassRange, format: (v: number) => string): string {
	if (r.min === null || r.max === null) return `${format(r.from)} – ${format(r.to)}: ningún municipio`;
	return r.min === r.max ? format(r.min) : `${format(r.min)} – ${format(r.max)}`;
}

/** A colour-blind-safe sequential palette (ColorBrewer YlGnBu) of `n` colours. */
export function palette(n: number): string[] {
	if (n <= 0) return [];
	const scheme = schemeYlGnBu[Math.max(3, Math.min(9, n))] as readonly string[];
	// For 1-2 classes take the darker end so the lightest yellow never stands alone.
	return n >= 3 ? [...scheme] : scheme.slice(3 - n);
}

export function buildClasses(values: readonly number[], method: ClassMethod, k: number): Classes {
	const breaks = classify(values, method, k);
	return { breaks, colors: palette(Math.max(0, breaks.length - 1)) };
}

/** Colours of the two non-class swatches, shared by every renderer. */
export const NO_REACH_COLOR = '#ffffff';
export const NO_REACH_HATCH = '#8a949c';
export const ZERO_COLOR = '#e6e6e6';
