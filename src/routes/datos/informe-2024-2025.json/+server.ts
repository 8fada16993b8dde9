import { json } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset.ts';

export const prerender = true;

export function GET() {
	return json(getDataset());
}
