/**
 * Two editions of the report side by side: both maps classified with the
 * same breaks (so a colour means the same amount in both), and a change map
 * of the metas that exist in both editions (same number), as a difference and
 * as a difference per 1,000 inhabitants (each edition with its own population
 * year). Estimates under the same rule in both, stated once.
 */
import type { ExploreData } from '../dataset/explore.ts';
import { buildClasses, divergingClasses, type Classes, type DivergingClasses } from '../scales/index.ts';
import type { ExploreState, Normalisation } from './state.ts';
import { computeExplore, type ExploreResult } from './values.ts';

export interface EditionView {
	id: string;
	/** How pages name it: the edition's period label ("2024-2025"). */
	label: string;
	data: ExploreData;
}

/** Whether the metas in both editions name a municipality in one, both or neither. */
export type ChangeStatus = 'ambas' | 'solo-anterior' | 'solo-posterior' | 'ninguna';

export interface ChangeValue {
	divipola: string;
	name: string;
	shortName: string;
	/** The value under the metas common to both editions (0 when not named; null for metric `metas` not named). */
	before: number;
	after: number;
	/** after − before. */
	change: number;
	status: ChangeStatus;
}

export interface EditionComparison {
	before: EditionView & { result: ExploreResult };
	after: EditionView & { result: ExploreResult };
	/** Breaks computed on both editions' values together: one legend for both maps. */
	shared: Classes;
	/** Meta numbers present in both editions, and in one only. */
	commonMetas: number[];
	onlyBefore: number[];
	onlyAfter: number[];
	/** Per municipality, restricted to the common metas; empty when there are none. */
	changes: ChangeValue[];
	changeNorm: Normalisation;
	changeClasses: DivergingClasses;
}

const numbers = (d: ExploreData) => d.metas.map((m) => m.number);

/** The state restricted to `metas` (an empty filter would mean "all" to computeExplore). */
function restrict(state: ExploreState, keep: readonly number[], available: readonly number[]): number[] {
	const wanted = state.metas.length ? state.metas : available;
	return wanted.filter((n) => keep.includes(n));
}

/**
 * Compares `before` with `after` (the caller orders them, oldest first) under
 * one view state. Does not mutate its inputs.
 */
export function compareEditions(
	before: EditionView,
	after: EditionView,
	state: ExploreState,
	changeNorm: Normalisation = 'total'
): EditionComparison {
	const side = (e: EditionView) => {
		const own = restrict(state, numbers(e.data), numbers(e.data));
		// A filter naming metas this edition lacks leaves it with nothing: shown as such.
		const result = computeExplore(e.data, { ...state, metas: own.length ? own : [-1] });
		return { ...e, result };
	};
	const b = side(before);
	const a = side(after);
	const positives = (r: ExploreResult) =>
		r.values.filter((v) => v.status === 'alcanzado').map((v) => v.value as number);
	const shared = buildClasses([...positives(b.result), ...positives(a.result)], state.method, state.k);

	const inAfter = new Set(numbers(after.data));
	const common = numbers(before.data).filter((n) => inAfter.has(n));
	const commonMetas = restrict(state, common, common);
	const onlyBefore = numbers(before.data).filter((n) => !inAfter.has(n));
	const onlyAfter = numbers(after.data).filter((n) => !common.includes(n));

	let changes: ChangeValue[] = [];
	if (commonMetas.length) {
		const norm: Normalisation = state.metric === 'metas' ? 'total' : changeNorm;
		const view = { ...state, metas: commonMetas, norm };
		const rb = computeExplore(before.data, view);
		const ra = computeExplore(after.data, view);
		const afterByCode = new Map(ra.values.map((v) => [v.divipola, v]));
		changes = rb.values.map((vb) => {
			const va = afterByCode.get(vb.divipola);
			const namedB = vb.status !== 'no-alcanzado';
			const namedA = !!va && va.status !== 'no-alcanzado';
			const beforeValue = vb.value ?? 0;
			const afterValue = va?.value ?? 0;
			return {
				divipola: vb.divipola,
				name: vb.name,
				shortName: vb.shortName,
				before: beforeValue,
				after: afterValue,
				change: afterValue - beforeValue,
				status: namedA && namedB ? 'ambas' : namedB ? 'solo-anterior' : namedA ? 'solo-posterior' : 'ninguna'
			};
		});
	}
	return {
		before: b,
		after: a,
		shared,
		commonMetas,
		onlyBefore,
		onlyAfter,
		changes,
		changeNorm: state.metric === 'metas' ? 'total' : changeNorm,
		changeClasses: divergingClasses(
			changes.filter((c) => c.status !== 'ninguna').map((c) => c.change),
			3
		)
	};
}
