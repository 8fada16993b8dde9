/** What the MapLibre map needs at build time besides the screen map: from the geodata, not the edition. */
import { parseTerritory } from '../geo/index.ts';
import { municipalLabelCandidates } from '../map/geometry.ts';
import municipiosText from '../../../geodata/municipios.json?raw';

/** Label anchors and bounds for the MapLibre map. */
export function glMapData() {
	const territory = parseTerritory(municipiosText);
	return {
		labelPoints: municipalLabelCandidates(territory.municipalities),
		bounds: territory.departmentBbox
	};
}
