import { error, json } from '@sveltejs/kit';
import { dataFileName, parseDataFileName } from '$lib/dataset/files.ts';
import { CSV_ES_CO, CSV_INTERNACIONAL } from '$lib/explore/csv.ts';
import { editions, getDataset } from '$lib/server/dataset.ts';
import { metasCsv } from '$lib/server/metas-csv.ts';
import type { EntryGenerator } from './$types';

export const prerender = true;

// Every edition's three files: the whole dataset (JSON) and the /metas table as CSV.
export const entries: EntryGenerator = () =>
	editions().flatMap((e) =>
		(['json', 'csv', 'csv-internacional'] as const).map((kind) => ({ archivo: dataFileName(e.id, kind) }))
	);

export function GET({ params }) {
	const file = parseDataFileName(
		params.archivo,
		editions().map((e) => e.id)
	);
	if (!file) error(404, `No hay ningún archivo «${params.archivo}»`);
	const d = getDataset(file.editionId);
	if (file.kind === 'json') return json(d);
	// es-CO for Excel or LibreOffice in Spanish («;», decimal comma); the other for programs.
	const dialect = file.kind === 'csv' ? CSV_ES_CO : CSV_INTERNACIONAL;
	return new Response(metasCsv(d, dialect), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
