import { error } from '@sveltejs/kit';
import { datasetOf, editionEntries } from '$lib/server/dataset.ts';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	editionEntries((d) => d.metas.map((m) => ({ numero: String(m.number) })));

export function load({ params }) {
	const d = datasetOf(params.edicion);
	const meta = d.metas.find((m) => String(m.number) === params.numero);
	if (!meta) {
		error(
			404,
			d.missingMetas.includes(Number(params.numero))
				? `La meta ${params.numero} no está en el informe`
				: 'No existe esa meta'
		);
	}
	const named = [...new Set(meta.places.filter((p) => p.divipola).map((p) => p.divipola as string))];
	const names = Object.fromEntries(d.municipalities.map((m) => [m.divipola, m.shortName]));
	return {
		meta,
		names,
		named,
		others: d.metas.map((m) => ({ number: m.number, title: m.title }))
	};
}
