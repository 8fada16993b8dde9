import { pageMap } from '$lib/server/map.ts';
import { screenTerritory } from '$lib/map/screen.ts';
import { error } from '@sveltejs/kit';
import { datasetOf, editionEntries } from '$lib/server/dataset.ts';
import { municipalityView } from '$lib/views/index.ts';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	editionEntries((d) => d.municipalities.map((m) => ({ divipola: m.divipola })));

export function load({ params }) {
	const d = datasetOf(params.edicion);
	const exists = d.municipalities.some((m) => m.divipola === params.divipola);
	if (!exists) error(404, `No existe un municipio de ${d.department.name} con ese código DIVIPOLA`);
	return {
		view: municipalityView(d, params.divipola),
		map: pageMap([params.divipola]),
		names: Object.fromEntries(screenTerritory().municipalities.map((m) => [m.divipola, m.shortName]))
	};
}
