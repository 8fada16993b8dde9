/** Fill, hatch and accessible description per municipality, for every map renderer. */
import type { MunicipalityPaint } from '../map/paint.ts';
import { classSwatches, noReachSwatch, zeroSwatch, type MapScale, type Swatch } from '../scales/index.ts';
import { listEs } from '../text/index.ts';
import { formatBreak, formatValue, legendValue } from './format.ts';
import { METRIC_LABELS, NORM_LABELS } from './state.ts';
import type { ExploreResult, MunicipalityValue } from './values.ts';

export type { MunicipalityPaint };

export function describeValue(v: MunicipalityValue, result: ExploreResult): string {
	const { metric, norm } = result.state;
	if (v.status === 'no-alcanzado') return `${v.shortName}: no nombrado por las metas seleccionadas`;
	if (v.status === 'sin-monto') {
		return `${v.shortName}: nombrado por ${v.metas.length === 1 ? 'la meta' : 'las metas'} ${listEs(v.metas)}, sin monto asignado`;
	}
	const value = formatValue(v.value as number, metric, norm);
	const est = result.estimated ? ' (estimación)' : '';
	const rank = v.rank ? `, puesto ${v.rank} de 40` : '';
	return `${v.shortName}: ${value}${est}${rank}`;
}

/** The swatch a municipality is painted with: its class, «sin monto» or «no alcanzado». */
export function swatchKeyOf(v: MunicipalityValue): string {
	return v.classIndex !== null
		? `clase-${v.classIndex}`
		: v.status === 'sin-monto'
			? 'sin-monto'
			: 'no-alcanzado';
}

/**
 * The explorer's scale: a class per range of the values (as the legend prints
 * them, see computeExplore), «sin monto» when some municipality has it, and
 * «no alcanzado».
 */
export function exploreScale(result: ExploreResult): MapScale {
	const { state, classes, values } = result;
	const reached = values
		.filter((v) => v.status === 'alcanzado')
		.map((v) => legendValue(v.value as number, state.metric));
	const swatches: Swatch[] = classSwatches(reached, classes, (v) => formatBreak(v, state.metric, state.norm));
	if (values.some((v) => v.status === 'sin-monto')) {
		swatches.push(
			zeroSwatch(
				state.metric === 'beneficiarios'
					? 'Nombrado, sin beneficiarios estimados (meta sin conteo de personas o de alcance departamental)'
					: 'Nombrado, sin monto asignado (meta de alcance departamental o sin localización)'
			)
		);
	}
	swatches.push(noReachSwatch('No nombrado por las metas seleccionadas'));
	return {
		title: `${METRIC_LABELS[state.metric]}${state.metric === 'metas' ? '' : ` · ${NORM_LABELS[state.norm]}`}`,
		unit: result.unit,
		swatches
	};
}

/** Fill, hatch and accessible name of every municipality, from the explorer's scale. */
export function paintFor(result: ExploreResult): Record<string, MunicipalityPaint> {
	const swatches = new Map(exploreScale(result).swatches.map((s) => [s.key, s]));
	const out: Record<string, MunicipalityPaint> = {};
	for (const v of result.values) {
		const s = swatches.get(swatchKeyOf(v))!;
		out[v.divipola] = { fill: s.color, hatch: s.hatch, label: describeValue(v, result) };
	}
	return out;
}
