import { datasetOf, editionEntries } from '$lib/server/dataset.ts';
import { getExploreData } from '$lib/server/views.ts';

export const entries = () => editionEntries();

export function load({ params }) {
	return { explore: getExploreData(datasetOf(params.edicion)) };
}
