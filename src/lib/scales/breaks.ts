/**
 * Class breaks for a choropleth. Only values > 0 are classified: "no
 * alcanzado" and "alcanzado sin monto" get their own legend swatches, so a
 * municipality with no data never looks like the lowest class.
 */
import { ckmeans, equalIntervalBreaks, quantileSorted } from 'simple-statistics';
import { palette, type ClassMethod } from './classify.ts';
import type { Classes } from './ranges.ts';

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

export function buildClasses(values: readonly number[], method: ClassMethod, k: number): Classes {
	const breaks = classify(values, method, k);
	return { breaks, colors: palette(Math.max(0, breaks.length - 1)) };
}
