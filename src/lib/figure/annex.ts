/**
 * The map annex for the report's staff: the LOCALIZACIÓN map of every meta,
 * the department maps of estimated investment and beneficiaries (total and
 * per 1,000 inhabitants) and the subregion map, in the report's order.
 */
import type { Dataset } from '../dataset/index.ts';
import { toExploreData } from '../dataset/explore.ts';
import { computeExplore, DEFAULT_STATE, subregionChoropleth, type ExploreState } from '../explore/index.ts';
import type { Territory } from '../geo/index.ts';
import type { FigureSpec } from './compose.ts';
import { exploreFigure, metaFigure, subregionFigure } from './specs.ts';

export function annexSpecs(dataset: Dataset, territory: Territory): FigureSpec[] {
	const codes = territory.municipalities.map((m) => m.divipola);
	const data = toExploreData(dataset);
	const department = (patch: Partial<ExploreState>) =>
		exploreFigure(computeExplore(data, { ...DEFAULT_STATE, ...patch }));
	const investment = computeExplore(data, DEFAULT_STATE);
	return [
		...[...dataset.metas].sort((a, b) => a.number - b.number).map((m) => metaFigure(m, codes)),
		department({ metric: 'inversion', norm: 'total' }),
		department({ metric: 'inversion', norm: 'por-mil' }),
		department({ metric: 'beneficiarios', norm: 'total' }),
		department({ metric: 'beneficiarios', norm: 'por-mil' }),
		subregionFigure(
			data,
			investment,
			subregionChoropleth(data, investment, 'investmentMillionCop', 'total'),
			territory.municipalities
		)
	];
}
