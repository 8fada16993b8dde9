/** Text helpers shared by every concern: accent folding, near-miss suggestions and es-CO numbers. */
export { compareCodes, fold, foldKeepingLength, slug } from './fold.ts';
export { suggest } from './suggest.ts';
export {
	parseEsCoNumber,
	numbersIn,
	formatNumber,
	formatPlainNumber,
	formatMillions,
	formatMegabytes,
	formatPercent,
	listEs
} from './numbers.ts';
export { calendarDay, isoDate, spanishDate } from './dates.ts';
