import { getDataset } from '$lib/server/dataset.ts';

/** The site's identity on every page: the edition's descriptor and the territory, never code. */
export function load() {
	const d = getDataset();
	const { edition, department } = d;
	return {
		site: {
			shortTitle: edition.shortTitle,
			entity: edition.entity,
			period: edition.period,
			source: edition.source,
			origin: edition.origin,
			populationYear: edition.populationYear,
			department: department.name,
			municipalityCount: d.municipalities.length,
			subregionCount: d.subregions.length,
			populationSource: d.populationSource,
			cartographySource: d.cartographySource,
			cartographyCredit: d.cartographyCredit,
			subregionsNote: d.subregionsNote
		}
	};
}
