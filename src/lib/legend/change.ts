/**
 * Legend of the change map (one edition against another): one row per
 * diverging class, from the largest fall to the largest rise, with «sin
 * cambio» between, and the municipalities neither edition names. The same
 * LegendContent the choropleths use, so the one Legend component draws it.
 */
import { formatBreak, METRIC_LABELS, NORM_LABELS, unitOf, type EditionComparison } from '../explore/index.ts';
import { divergingIndex, noReachSwatch, type MapScale, type Swatch } from '../scales/index.ts';
import { listEs } from '../text/index.ts';
import { countKeys, legend, type LegendContent } from './legend.ts';

export function changeLegend(c: EditionComparison): LegendContent {
	const state = c.before.result.state;
	const fmt = (v: number) => formatBreak(v, state.metric, c.changeNorm);
	const { magnitudes, colors } = c.changeClasses;
	const k = (colors.length - 1) / 2;
	const keyOf = (i: number) => {
		const m = Math.abs(i);
		return i < 0 ? `baja-${m}` : i > 0 ? `sube-${m}` : 'sin-cambio';
	};
	const swatches: Swatch[] = [];
	for (let i = -k; i <= k; i++) {
		const m = Math.abs(i);
		const range = `${fmt(magnitudes[m - 1])} a ${fmt(magnitudes[m])}`;
		swatches.push({
			key: keyOf(i),
			kind: 'class',
			classIndex: i + k,
			color: colors[i + k],
			hatch: false,
			label: i < 0 ? `Baja de ${range}` : i > 0 ? `Sube de ${range}` : 'Sin cambio'
		});
	}
	swatches.push(noReachSwatch('No nombrado en ninguna de las dos ediciones'));
	const metas = c.commonMetas;
	const scale: MapScale = {
		title: `Cambio de ${c.before.label} a ${c.after.label}: ${METRIC_LABELS[state.metric].toLowerCase()}${
			state.metric === 'metas' ? '' : ` · ${NORM_LABELS[c.changeNorm]}`
		}`,
		unit: unitOf({ ...state, norm: c.changeNorm }, c.after.data.populationYear),
		swatches
	};
	const counts = countKeys(
		c.changes.map((v) =>
			v.status === 'ninguna' ? 'no-alcanzado' : keyOf(divergingIndex(v.change, c.changeClasses))
		)
	);
	return legend(
		scale,
		counts,
		`Diferencia entre las dos ediciones en ${metas.length === 1 ? 'la meta que está' : 'las metas que están'} en ambas ` +
			`(${metas.length ? listEs(metas) : 'ninguna'}), cada edición con su población. ${c.after.result.ruleText}`
	);
}
