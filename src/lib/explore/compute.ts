/**
 * The explorer's values for a state: the allocation of the metas' figures,
 * the ranks and the classes. Apart from values.ts so that the home page, which
 * receives its prerendered view already computed, loads this (and the class
 * breaks' statistics) only when the reader changes the view.
 */
import { allocate, describeRule, type MetaFigures } from '../allocation/index.ts';
import { figuresOf, type ExploreData } from '../dataset/explore.ts';
import { buildClasses } from '../scales/breaks.ts';
import { classIndex } from '../scales/ranges.ts';
import { legendValue } from './format.ts';
import type { ExploreState } from './state.ts';
import {
	allocationOptions,
	filterMetas,
	rankValues,
	unitOf,
	type ExploreResult,
	type MunicipalityValue,
	type ValueStatus
} from './values.ts';

export function computeExplore(dataset: ExploreData, state: ExploreState): ExploreResult {
	const metas = filterMetas(dataset.metas, state);
	const figures: MetaFigures[] = metas.map(figuresOf);
	const options = allocationOptions(state);
	const allocation = allocate(
		figures,
		dataset.municipalities.map((m) => ({ divipola: m.divipola, population: m.population })),
		options
	);
	const byCode = new Map(allocation.municipalities.map((a) => [a.divipola, a]));

	const raw = dataset.municipalities.map((m) => {
		const a = byCode.get(m.divipola);
		const reached = (a?.metas.length ?? 0) > 0 || (a?.shares.length ?? 0) > 0;
		if (!reached || !a) return { m, a, value: null as number | null, status: 'no-alcanzado' as ValueStatus };
		let value: number;
		if (state.metric === 'metas') value = a.metas.length;
		else {
			const total =
				state.metric === 'inversion' ? (a.estimate?.investmentMillionCop ?? 0) : (a.estimate?.people ?? 0);
			value = state.norm === 'por-mil' ? (total / m.population) * 1000 : total;
		}
		return { m, a, value, status: (value > 0 ? 'alcanzado' : 'sin-monto') as ValueStatus };
	});
	// Only municipalities with an amount are ranked; "nombrado, sin monto" has no place in the order.
	const ranks = rankValues(raw.map((r) => (r.status === 'alcanzado' ? r.value : null)));
	// Classes are made of the values as the legend prints them (see legendValue).
	const shown = raw.map((r) =>
		r.status === 'alcanzado' ? legendValue(r.value as number, state.metric) : null
	);
	const classes = buildClasses(
		shown.filter((v): v is number => v !== null),
		state.method,
		state.k
	);
	const values: MunicipalityValue[] = raw.map((r, i) => ({
		divipola: r.m.divipola,
		name: r.m.name,
		shortName: r.m.shortName,
		subregion: r.m.subregion,
		population: r.m.population,
		value: r.value,
		status: r.status,
		metas: r.a?.metas ?? [],
		rank: ranks[i],
		classIndex: shown[i] === null ? null : classIndex(shown[i], classes.breaks)
	}));
	const ruleText =
		state.metric === 'metas'
			? describeRule({ ...options, rule: 'none' }, dataset.populationYear)
			: describeRule(options, dataset.populationYear);
	return {
		state,
		values,
		classes,
		allocation,
		metas,
		ruleText,
		estimated: state.metric !== 'metas',
		unit: unitOf(state, dataset.populationYear)
	};
}
