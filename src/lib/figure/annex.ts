/**
 * The map annex for the report's staff: the LOCALIZACIÓN map of every meta,
 * the department maps of estimated investment and beneficiaries (total and
 * per 1,000 inhabitants) and the subregion map, in the report's order.
 */
import type { Dataset } from '../dataset/index.ts';
import { toExploreData } from '../dataset/explore.ts';
import { computeExplore, DEFAULT_STATE, subregionChoropleth, type ExploreState } from '../explore/index.ts';
import { CSV_ES_CO, encodeCsv } from '../explore/csv.ts';
import type { Territory } from '../geo/index.ts';
import type { FigureSpec } from './compose.ts';
import { exploreFigure, metaFigure, subregionFigure, type FigureContext } from './specs.ts';

export function annexSpecs(dataset: Dataset, territory: Territory): FigureSpec[] {
	const codes = territory.municipalities.map((m) => m.divipola);
	const ctx: FigureContext = { edition: dataset.edition, territory };
	const data = toExploreData(dataset);
	const department = (patch: Partial<ExploreState>) =>
		exploreFigure(computeExplore(data, { ...DEFAULT_STATE, ...patch }), ctx);
	const investment = computeExplore(data, DEFAULT_STATE);
	return [
		...[...dataset.metas].sort((a, b) => a.number - b.number).map((m) => metaFigure(m, codes, ctx)),
		department({ metric: 'inversion', norm: 'total' }),
		department({ metric: 'inversion', norm: 'por-mil' }),
		department({ metric: 'beneficiarios', norm: 'total' }),
		department({ metric: 'beneficiarios', norm: 'por-mil' }),
		subregionFigure(
			data,
			investment,
			subregionChoropleth(data, investment, 'investmentMillionCop', 'total'),
			ctx
		)
	];
}

/**
 * The annex's indice.csv, for the staff's spreadsheet (es-CO dialect). Titles and
 * captions come from the data files: neutralised like every CSV download.
 */
export function annexIndexCsv(specs: readonly FigureSpec[]): string {
	return encodeCsv(
		specs.map((s, i) => ({ s, i })),
		[
			{ header: 'figura', type: 'number', value: (r) => r.i + 1, decimals: 0 },
			{ header: 'svg', type: 'text', value: (r) => `${r.s.slug}.svg` },
			{ header: 'png', type: 'text', value: (r) => `${r.s.slug}.png` },
			{ header: 'titulo', type: 'text', value: (r) => r.s.title },
			{ header: 'leyenda_pie', type: 'text', value: (r) => r.s.caption }
		],
		CSV_ES_CO
	);
}
