/**
 * The screen map every page draws: the light geometry level projected into a
 * fixed frame, with collision-free labels. Runs on the server (prerendered
 * HTML) and in the browser (hydration) from the same bundled geodata, so the
 * paths are not shipped twice in each page's data.
 */
import webTopoText from '../../../geodata/norte-de-santander.web.topo.json?raw';
import municipiosText from '../../../geodata/municipios.json?raw';
import type { GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { parseTerritory, subregionOf, type Territory } from '../geo/index.ts';
import { GROUP_LABELS, mapTheme, NARROW_LABELS, type MapLabel } from './cartography.ts';
import { placeGroupLabels } from './group-labels.ts';
import { projectedGroupAreas } from './labels.ts';
import {
	municipalLabelCandidates,
	placeLabels,
	fittedMap,
	territoryFromTopology,
	type LabelCandidate,
	type SvgLabel,
	type SvgMapGeometry,
	type TerritoryGeo
} from './geometry.ts';

/** The map frame used on screen (portrait, like the department). */
export const SCREEN_MAP = { width: 560, height: 720, padding: 14 };

export interface ScreenMap {
	geometry: SvgMapGeometry;
	labels: MapLabel[];
	/** The sparser, larger labels a narrow map shows instead (`NARROW_LABELS`). */
	narrowLabels: MapLabel[];
}

/** The map a page receives: the geometry without its paths, which the sprite at `sprite` holds. */
export interface PageMap extends ScreenMap {
	sprite: string;
}

let geo: TerritoryGeo | undefined;
let territory: Territory | undefined;
let geometry: SvgMapGeometry | undefined;
// Label candidates and projection are the same for every page: built once.
let candidates: LabelCandidate[] | undefined;
let projection: GeoProjection | undefined;
const labelCache = new Map<string, { labels: SvgLabel[]; narrowLabels: SvgLabel[] }>();
let groupLabels: Omit<ScreenMap, 'geometry'> | undefined;

/** The territory's attributes bundled with the screen map: names, label points, attributions. */
export function screenTerritory(): Territory {
	territory ??= parseTerritory(municipiosText);
	return territory;
}

export function screenGeo(): TerritoryGeo {
	geo ??= territoryFromTopology(
		JSON.parse(webTopoText) as Topology,
		subregionOf(screenTerritory().municipalities)
	);
	return geo;
}

function fitted(): { geometry: SvgMapGeometry; projection: GeoProjection } {
	if (!geometry || !projection) ({ geometry, projection } = fittedMap(screenGeo(), SCREEN_MAP));
	return { geometry, projection };
}

/** Projected SVG map and collision-free labels; `always` labels are placed first. */
export function screenMap(always: readonly string[] = []): ScreenMap {
	const { geometry, projection } = fitted();
	const key = always.join(',');
	let placed = labelCache.get(key);
	if (!placed) {
		candidates ??= municipalLabelCandidates(screenTerritory().municipalities);
		const project = projection;
		const at = (size: number) =>
			placeLabels(candidates!, (p) => project(p) as [number, number] | null, size, always);
		placed = { labels: at(mapTheme('screen').label.size), narrowLabels: at(NARROW_LABELS.size) };
		labelCache.set(key, placed);
	}
	return { geometry, ...placed };
}

/**
 * The screen map labelled by group (subregion) instead of by municipality:
 * one name inside each group, wide and narrow (GROUP_LABELS), for a map drawn
 * with its group outlines.
 */
export function screenGroupMap(): ScreenMap {
	const { geometry, projection } = fitted();
	if (!groupLabels) {
		const areas = projectedGroupAreas(screenGeo(), projection);
		const at = (fontSize: number, minFontSize: number) =>
			placeGroupLabels(areas, { fontSize, minFontSize, frame: SCREEN_MAP });
		groupLabels = {
			labels: at(GROUP_LABELS.size, GROUP_LABELS.minSize),
			narrowLabels: at(GROUP_LABELS.narrowSize, GROUP_LABELS.narrowSize)
		};
	}
	return { geometry, ...groupLabels };
}
