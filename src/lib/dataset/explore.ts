/**
 * The explorer's slice of the dataset. Kept apart from build.ts so the browser
 * bundle gets these few functions without the report parser (zod, YAML).
 */
import type { Dataset, PublishedMeta, PublishedMunicipality, PublishedPlace } from './build.ts';
import type { MetaFigures } from '../allocation/index.ts';

/** What the explorer needs of a meta (the client gets this, not every quote). */
export type ExploreMeta = Pick<
	PublishedMeta,
	'number' | 'title' | 'investmentMillionCop' | 'beneficiaries' | 'scope' | 'funding'
> & { places: Pick<PublishedPlace, 'divipola' | 'evidence'>[] };

/** What the explorer needs of the dataset. */
export interface ExploreData {
	populationYear: number;
	subregions: Dataset['subregions'];
	municipalities: PublishedMunicipality[];
	metas: ExploreMeta[];
}

export function toExploreData(d: Dataset): ExploreData {
	return {
		populationYear: d.populationYear,
		subregions: d.subregions,
		municipalities: d.municipalities,
		metas: d.metas.map((m) => ({
			number: m.number,
			title: m.title,
			investmentMillionCop: m.investmentMillionCop,
			beneficiaries: m.beneficiaries,
			scope: m.scope,
			funding: m.funding,
			places: m.places.map((p) => ({ divipola: p.divipola, evidence: p.evidence }))
		}))
	};
}

/** The figures of a published meta that the allocation module needs. */
export function figuresOf(meta: ExploreMeta): MetaFigures {
	const b = meta.beneficiaries;
	return {
		number: meta.number,
		scope: meta.scope,
		investmentMillionCop: meta.investmentMillionCop,
		people: b.unitClass === 'personas' ? b.count : null,
		organisations: b.unitClass === 'organizaciones' ? b.count : null,
		places: meta.places.map((p) => ({ divipola: p.divipola, evidence: p.evidence }))
	};
}
