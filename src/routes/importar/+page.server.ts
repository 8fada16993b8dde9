import { screenTerritory } from '$lib/map/screen.ts';
import { pageMap } from '$lib/server/map.ts';
import { glMapData } from '$lib/views/index.ts';

/** Only the map's anchors: the data the page shows comes from the file the user picks. */
export function load() {
	return { gl: glMapData(), map: pageMap(), credit: screenTerritory().cartographyCredit };
}
