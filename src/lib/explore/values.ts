/**
 * What the choropleth shows: one value per municipality for the current
 * state, its status ("no alcanzado" is never a zero), its rank among the 40,
 * the class breaks, and the figures kept apart (departmental, sin localización).
 * The computation itself is compute.ts: the home page loads it only when its
 * view is not the prerendered one.
 */
import {
	areaReferences,
	type AreaReferences,
	type Allocation,
	type AllocationOptions
} from '../allocation/index.ts';
import type { ExploreData, ExploreMeta } from '../dataset/explore.ts';
import type { Classes } from '../scales/index.ts';
import type { ExploreState } from './state.ts';

export type ValueStatus = 'alcanzado' | 'sin-monto' | 'no-alcanzado';

export interface MunicipalityValue {
	divipola: string;
	name: string;
	shortName: string;
	subregion: string;
	population: number;
	/** The mapped value; null when not reached. */
	value: number | null;
	status: ValueStatus;
	/** Metas naming it at the chosen evidence level. */
	metas: number[];
	/** 1 = highest value among the 40; ties share a rank; null without an amount. */
	rank: number | null;
	/**
	 * The choropleth class it is drawn in (index into `classes.colors`); null
	 * when it has no amount («sin monto», «no alcanzado»), which are no class.
	 * Every renderer paints from this; the legend ranges the same numbers.
	 */
	classIndex: number | null;
}

export interface ExploreResult {
	state: ExploreState;
	values: MunicipalityValue[];
	classes: Classes;
	allocation: Allocation;
	/** The metas the filters keep. */
	metas: ExploreMeta[];
	/** The sentence stating the rule behind the values (legend, exports). */
	ruleText: string;
	/** Whether values are estimates (any split of a reported figure). */
	estimated: boolean;
	unit: string;
}

export function allocationOptions(state: ExploreState): AllocationOptions {
	return {
		rule: state.rule === 'igual' ? 'equal' : 'population',
		evidence: state.evidence === 'localizacion' ? 'localizacion' : 'text',
		spreadDepartmental: state.spread
	};
}

/** The metas kept by the meta and funding filters. */
export function filterMetas(metas: readonly ExploreMeta[], state: ExploreState): ExploreMeta[] {
	return metas.filter(
		(m) =>
			(state.metas.length === 0 || state.metas.includes(m.number)) &&
			(state.funding === 'todas' || m.funding.sources.some((s) => s.source === state.funding))
	);
}

/** Dense ranking, highest first; null values get no rank. */
export function rankValues(values: readonly (number | null)[]): (number | null)[] {
	const sorted = [...new Set(values.filter((v): v is number => v !== null))].sort((a, b) => b - a);
	const rankOf = new Map<number, number>();
	let rank = 1;
	for (const v of sorted) {
		rankOf.set(v, rank);
		rank += values.filter((x) => x === v).length;
	}
	return values.map((v) => (v === null ? null : (rankOf.get(v) ?? null)));
}

export function unitOf(state: ExploreState, populationYear: number): string {
	if (state.metric === 'metas') return 'metas';
	const base = state.metric === 'inversion' ? 'millones de pesos' : 'personas';
	return state.norm === 'por-mil' ? `${base} por 1.000 habitantes (${populationYear})` : base;
}

export interface SubregionValue {
	name: string;
	population: number;
	municipalities: number;
	municipalitiesReached: number;
	/** Distinct metas naming at least one of its municipalities. */
	metas: number[];
	investmentMillionCop: number;
	people: number;
	investmentPer1000: number;
	peoplePer1000: number;
}

/** Sums the estimates of each subregion's municipalities (same rule as the map). */
export function aggregateSubregions(dataset: ExploreData, result: ExploreResult): SubregionValue[] {
	const byCode = new Map(result.allocation.municipalities.map((a) => [a.divipola, a]));
	return dataset.subregions.map((s) => {
		const munis = dataset.municipalities.filter((m) => m.subregion === s.name);
		const allocs = munis.map((m) => byCode.get(m.divipola));
		const population = munis.reduce((sum, m) => sum + m.population, 0);
		const cents = allocs.reduce(
			(sum, a) => sum + Math.round((a?.estimate?.investmentMillionCop ?? 0) * 100),
			0
		);
		const people = allocs.reduce((sum, a) => sum + (a?.estimate?.people ?? 0), 0);
		const investment = cents / 100;
		return {
			name: s.name,
			population,
			municipalities: munis.length,
			municipalitiesReached: allocs.filter((a) => (a?.metas.length ?? 0) > 0).length,
			metas: [...new Set(allocs.flatMap((a) => a?.metas ?? []))].sort((a, b) => a - b),
			investmentMillionCop: investment,
			people,
			investmentPer1000: (investment / population) * 1000,
			peoplePer1000: (people / population) * 1000
		};
	});
}

/**
 * The department's and the subregion's figure beside a municipality's, in the
 * map's unit: the mean per municipality for amounts and counts, the area's own
 * rate for values per 1.000 inhabitants.
 */
export function referencesFor(result: ExploreResult, code: string): AreaReferences {
	const rate = result.state.metric !== 'metas' && result.state.norm === 'por-mil';
	return areaReferences(result.values, code, rate ? 'rate' : 'mean');
}
