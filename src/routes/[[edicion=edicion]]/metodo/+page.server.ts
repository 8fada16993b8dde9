import { datasetOf, editionEntries } from '$lib/server/dataset.ts';
import { describeRule } from '$lib/allocation/index.ts';

export const entries = () => editionEntries();

export function load({ params }) {
	const d = datasetOf(params.edicion);
	const rules = (['none', 'equal', 'population'] as const).map((rule) =>
		describeRule({ rule, evidence: 'localizacion', spreadDepartmental: false }, d.populationYear)
	);
	const spread = describeRule(
		{ rule: 'population', evidence: 'localizacion', spreadDepartmental: true },
		d.populationYear
	);
	const excluded = d.metas.flatMap((m) => m.excluded.map((x) => ({ meta: m.number, ...x })));
	return {
		report: d.report,
		populationYear: d.populationYear,
		populationSource: d.populationSource,
		rules,
		spread,
		decisions: d.placeDecisions,
		excluded,
		totals: d.narrativeTotals,
		indicatorYears: d.indicatorYears,
		crossMetaNotes: d.crossMetaNotes,
		metasInvestmentSum: d.metas.reduce((s, m) => s + Math.round(m.investmentMillionCop * 100), 0) / 100,
		metaCount: d.metas.length,
		indicators: d.indicators,
		footnotes: d.indicatorFootnotes,
		missing: d.missingMetas,
		scopes: {
			municipal: d.metas.filter((m) => m.scope === 'municipal').map((m) => m.number),
			departmental: d.metas.filter((m) => m.scope === 'departmental').map((m) => m.number),
			unspecified: d.metas.filter((m) => m.scope === 'unspecified').map((m) => m.number)
		}
	};
}
