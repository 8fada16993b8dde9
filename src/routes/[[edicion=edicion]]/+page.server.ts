import { getExploreData, getGlMapData } from '$lib/server/views.ts';
import { datasetOf, editionEntries } from '$lib/server/dataset.ts';

export const entries = () => editionEntries();

export function load({ params }) {
	const d = datasetOf(params.edicion);
	return {
		explore: getExploreData(d),
		gl: getGlMapData(),
		metaTitles: d.metas.map((m) => ({ number: m.number, title: m.title }))
	};
}
