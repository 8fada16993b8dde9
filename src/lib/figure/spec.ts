/** What a figure shows, independent of paper and renderer: built by specs.ts, drawn by compose.ts. */
import type { LegendContent } from '../legend/legend.ts';
import type { MapPaint } from '../map/cartography.ts';
import type { LabelCandidate } from '../map/geometry.ts';

export interface FigureSpec {
	/** File name without extension (ASCII, stable). */
	slug: string;
	title: string;
	subtitle: string;
	/** `legend(scale, counts, rule)`: its rule is printed under the map, marked when it is an estimate. */
	legend: LegendContent;
	/** Fill of each municipality by DIVIPOLA code; missing codes are drawn white. */
	fills: Record<string, MapPaint>;
	/** Municipalities outlined in dark (selected, or named in LOCALIZACIÓN). */
	emphasis: string[];
	/**
	 * Municipalities that must be labelled on their own polygon (or by a leader
	 * line, or a number in the key); the rest are added where they fit.
	 */
	labelFirst: string[];
	/** A message over the map's centre, e.g. "El informe no indica localización". */
	stamp?: string;
	/** Draw the group (subregion) outlines of the geodata, thick. */
	groupOutlines?: boolean;
	/** Label candidates replacing the municipal ones (e.g. subregion names), placed without the polygon rule. */
	labels?: LabelCandidate[];
	/** Further lines under the legend (a department-wide amount shown apart...). */
	notes: string[];
	/** The sources line (the edition's, the cartography's, the population's): `figureSourceLine`. */
	source: string;
	/** The caption used in the annex. */
	caption: string;
}
