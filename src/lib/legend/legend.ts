/**
 * Legend content for a choropleth: one row per class with its es-CO range,
 * the swatches that are not classes, and the rule behind the values. Kept
 * apart from drawing so every renderer (HTML, SVG export) says the same.
 */
import {
	formatBreak,
	legendValue,
	METRIC_LABELS,
	NORM_LABELS,
	type ExploreResult
} from '../explore/index.ts';
import { classRanges, NO_REACH_COLOR, rangeLabel, ZERO_COLOR } from '../scales/index.ts';

export type LegendRowKind = 'class' | 'zero' | 'no-reach';

export interface LegendRow {
	/**
	 * Unique by construction ("clase-0", "clase-1", …, "sin-monto", "no-alcanzado"):
	 * labels are not, e.g. two empty classes, or two classes that print alike.
	 */
	key: string;
	kind: LegendRowKind;
	/** For a class row, its index in `classes.colors` (the municipalities' `classIndex`). */
	classIndex: number | null;
	color: string;
	label: string;
	count: number;
}

export interface LegendContent {
	title: string;
	unit: string;
	rows: LegendRow[];
	/** The rule behind the values; starts with "Estimación" when values are estimates. */
	rule: string;
}

export function legendContent(result: ExploreResult): LegendContent {
	const { state, classes, values } = result;
	const fmt = (v: number) => formatBreak(v, state.metric, state.norm);
	// The same numbers the classes were built from (see computeExplore).
	const reached = values
		.filter((v) => v.status === 'alcanzado')
		.map((v) => legendValue(v.value as number, state.metric));
	const rows: LegendRow[] = classRanges(reached, classes).map((r, i) => ({
		key: `clase-${i}`,
		kind: 'class',
		classIndex: i,
		color: classes.colors[i],
		label: rangeLabel(r, fmt),
		count: r.count
	}));
	const zero = values.filter((v) => v.status === 'sin-monto').length;
	if (zero > 0) {
		rows.push({
			key: 'sin-monto',
			kind: 'zero',
			classIndex: null,
			color: ZERO_COLOR,
			label:
				state.metric === 'beneficiarios'
					? 'Nombrado, sin beneficiarios estimados (meta sin conteo de personas o de alcance departamental)'
					: 'Nombrado, sin monto asignado (meta de alcance departamental o sin localización)',
			count: zero
		});
	}
	rows.push({
		key: 'no-alcanzado',
		kind: 'no-reach',
		classIndex: null,
		color: NO_REACH_COLOR,
		label: 'No nombrado por las metas seleccionadas',
		count: values.filter((v) => v.status === 'no-alcanzado').length
	});
	return {
		title: `${METRIC_LABELS[state.metric]}${state.metric === 'metas' ? '' : ` · ${NORM_LABELS[state.norm]}`}`,
		unit: result.unit,
		rows,
		rule: result.ruleText
	};
}
