import { subregionPageMap } from '$lib/server/map.ts';
import { datasetOf, editionEntries } from '$lib/server/dataset.ts';
import { subregionsView } from '$lib/views/index.ts';

export const entries = () => editionEntries();

export function load({ params }) {
	return { ...subregionsView(datasetOf(params.edicion)), map: subregionPageMap() };
}
