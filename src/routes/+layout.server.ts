import { getDataset } from '$lib/server/dataset.ts';

/** The site's identity on every page: the edition's descriptor and the territory, never code. */
export function load() {
	const { edition, department, populationSource } = getDataset();
	return {
		site: {
			shortTitle: edition.shortTitle,
			entity: edition.entity,
			department: department.name,
			source: edition.source,
			origin: edition.origin,
			populationSource
		}
	};
}
