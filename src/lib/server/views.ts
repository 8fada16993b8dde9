/**
 * What pages need at build time: the territory's geometry, the prerendered
 * SVG map with its labels, and the lean data the explorer recomputes from.
 */
import topoText from '../../../geodata/norte-de-santander.topo.json?raw';
import type { Topology } from 'topojson-specification';
import { getDataset } from './dataset.ts';
import { toExploreData } from '../dataset/index.ts';
import {
	fitProjection,
	placeLabels,
	svgMapGeometry,
	territoryFromTopology,
	type SvgLabel,
	type SvgMapGeometry,
	type TerritoryGeo
} from '../map/index.ts';
import { parseTerritory } from '../geo/index.ts';
import municipiosText from '../../../geodata/municipios.json?raw';

let geo: TerritoryGeo | undefined;
export function getGeo(): TerritoryGeo {
	geo ??= territoryFromTopology(JSON.parse(topoText) as Topology);
	return geo;
}

/** The map frame used on screen (portrait, like the department). */
export const SCREEN_MAP = { width: 560, height: 720, padding: 14 };

const svgCache = new Map<string, { geometry: SvgMapGeometry; labels: SvgLabel[] }>();

/** Projected SVG map and collision-free labels; `always` labels are placed first. */
export function getSvgMap(always: readonly string[] = []): { geometry: SvgMapGeometry; labels: SvgLabel[] } {
	const key = always.join(',');
	const hit = svgCache.get(key);
	if (hit) return hit;
	const g = getGeo();
	const territory = parseTerritory(municipiosText);
	const projection = fitProjection(g, SCREEN_MAP);
	const labels = placeLabels(
		territory.municipalities.map((m) => ({
			divipola: m.divipola,
			text: m.shortName,
			lonLat: m.label,
			priority: m.areaKm2
		})),
		(p) => projection(p) as [number, number] | null,
		10.5,
		always
	);
	const out = { geometry: svgMapGeometry(g, SCREEN_MAP), labels };
	svgCache.set(key, out);
	return out;
}

export function getExploreData() {
	return toExploreData(getDataset());
}

/** Label anchors and bounds for the MapLibre map. */
export function getGlMapData() {
	const territory = parseTerritory(municipiosText);
	return {
		labelPoints: territory.municipalities.map((m) => ({
			divipola: m.divipola,
			name: m.shortName,
			lonLat: m.label,
			priority: m.areaKm2
		})),
		bounds: territory.departmentBbox
	};
}
