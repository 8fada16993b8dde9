/** Side-by-side comparison of two municipalities or two subregions (or one of each). */
import type { ExploreData } from '../dataset/explore.ts';
import { aggregateSubregions, type ExploreResult, type SubregionValue } from './values.ts';
import { slugSubregion } from '../geo/index.ts';

export interface ComparedUnit {
	id: string;
	kind: 'municipio' | 'subregion';
	name: string;
	population: number;
	investmentMillionCop: number;
	people: number;
	investmentPer1000: number;
	peoplePer1000: number;
	metas: number[];
	/** For a subregion: municipalities reached / total. */
	reached: string | null;
}

/** Options for the comparison selects: "subregion:<slug>" and "municipio:<code>". */
export function compareOptions(data: ExploreData) {
	return {
		subregions: data.subregions.map((s) => ({ id: `subregion:${slugSubregion(s.name)}`, name: s.name })),
		municipalities: data.municipalities.map((m) => ({ id: `municipio:${m.divipola}`, name: m.shortName }))
	};
}

/** `subregions`: the sums already computed for this result, when the caller has them. */
export function compareUnit(
	data: ExploreData,
	result: ExploreResult,
	id: string,
	subregions: readonly SubregionValue[] = aggregateSubregions(data, result)
): ComparedUnit | null {
	const [kind, key] = id.split(':');
	if (kind === 'subregion') {
		const s = subregions.find((x) => slugSubregion(x.name) === key);
		if (!s) return null;
		return {
			id,
			kind: 'subregion',
			name: `Subregión ${s.name}`,
			population: s.population,
			investmentMillionCop: s.investmentMillionCop,
			people: s.people,
			investmentPer1000: s.investmentPer1000,
			peoplePer1000: s.peoplePer1000,
			metas: s.metas,
			reached: `${s.municipalitiesReached} de ${s.municipalities}`
		};
	}
	if (kind === 'municipio') {
		const m = data.municipalities.find((x) => x.divipola === key);
		const a = result.allocation.municipalities.find((x) => x.divipola === key);
		if (!m || !a) return null;
		const inv = a.estimate?.investmentMillionCop ?? 0;
		const ppl = a.estimate?.people ?? 0;
		return {
			id,
			kind: 'municipio',
			name: m.shortName,
			population: m.population,
			investmentMillionCop: inv,
			people: ppl,
			investmentPer1000: (inv / m.population) * 1000,
			peoplePer1000: (ppl / m.population) * 1000,
			metas: a.metas,
			reached: null
		};
	}
	return null;
}
