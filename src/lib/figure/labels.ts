/**
 * The labels of a print figure. Municipal labels follow the print rules of
 * map/labels.ts: every municipality the figure must name gets a label on its
 * own polygon, a leader line, or a number listed in a key drawn inside the
 * map's bottom-right corner; no label sits on another municipality's fill.
 * Subregion figures label groups, not municipalities: their names only avoid
 * each other.
 */
import type { GeoProjection } from 'd3-geo';
import type { MapLabel, MapTheme } from '../map/cartography.ts';
import { placeLabels, type LabelCandidate, type TerritoryGeo } from '../map/geometry.ts';
import { placePrintLabels, projectedAreas, type Box } from '../map/labels.ts';
import { keyBoxFor, type LabelKeyEntry } from './key.ts';
import type { FigureSpec } from './spec.ts';

export interface FigureLabels {
	labels: MapLabel[];
	key: LabelKeyEntry[];
	/** The key's box (x0, y0, x1, y1) in map coordinates, when there is a key. */
	keyBox: Box | null;
}

export function figureLabels(
	geo: TerritoryGeo,
	projection: GeoProjection,
	spec: FigureSpec,
	frame: { width: number; height: number },
	candidates: LabelCandidate[],
	t: MapTheme,
	obstacles: Box[]
): FigureLabels {
	const project = (p: [number, number]) => projection(p) as [number, number] | null;
	if (spec.labels) {
		return {
			labels: placeLabels(spec.labels, project, t.label.size, spec.labelFirst),
			key: [],
			keyBox: null
		};
	}
	const emphasis = new Set(spec.emphasis);
	const inputs = candidates.flatMap((c) => {
		const anchor = project(c.lonLat);
		return anchor
			? [{ divipola: c.divipola, text: c.text, anchor, priority: c.priority, bold: emphasis.has(c.divipola) }]
			: [];
	});
	const areas = projectedAreas(geo, projection);
	const pad = t.label.size * 0.5;
	// A key takes the map's corner: placed again with the corner kept free, until the key is stable.
	let keyBox: Box | null = null;
	const place = (keep: Box[]) =>
		placePrintLabels({
			areas,
			candidates: inputs,
			required: spec.labelFirst,
			fontSize: t.label.size,
			minFontSize: t.label.minSize,
			frame,
			obstacles: keep
		});
	let placed = place(obstacles);
	// The reserved corner only grows, so it converges; labels were always placed clear of what is drawn.
	for (let i = 0; i < 6 && placed.key.length; i++) {
		const need = keyBoxFor(placed.key, frame, t, pad)!;
		if (keyBox && need[0] >= keyBox[0] && need[1] >= keyBox[1]) break;
		keyBox = keyBox
			? [Math.min(keyBox[0], need[0]), Math.min(keyBox[1], need[1]), keyBox[2], keyBox[3]]
			: need;
		placed = place([...obstacles, keyBox]);
	}
	return {
		labels: placed.labels.map((l) => ({ ...l, bold: emphasis.has(l.divipola) })),
		key: placed.key,
		keyBox: placed.key.length ? keyBox : null
	};
}
