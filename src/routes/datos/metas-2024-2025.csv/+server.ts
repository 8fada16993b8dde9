import { CSV_ES_CO } from '$lib/explore/csv.ts';
import { getDataset } from '$lib/server/dataset.ts';
import { metasCsv } from '$lib/server/metas-csv.ts';

export const prerender = true;

// For Excel or LibreOffice in Spanish: «;» and decimal comma.
export function GET() {
	return new Response(metasCsv(getDataset(), CSV_ES_CO), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
