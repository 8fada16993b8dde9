/** What the explorer pages need at build time besides the screen map. */
import { toExploreData, type Dataset } from '../dataset/index.ts';
import { parseTerritory } from '../geo/index.ts';
import { municipalLabelCandidates } from '../map/geometry.ts';
import municipiosText from '../../../geodata/municipios.json?raw';

export function getExploreData(d: Dataset) {
	return toExploreData(d);
}

/** Label anchors and bounds for the MapLibre map. */
export function getGlMapData() {
	const territory = parseTerritory(municipiosText);
	return {
		labelPoints: municipalLabelCandidates(territory.municipalities),
		bounds: territory.departmentBbox
	};
}
