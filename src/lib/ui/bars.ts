/**
 * Bars that stand for a value beside its figure in a table. The figure is
 * written on its own line above the bar, so the two never meet; what is left
 * to decide is the bar's CSS width, which must stay within its track whatever
 * the value: nothing for zero (or a value that is not a number), at least
 * 2 px for a positive value too small to see, the whole track for the maximum.
 */

/** The smallest bar a positive value gets, in CSS px. */
export const MIN_BAR_PX = 2;

/** The share of the track `value` fills, 0 to 1, with `max` the longest bar. */
export function barShare(value: number, max: number): number {
	if (!Number.isFinite(value) || !Number.isFinite(max) || value <= 0 || max <= 0) return 0;
	return Math.min(1, value / max);
}

/** The bar's CSS width: `0` for nothing, otherwise its share of the track but never under MIN_BAR_PX. */
export function barWidth(value: number, max: number): string {
	const share = barShare(value, max);
	return share ? `max(${MIN_BAR_PX}px, ${+(share * 100).toFixed(3)}%)` : '0';
}
