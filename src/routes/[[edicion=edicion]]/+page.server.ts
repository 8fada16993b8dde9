import { pageMap } from '$lib/server/map.ts';
import { datasetOf, editionEntries } from '$lib/server/dataset.ts';
import { glMapData, homeView } from '$lib/views/index.ts';

export const entries = () => editionEntries();

export function load({ params }) {
	return { ...homeView(datasetOf(params.edicion)), gl: glMapData(), map: pageMap() };
}
