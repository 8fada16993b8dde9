/** The explorer: view state in the URL, per-municipality values, subregion sums and downloads. */
export * from './state.ts';
export * from './values.ts';
export * from './compute.ts';
export {
	resultToCsv,
	encodeCsv,
	neutralise,
	formatCsvNumber,
	csvSuffix,
	CSV_ES_CO,
	CSV_INTERNACIONAL
} from './csv.ts';
export type { CsvColumn, CsvDialect } from './csv.ts';
export { formatValue, formatBreak, legendValue, referencesText } from './format.ts';
export { paintFor, describeValue, exploreScale, swatchKeyOf } from './styles.ts';
export type { MunicipalityPaint } from './styles.ts';
export { compareOptions, compareUnit } from './compare.ts';
export type { ComparedUnit } from './compare.ts';
export { subregionChoropleth, subregionScale, SUBREGION_CLASSES } from './subregions.ts';
export type { SubregionChoropleth, SubregionMeasure } from './subregions.ts';
export { compareEditions, reclassify, changePaint, pickEditions, CHANGE_STATUS_LABELS } from './editions.ts';
export type { EditionComparison, EditionView, ChangeValue, ChangeStatus } from './editions.ts';
