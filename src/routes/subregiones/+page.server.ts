import { getExploreData } from '$lib/server/views.ts';

export function load() {
	return { explore: getExploreData() };
}
