/**
 * What each page shows, computed from one edition's dataset: pure functions,
 * so the routes only pick the edition, call one of these and render. (The
 * municipality page's builder is in municipality.ts.)
 */
import { describeRule } from '../allocation/index.ts';
import { toExploreData, type Dataset, type PublishedMeta } from '../dataset/index.ts';
import { computeExplore, DEFAULT_STATE } from '../explore/index.ts';
import { searchPlaces } from '../search/places.ts';

const titles = (d: Dataset) => d.metas.map((m) => ({ number: m.number, title: m.title }));

/**
 * The explorer (home page): the data it computes every view from, its default
 * view already computed, the metas to filter, the municipalities for its
 * select in Spanish alphabetical order (sorted here: a collation in the
 * browser is an Intl call on page load), and the place names its search
 * knows besides the municipalities'.
 */
export function homeView(d: Dataset) {
	const explore = toExploreData(d);
	return {
		explore,
		// The prerendered view, computed here: the page loads the computation only for another view.
		initial: computeExplore(explore, DEFAULT_STATE),
		metaTitles: titles(d),
		choices: explore.municipalities
			.map(({ divipola, shortName }) => ({ divipola, shortName }))
			.sort((a, b) => a.shortName.localeCompare(b.shortName, 'es')),
		places: searchPlaces(d.placeDecisions)
	};
}

/** The subregion comparison: the same explorer data. */
export function subregionsView(d: Dataset) {
	return { explore: toExploreData(d) };
}

/** Short names of the municipalities a meta names in LOCALIZACIÓN, each once, in the report's order. */
function localizacionNames(m: PublishedMeta, names: ReadonlyMap<string, string>): string[] {
	return [
		...new Set(
			m.places
				.filter((p) => p.evidence === 'localizacion' && p.divipola)
				.map((p) => names.get(p.divipola as string) as string)
		)
	];
}

/** The table of metas with the report's own figures. */
export function metasView(d: Dataset) {
	const names = new Map(d.municipalities.map((m) => [m.divipola, m.shortName]));
	return {
		report: d.report,
		missingMetas: d.missingMetas,
		metas: d.metas.map((m) => ({
			number: m.number,
			title: m.title,
			investmentMillionCop: m.investmentMillionCop,
			compliancePct: m.compliancePct,
			progressPct: m.progressPct,
			beneficiaries: m.beneficiaries,
			scope: m.scope,
			localizacion: localizacionNames(m, names)
		}))
	};
}

export type MetaView =
	| {
			found: true;
			meta: PublishedMeta;
			names: Record<string, string>;
			named: string[];
			others: ReturnType<typeof titles>;
	  }
	| { found: false; message: string };

/** One meta's page, or why there is none (a number the report skips is said so). */
export function metaView(d: Dataset, numero: string): MetaView {
	const meta = d.metas.find((m) => String(m.number) === numero);
	if (!meta) {
		const skipped = /^\d+$/.test(numero) && d.missingMetas.includes(Number(numero));
		return {
			found: false,
			message: skipped ? `La meta ${numero} no está en el informe` : 'No existe esa meta'
		};
	}
	return {
		found: true,
		meta,
		names: Object.fromEntries(d.municipalities.map((m) => [m.divipola, m.shortName])),
		named: [...new Set(meta.places.filter((p) => p.divipola).map((p) => p.divipola as string))],
		others: titles(d)
	};
}

/** Method and sources: the rules, the place decisions, the report's totals against the metas. */
export function methodView(d: Dataset) {
	const rules = (['none', 'equal', 'population'] as const).map((rule) =>
		describeRule({ rule, evidence: 'localizacion', spreadDepartmental: false }, d.populationYear)
	);
	const spread = describeRule(
		{ rule: 'population', evidence: 'localizacion', spreadDepartmental: true },
		d.populationYear
	);
	const scoped = (scope: PublishedMeta['scope']) =>
		d.metas.filter((m) => m.scope === scope).map((m) => m.number);
	return {
		report: d.report,
		populationYear: d.populationYear,
		populationSource: d.populationSource,
		rules,
		spread,
		decisions: d.placeDecisions,
		excluded: d.metas.flatMap((m) => m.excluded.map((x) => ({ meta: m.number, ...x }))),
		totals: d.narrativeTotals,
		indicatorYears: d.indicatorYears,
		crossMetaNotes: d.crossMetaNotes,
		// In cents, so the sum of two-decimal amounts is exact.
		metasInvestmentSum: d.metas.reduce((s, m) => s + Math.round(m.investmentMillionCop * 100), 0) / 100,
		metaCount: d.metas.length,
		indicators: d.indicators,
		footnotes: d.indicatorFootnotes,
		missing: d.missingMetas,
		scopes: {
			municipal: scoped('municipal'),
			departmental: scoped('departmental'),
			unspecified: scoped('unspecified')
		}
	};
}
