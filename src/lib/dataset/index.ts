/** The published dataset: report metas joined to municipalities (JSON download and `npm run data:json`). */
export { buildDataset, figuresOf, toExploreData } from './build.ts';
export type {
	Dataset,
	SourceTexts,
	PublishedMeta,
	PublishedPlace,
	PublishedMunicipality,
	NarrativeCheck,
	ExploreData,
	ExploreMeta
} from './build.ts';
