/**
 * Choropleth classes: the methods and counts a reader can choose and the
 * palette. The breaks themselves are breaks.ts (with the statistics library),
 * which pages load only when they compute a view.
 */
import { YL_GN_BU } from './schemes.ts';

export * from './ranges.ts';
export * from './colors.ts';

export type ClassMethod = 'jenks' | 'quantile' | 'equal';
export const CLASS_METHODS: readonly ClassMethod[] = ['jenks', 'quantile', 'equal'];
export const CLASS_METHOD_LABELS: Record<ClassMethod, string> = {
	jenks: 'Cortes naturales (ckmeans)',
	quantile: 'Cuantiles',
	equal: 'Intervalos iguales'
};
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

/** A colour-blind-safe sequential palette (ColorBrewer YlGnBu) of `n` colours. */
export function palette(n: number): string[] {
	if (n <= 0) return [];
	const scheme = YL_GN_BU[Math.max(3, Math.min(9, n))];
	// For 1-2 classes take the darker end so the lightest yellow never stands alone.
	return n >= 3 ? [...scheme] : scheme.slice(3 - n);
}
