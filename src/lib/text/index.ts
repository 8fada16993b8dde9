/** Text helpers shared by every concern: accent folding and es-CO numbers. */
export { fold, foldKeepingLength, slug } from './fold.ts';
export {
	parseEsCoNumber,
	numbersIn,
	formatNumber,
	formatMillions,
	formatPercent,
	listEs
} from './numbers.ts';
export { calendarDay, isoDate, spanishDate } from './dates.ts';
