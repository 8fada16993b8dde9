/** The current figures as CSV (es-CO readers open it in a spreadsheet; decimal point kept for machines). */
import { csvFormat } from 'd3-dsv';
import type { ExploreResult } from './values.ts';

const STATUS_LABEL = {
	alcanzado: 'alcanzado',
	'sin-monto': 'alcanzado sin monto estimado',
	'no-alcanzado': 'no alcanzado'
} as const;

export function resultToCsv(result: ExploreResult): string {
	const rows = result.values.map((v) => ({
		divipola: v.divipola,
		municipio: v.name,
		subregion: v.subregion,
		poblacion: v.population,
		valor: v.value === null ? '' : +v.value.toFixed(4),
		unidad: result.unit,
		estado: STATUS_LABEL[v.status],
		puesto: v.rank ?? '',
		metas: v.metas.join(' '),
		regla: result.estimated ? result.ruleText : ''
	}));
	return csvFormat(rows);
}
