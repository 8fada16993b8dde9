/** The published dataset: report metas joined to municipalities (JSON download and `npm run data:json`). */
export { buildDataset, missingQuotes } from './build.ts';
export { figuresOf, toExploreData, type ExploreData, type ExploreMeta } from './explore.ts';
export type {
	Dataset,
	SourceTexts,
	PublishedMeta,
	PublishedPlace,
	PublishedMunicipality,
	NarrativeCheck,
	MissingQuote
} from './build.ts';
