/**
 * A map's scale, kept apart from its legend as Observable Plot keeps them:
 * what each swatch means (colour, hatch, label), in legend order. Every map
 * takes its fills from a scale, and `legend()` (src/lib/legend) turns a
 * scale, the count behind each swatch and the rule into what the HTML and the
 * SVG legend draw. One scale, so the map and its legend cannot disagree.
 */
import { LOCALIZACION_COLORS, LOCALIZACION_LABELS, type LocalizacionClass } from '../report/localizacion.ts';
import { NO_REACH_COLOR, ZERO_COLOR } from './colors.ts';
import { classRanges, rangeLabel, type Classes } from './ranges.ts';

/** A class of a choropleth, a category, «nombrado sin monto» or «no nombrado» (hatched). */
export type SwatchKind = 'class' | 'category' | 'zero' | 'no-reach';

export interface Swatch {
	/**
	 * Unique by construction («clase-0», …, «sin-monto», «no-alcanzado», a category's name):
	 * labels are not, e.g. two empty classes, or two classes that print alike.
	 */
	key: string;
	kind: SwatchKind;
	/** For a class, its index in `classes.colors` (a municipality's `classIndex`). */
	classIndex: number | null;
	color: string;
	/** Drawn with the «no alcanzado» hatch over the colour. */
	hatch: boolean;
	label: string;
}

export interface MapScale {
	title: string;
	/** The unit of the values («millones de pesos»), or '' for categories. */
	unit: string;
	swatches: Swatch[];
}

/** The class swatches of `values` (the numbers the classes were built from), labelled by the values each holds. */
export function classSwatches(
	values: readonly number[],
	classes: Classes,
	format: (v: number) => string,
	/** What an empty class holds: «ningún municipio», «ninguna subregión». */
	none?: string
): Swatch[] {
	return classRanges(values, classes).map((r, i) => ({
		key: `clase-${i}`,
		kind: 'class',
		classIndex: i,
		color: classes.colors[i],
		hatch: false,
		label: rangeLabel(r, format, none)
	}));
}

export const zeroSwatch = (label: string): Swatch => ({
	key: 'sin-monto',
	kind: 'zero',
	classIndex: null,
	color: ZERO_COLOR,
	hatch: false,
	label
});

export const noReachSwatch = (label: string): Swatch => ({
	key: 'no-alcanzado',
	kind: 'no-reach',
	classIndex: null,
	color: NO_REACH_COLOR,
	hatch: true,
	label
});

/** A categorical scale: one swatch per category, keyed by the category. */
export function categoricalScale(
	title: string,
	categories: readonly { key: string; color: string; label: string; hatch?: boolean }[]
): MapScale {
	return {
		title,
		unit: '',
		swatches: categories.map((c) => ({
			key: c.key,
			kind: 'category',
			classIndex: null,
			color: c.color,
			hatch: c.hatch ?? false,
			label: c.label
		}))
	};
}

/** The LOCALIZACIÓN scale of a meta: the classes present, strongest evidence first. */
export function localizacionScale(shown: readonly LocalizacionClass[]): MapScale {
	return categoricalScale(
		'Dónde la sitúa el informe',
		shown.map((c) => ({ key: c, color: LOCALIZACION_COLORS[c], label: LOCALIZACION_LABELS[c] }))
	);
}

/** The locator map's colours: the municipality, and the rest of its subregion. */
export const LOCATOR_COLORS = { municipio: '#225ea8', subregion: '#c7e9b4', otro: '#ffffff' };

/** The locator map of a municipality: it, the rest of its subregion, and the others. */
export function locatorScale(name: string, subregion: string): MapScale {
	return categoricalScale('Ubicación', [
		{ key: 'municipio', color: LOCATOR_COLORS.municipio, label: name },
		{
			key: 'subregion',
			color: LOCATOR_COLORS.subregion,
			label: `Otros municipios de la subregión ${subregion}`
		}
	]);
}

/** Which swatch of the locator scale a municipality takes. */
export function locatorKey(
	code: string,
	self: string,
	members: ReadonlySet<string>
): 'municipio' | 'subregion' | 'otro' {
	return code === self ? 'municipio' : members.has(code) ? 'subregion' : 'otro';
}
