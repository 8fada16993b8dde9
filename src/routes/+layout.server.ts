import { dataFileName } from '$lib/dataset/files.ts';
import { editions, findEdition } from '$lib/server/dataset.ts';

/**
 * The site's identity on every page: the descriptor of the edition the URL
 * names (the newest when it names none) and the territory, never code; and
 * the editions there are, for the header's switcher.
 */
export function load({ params }) {
	const all = editions();
	// An unknown id is the page's 404 to give; the layout around it names the newest.
	const entry = findEdition(params.edicion) ?? all[0];
	const d = entry.dataset();
	const { edition, department } = d;
	return {
		site: {
			id: edition.id,
			label: edition.period.label,
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
			subregionsNote: d.subregionsNote,
			/** Its downloads' names under /datos/ (named here, so no page loads code for three strings). */
			files: {
				json: dataFileName(edition.id, 'json'),
				csv: dataFileName(edition.id, 'csv'),
				csvInternacional: dataFileName(edition.id, 'csv-internacional')
			},
			/** Whether this is the newest edition (the one at the site's root). */
			newest: entry === all[0],
			/** Whether the URL names the edition (/2024-2025/…) rather than showing the newest at the root. */
			inUrl: params.edicion !== undefined
		},
		editions: all.map((e) => ({ id: e.id, label: e.label }))
	};
}
