/**
 * Legends as Observable Plot builds them: `legend(scale, counts, rule)` is
 * the content (title, unit, one row per swatch with its count, the rule
 * behind the values), kept apart from drawing so the HTML legend
 * (Legend.svelte) and the SVG legend of the figures (figure/legend.ts) say the
 * same. Every map, on screen and in print, gets its legend from here.
 */
import { shownClasses, type LocalizacionClass } from '../report/localizacion.ts';
import { localizacionScale } from '../scales/scale.ts';
import type { MapScale, Swatch } from '../scales/scale.ts';

export interface LegendRow extends Swatch {
	/** How many units (municipalities, subregions) the swatch paints; null when not counted. */
	count: number | null;
}

export interface LegendContent {
	title: string;
	unit: string;
	rows: LegendRow[];
	/** What is counted, singular and plural («municipio», «municipios»). */
	noun: readonly [string, string];
	/** The rule behind the values (starts with «Estimación» for estimates), or null for reported facts. */
	rule: string | null;
}

export const MUNICIPALITIES_NOUN = ['municipio', 'municipios'] as const;
export const SUBREGIONS_NOUN = ['subregión', 'subregiones'] as const;

export interface Counts {
	/** Units per swatch key; a swatch missing here counts 0. */
	byKey: Readonly<Record<string, number>>;
	noun: readonly [string, string];
}

/** Counts of swatch keys, one per unit drawn. */
export function countKeys(
	keys: Iterable<string>,
	noun: readonly [string, string] = MUNICIPALITIES_NOUN
): Counts {
	const byKey: Record<string, number> = {};
	for (const k of keys) byKey[k] = (byKey[k] ?? 0) + 1;
	return { byKey, noun };
}

export function legend(scale: MapScale, counts: Counts | null, rule: string | null): LegendContent {
	return {
		title: scale.title,
		unit: scale.unit,
		rows: scale.swatches.map((s) => ({ ...s, count: counts ? (counts.byKey[s.key] ?? 0) : null })),
		noun: counts?.noun ?? MUNICIPALITIES_NOUN,
		rule
	};
}

/** «3 municipios», «1 subregión». */
export function countLabel(count: number, noun: readonly [string, string]): string {
	return `${count} ${count === 1 ? noun[0] : noun[1]}`;
}

/** A meta's LOCALIZACIÓN legend: the classes present, strongest evidence first, with their counts. */
export function localizacionLegend(classes: Readonly<Record<string, LocalizacionClass>>): LegendContent {
	return legend(localizacionScale(shownClasses(classes)), countKeys(Object.values(classes)), null);
}
