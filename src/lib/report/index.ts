/**
 * The report as data: schema of src/data/*.yaml, parsing with Spanish errors,
 * and the verbatim-quote rules that tie every figure to the report text.
 */
export * from './schema.ts';
export {
	parseEdition,
	parseMetas,
	parseReportInfo,
	parsePlaceDecisions,
	DataError,
	describeIssues
} from './load.ts';
export { normaliseReportText, metaBlocks, mentions, positionsOf, wordPositions } from './quotes.ts';
export type { MetaBlock } from './quotes.ts';
