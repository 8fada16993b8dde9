/**
 * Legend of the change map (one edition against another): one row per
 * diverging class, from the largest fall to the largest rise, with «sin
 * cambio» between, and the municipalities neither edition names. The same
 * LegendContent the choropleths use, so the one Legend component draws it.
 */
import { formatBreak, METRIC_LABELS, NORM_LABELS, unitOf, type EditionComparison } from '../explore/index.ts';
import { divergingIndex, NO_REACH_COLOR } from '../scales/index.ts';
import { listEs } from '../text/index.ts';
import type { LegendContent, LegendRow } from './legend.ts';

export function changeLegend(c: EditionComparison): LegendContent {
	const state = c.before.result.state;
	const fmt = (v: number) => formatBreak(v, state.metric, c.changeNorm);
	const { magnitudes, colors } = c.changeClasses;
	const k = (colors.length - 1) / 2;
	const named = c.changes.filter((v) => v.status !== 'ninguna');
	const count = (index: number) =>
		named.filter((v) => divergingIndex(v.change, c.changeClasses) === index).length;
	const rows: LegendRow[] = [];
	for (let i = -k; i <= k; i++) {
		const m = Math.abs(i);
		const range = `${fmt(magnitudes[m - 1])} a ${fmt(magnitudes[m])}`;
		rows.push({
			key: i < 0 ? `baja-${m}` : i > 0 ? `sube-${m}` : 'sin-cambio',
			kind: 'class',
			classIndex: i + k,
			color: colors[i + k],
			label: i < 0 ? `Baja de ${range}` : i > 0 ? `Sube de ${range}` : 'Sin cambio',
			count: count(i)
		});
	}
	rows.push({
		key: 'no-alcanzado',
		kind: 'no-reach',
		classIndex: null,
		color: NO_REACH_COLOR,
		label: 'No nombrado en ninguna de las dos ediciones',
		count: c.changes.length - named.length
	});
	const metas = c.commonMetas;
	return {
		title: `Cambio de ${c.before.label} a ${c.after.label}: ${METRIC_LABELS[state.metric].toLowerCase()}${
			state.metric === 'metas' ? '' : ` · ${NORM_LABELS[c.changeNorm]}`
		}`,
		unit: unitOf({ ...state, norm: c.changeNorm }, c.after.data.populationYear),
		rows,
		rule:
			`Diferencia entre las dos ediciones en ${metas.length === 1 ? 'la meta que está' : 'las metas que están'} en ambas ` +
			`(${metas.length ? listEs(metas) : 'ninguna'}), cada edición con su población. ${c.after.result.ruleText}`
	};
}
