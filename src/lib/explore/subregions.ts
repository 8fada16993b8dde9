/**
 * The subregion choropleth: one value per subregion (sum of its municipalities'
 * estimates), classes, colours and a description per municipality. Pure,
 * shared by the subregions page and its figure export.
 */
import type { ExploreData } from '../dataset/explore.ts';
import type { MunicipalityPaint } from '../map/paint.ts';
import {
	buildClasses,
	classIndex,
	classSwatches,
	noReachSwatch,
	type Classes,
	type MapScale
} from '../scales/index.ts';
import { formatValue } from './format.ts';
import type { Normalisation } from './state.ts';
import { aggregateSubregions, type ExploreResult, type SubregionValue } from './values.ts';

export type SubregionMeasure = 'investmentMillionCop' | 'people';

export interface SubregionChoropleth {
	subregions: SubregionValue[];
	measure: SubregionMeasure;
	norm: Normalisation;
	classes: Classes;
	valueOf: (s: SubregionValue) => number;
	format: (v: number) => string;
	/** The swatch key of each subregion (by name): its class, or «no-alcanzado» when nothing is estimated. */
	keyOf: Record<string, string>;
	colorOf: Record<string, string>;
	/** The map's scale: its legend and its fills. */
	scale: MapScale;
	/** Fill, hatch (nothing estimated) and description per municipality code. */
	styles: Record<string, MunicipalityPaint>;
}

/** Subregions are only 6: four natural-breaks classes keep them distinguishable. */
export const SUBREGION_CLASSES = 4;

export function subregionChoropleth(
	data: ExploreData,
	result: ExploreResult,
	measure: SubregionMeasure,
	norm: Normalisation
): SubregionChoropleth {
	const subregions = aggregateSubregions(data, result);
	const valueOf = (s: SubregionValue) =>
		norm === 'por-mil'
			? measure === 'people'
				? s.peoplePer1000
				: s.investmentPer1000
			: measure === 'people'
				? s.people
				: s.investmentMillionCop;
	// Worded exactly as the department map words the same measure.
	const format = (v: number) => formatValue(v, measure === 'people' ? 'beneficiarios' : 'inversion', norm);
	const classes = buildClasses(
		subregions.map(valueOf).filter((v) => v > 0),
		'jenks',
		SUBREGION_CLASSES
	);
	const scale = subregionScale(
		subregions.map(valueOf).filter((v) => v > 0),
		classes,
		measure,
		norm,
		format,
		subregions.some((s) => valueOf(s) === 0)
	);
	const swatch = new Map(scale.swatches.map((w) => [w.key, w]));
	const keyOf = Object.fromEntries(
		subregions.map((s) => [
			s.name,
			valueOf(s) > 0 ? `clase-${classIndex(valueOf(s), classes.breaks)}` : 'no-alcanzado'
		])
	);
	const colorOf = Object.fromEntries(subregions.map((s) => [s.name, swatch.get(keyOf[s.name])!.color]));
	const styles = Object.fromEntries(
		data.municipalities.map((m) => {
			const s = subregions.find((x) => x.name === m.subregion)!;
			return [
				m.divipola,
				{
					fill: colorOf[m.subregion],
					hatch: swatch.get(keyOf[m.subregion])!.hatch,
					label: `${m.shortName} (subregión ${m.subregion}): ${format(valueOf(s))} en la subregión`
				}
			];
		})
	);
	return { subregions, measure, norm, classes, valueOf, format, keyOf, colorOf, scale, styles };
}

/** The subregion map's scale: natural-breaks classes of the sums, and «sin estimación» when a subregion has none. */
export function subregionScale(
	positive: readonly number[],
	classes: Classes,
	measure: SubregionMeasure,
	norm: Normalisation,
	format: (v: number) => string,
	withNone: boolean
): MapScale {
	const what = measure === 'people' ? 'Beneficiarios estimados (personas)' : 'Inversión estimada';
	return {
		title: norm === 'por-mil' ? `${what} por 1.000 habitantes` : what,
		unit: '',
		swatches: [
			...classSwatches(positive, classes, format, 'ninguna subregión'),
			...(withNone
				? [
						noReachSwatch(
							`Sin estimación (ningún municipio nombrado con ${measure === 'people' ? 'beneficiarios' : 'inversión'} que se reparta)`
						)
					]
				: [])
		]
	};
}
