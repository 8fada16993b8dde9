/**
 * Two editions of the report side by side: both maps classified with the
 * same breaks (so a colour means the same amount in both), and a change map
 * of the metas that exist in both editions (same number), as a difference and
 * as a difference per 1,000 inhabitants (each edition with its own population
 * year). Estimates under the same rule in both, stated once.
 */
import type { ExploreData } from '../dataset/explore.ts';
import {
	buildClasses,
	classIndex,
	divergingClasses,
	divergingColor,
	NO_REACH_COLOR,
	type Classes,
	type DivergingClasses
} from '../scales/index.ts';
import { formatValue, legendValue } from './format.ts';
import type { MunicipalityPaint } from './styles.ts';
import type { ExploreState, Normalisation } from './state.ts';
import { computeExplore } from './compute.ts';
import type { ExploreResult } from './values.ts';

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
	const b0 = side(before);
	const a0 = side(after);
	// As computeExplore does: classes of the values as the legend prints them.
	const positives = (r: ExploreResult) =>
		r.values.filter((v) => v.status === 'alcanzado').map((v) => legendValue(v.value as number, state.metric));
	const shared = buildClasses([...positives(b0.result), ...positives(a0.result)], state.method, state.k);
	const b = { ...b0, result: reclassify(b0.result, shared) };
	const a = { ...a0, result: reclassify(a0.result, shared) };

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
		// Of the changes as the legend prints them, so two classes never print alike.
		changeClasses: divergingClasses(
			changes.filter((c) => c.status !== 'ninguna').map((c) => legendValue(c.change, state.metric)),
			3
		)
	};
}

/**
 * A result drawn with other classes (the breaks shared by two editions): each
 * municipality's class recomputed, so its paint and legend follow. Pure.
 */
export function reclassify(result: ExploreResult, classes: Classes): ExploreResult {
	const metric = result.state.metric;
	return {
		...result,
		classes,
		values: result.values.map((v) => ({
			...v,
			classIndex:
				v.status === 'alcanzado' ? classIndex(legendValue(v.value as number, metric), classes.breaks) : null
		}))
	};
}

const signed = (v: number, c: EditionComparison) => {
	const metric = c.before.result.state.metric;
	const text = formatValue(Math.abs(v), metric, c.changeNorm);
	return v > 0 ? `+${text}` : v < 0 ? `−${text}` : `sin cambio (${formatValue(0, metric, c.changeNorm)})`;
};

/** Fill and description of the change map: hatched where neither edition names the municipality. */
export function changePaint(c: EditionComparison): Record<string, MunicipalityPaint> {
	const metric = c.before.result.state.metric;
	const fmt = (v: number) => formatValue(v, metric, c.changeNorm);
	const out: Record<string, MunicipalityPaint> = {};
	for (const v of c.changes) {
		const none = v.status === 'ninguna';
		const where =
			v.status === 'solo-anterior'
				? `; nombrado solo en ${c.before.label}`
				: v.status === 'solo-posterior'
					? `; nombrado solo en ${c.after.label}`
					: '';
		out[v.divipola] = {
			fill: none ? NO_REACH_COLOR : divergingColor(v.change, c.changeClasses),
			hatch: none,
			label: none
				? `${v.shortName}: no nombrado en ninguna de las dos ediciones por las metas comunes`
				: `${v.shortName}: ${signed(v.change, c)} (de ${fmt(v.before)} en ${c.before.label} a ${fmt(v.after)} en ${c.after.label}${where})`
		};
	}
	return out;
}

/** How the change table names where a municipality was named. */
export const CHANGE_STATUS_LABELS: Record<ChangeStatus, string> = {
	ambas: 'en las dos',
	'solo-anterior': 'solo en la anterior',
	'solo-posterior': 'solo en la posterior',
	ninguna: 'en ninguna'
};

/**
 * The pair of editions a comparison shows, from the URL's `antes` and
 * `despues` among `ids` (newest first): the older always first. Unknown or
 * equal ids fall back to the two newest; null with fewer than two editions.
 */
export function pickEditions(
	ids: readonly string[],
	antes: string | null,
	despues: string | null
): { before: string; after: string } | null {
	if (ids.length < 2) return null;
	const after = despues && ids.includes(despues) ? despues : ids[0];
	const before = antes && ids.includes(antes) && antes !== after ? antes : ids.find((id) => id !== after)!;
	// ids run newest first: the later index is the older edition.
	return ids.indexOf(before) > ids.indexOf(after) ? { before, after } : { before: after, after: before };
}
