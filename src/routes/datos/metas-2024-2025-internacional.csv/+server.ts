import { CSV_INTERNACIONAL } from '$lib/explore/csv.ts';
import { getDataset } from '$lib/server/dataset.ts';
import { metasCsv } from '$lib/server/metas-csv.ts';

export const prerender = true;

// For programs: «,» and decimal point.
export function GET() {
	return new Response(metasCsv(getDataset(), CSV_INTERNACIONAL), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
