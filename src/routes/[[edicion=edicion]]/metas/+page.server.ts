import { datasetOf, editionEntries } from '$lib/server/dataset.ts';
import { metasView } from '$lib/views/index.ts';

export const entries = () => editionEntries();

export function load({ params }) {
	return metasView(datasetOf(params.edicion));
}
