import { getExploreData, getGlMapData } from '$lib/server/views.ts';
import { getDataset } from '$lib/server/dataset.ts';

export function load() {
	const d = getDataset();
	return {
		explore: getExploreData(),
		gl: getGlMapData(),
		metaTitles: d.metas.map((m) => ({ number: m.number, title: m.title }))
	};
}
