import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset.ts';
import { municipalityView } from '$lib/server/municipality.ts';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	getDataset().municipalities.map((m) => ({ divipola: m.divipola }));

export function load({ params }) {
	const exists = getDataset().municipalities.some((m) => m.divipola === params.divipola);
	if (!exists)
		error(404, `No existe un municipio de ${getDataset().department.name} con ese código DIVIPOLA`);
	return { view: municipalityView(params.divipola) };
}
