/**
 * The subregion choropleth: one value per subregion (sum of its municipalities'
 * estimates), classes, colours and a description per municipality. Pure,
 * shared by the subregions page and its figure export.
 */
import type { ExploreData } from '../dataset/explore.ts';
import type { MunicipalityPaint } from '../map/paint.ts';
import { buildClasses, classIndex, type Classes } from '../scales/index.ts';
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
	colorOf: Record<string, string>;
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
	const colorOf = Object.fromEntries(
		subregions.map((s) => [
			s.name,
			valueOf(s) > 0 ? classes.colors[classIndex(valueOf(s), classes.breaks)] : '#ffffff'
		])
	);
	const styles = Object.fromEntries(
		data.municipalities.map((m) => {
			const s = subregions.find((x) => x.name === m.subregion)!;
			return [
				m.divipola,
				{
					fill: colorOf[m.subregion],
					hatch: valueOf(s) === 0,
					label: `${m.shortName} (subregión ${m.subregion}): ${format(valueOf(s))} en la subregión`
				}
			];
		})
	);
	return { subregions, measure, norm, classes, valueOf, format, colorOf, styles };
}
