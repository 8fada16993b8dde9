/** Fill, hatch and accessible description per municipality, for every map renderer. */
import type { MunicipalityPaint } from '../map/paint.ts';
import { NO_REACH_COLOR, ZERO_COLOR } from '../scales/index.ts';
import { listEs } from '../text/index.ts';
import { formatValue } from './format.ts';
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

export function paintFor(result: ExploreResult): Record<string, MunicipalityPaint> {
	const out: Record<string, MunicipalityPaint> = {};
	for (const v of result.values) {
		const fill =
			v.classIndex !== null
				? result.classes.colors[v.classIndex]
				: v.status === 'sin-monto'
					? ZERO_COLOR
					: NO_REACH_COLOR;
		out[v.divipola] = { fill, hatch: v.status === 'no-alcanzado', label: describeValue(v, result) };
	}
	return out;
}
