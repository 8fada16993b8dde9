/** The published dataset: report metas joined to municipalities (JSON download and `npm run data:json`). */
export { buildDataset, cachedDatasetBuilder, missingQuotes } from './build.ts';
export { figuresOf, toExploreData, type ExploreData, type ExploreMeta } from './explore.ts';
export type {
	Dataset,
	SourceTexts,
	PublishedMeta,
	PublishedPlace,
	PublishedMunicipality,
	PublishedNote,
	NarrativeCheck,
	MissingQuote
} from './build.ts';
export {
	reconcile,
	compare,
	unitCore,
	sameUnit,
	formatSignedPercent,
	verdictText,
	TOLERANCE_PCT
} from './reconcile.ts';
export type {
	Reconciliation,
	Comparison,
	CountReconciliation,
	UnitGroup,
	Verdict,
	CandidateMeta,
	NarrativeFigure
} from './reconcile.ts';
