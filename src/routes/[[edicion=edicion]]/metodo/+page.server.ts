import { datasetOf, editionEntries } from '$lib/server/dataset.ts';
import { methodView } from '$lib/views/index.ts';

export const entries = () => editionEntries();

export function load({ params }) {
	return methodView(datasetOf(params.edicion));
}
