import { pageMap } from '$lib/server/map.ts';
import { toExploreData } from '$lib/dataset/index.ts';
import { editions } from '$lib/server/dataset.ts';

/** Every edition's explorer data, newest first: the page compares any two. */
export function load() {
	return {
		map: pageMap(),
		compared: editions().map((e) => ({ id: e.id, label: e.label, data: toExploreData(e.dataset()) }))
	};
}
