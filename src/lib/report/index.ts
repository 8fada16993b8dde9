/**
 * The report as data: schema of src/data/*.yaml, strict reading and parsing
 * with Spanish errors at the line,
 * and the verbatim-quote rules that tie every figure to the report text.
 */
export * from './schema.ts';
export {
	parseEdition,
	loadEdition,
	parseMetas,
	parseReportInfo,
	parsePlaceDecisions,
	loadMetas,
	loadReportInfo,
	loadPlaceDecisions,
	DataError
} from './load.ts';
export type { DataProblem, Loaded, SourceInput } from './load.ts';
export { decodeSource, readYaml, LIMITS, END_MARK } from './source.ts';
export type { SourceDoc, Position } from './source.ts';
export { normaliseReportText, metaBlocks, mentions, positionsOf, wordPositions } from './quotes.ts';
export type { MetaBlock } from './quotes.ts';
export { newestFirst } from './order.ts';
export type { EditionKey } from './order.ts';
