/**
 * The labels of a print figure: every municipality the figure must name on
 * its own polygon, the rest where they fit. Subregion figures label groups,
 * not municipalities, so their names only avoid each other.
 */
import type { GeoProjection } from 'd3-geo';
import type { MapLabel, MapTheme } from '../map/cartography.ts';
import { placeLabels, type LabelCandidate, type TerritoryGeo } from '../map/geometry.ts';
import type { FigureSpec } from './spec.ts';

export interface LabelKeyEntry {
	/** The number drawn inside the municipality. */
	n: number;
	divipola: string;
	text: string;
	x: number;
	y: number;
	size: number;
}

export function figureLabels(
	_geo: TerritoryGeo,
	projection: GeoProjection,
	spec: FigureSpec,
	_frame: { width: number; height: number },
	candidates: LabelCandidate[],
	t: MapTheme
): { labels: MapLabel[]; key: LabelKeyEntry[] } {
	const labels = placeLabels(
		spec.labels ?? candidates,
		(p) => projection(p) as [number, number] | null,
		t.label.size,
		spec.labelFirst
	);
	return { labels, key: [] };
}
