import { pageMap } from '$lib/server/map.ts';
import { error } from '@sveltejs/kit';
import { datasetOf, editionEntries } from '$lib/server/dataset.ts';
import { metaView } from '$lib/views/index.ts';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	editionEntries((d) => d.metas.map((m) => ({ numero: String(m.number) })));

export function load({ params }) {
	const view = metaView(datasetOf(params.edicion), params.numero);
	if (!view.found) error(404, view.message);
	const { meta, names, named, others } = view;
	return { meta, names, named, others, map: pageMap(named) };
}
