import { getExploreData, getSvgMap } from '$lib/server/views.ts';

export function load() {
	return { explore: getExploreData(), map: getSvgMap() };
}
