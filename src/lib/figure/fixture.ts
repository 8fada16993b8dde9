/**
 * The committed edition and geodata as the figure tests read them in Node:
 * the dataset, the territory, the full-detail geometry with subregion outlines
 * and the municipal label anchors. Imported by tests only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { readSources } from '../../../scripts/data/sources.ts';
import { buildDataset } from '../dataset/index.ts';
import { parseTerritory, subregionOf } from '../geo/index.ts';
import { municipalLabelCandidates, territoryFromTopology } from '../map/geometry.ts';

const root = resolve(import.meta.dirname, '../../..');

export function figureFixture() {
	const dataset = buildDataset(readSources());
	const territory = parseTerritory(readFileSync(resolve(root, 'geodata/municipios.json'), 'utf8'));
	const geo = territoryFromTopology(
		JSON.parse(readFileSync(resolve(root, 'geodata/norte-de-santander.topo.json'), 'utf8')) as Topology,
		subregionOf(territory.municipalities)
	);
	return { dataset, territory, geo, labels: municipalLabelCandidates(territory.municipalities) };
}
