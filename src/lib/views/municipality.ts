/** The drill-down of one municipality: every meta that reached it, with the report's words. */
import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topoText from '../../../geodata/norte-de-santander.topo.json?raw';
import {
	allocate,
	areaReferences,
	describeRule,
	reachedBy,
	type Allocation,
	type AreaReferences
} from '../allocation/index.ts';
import { figuresOf, type Dataset, type PublishedMeta } from '../dataset/index.ts';
import { DEFAULT_STATE } from '../explore/state.ts';
import { allocationOptions } from '../explore/values.ts';
import { cardHeadline, headlineOf, type CardHeadline } from './estimate.ts';

let neighbourMap: Map<string, string[]> | undefined;

/** DIVIPOLA codes of the municipalities sharing a border with each municipality. */
export function getNeighbours(): Map<string, string[]> {
	if (neighbourMap) return neighbourMap;
	// Vite gives the file's text; under tsx (npm run figures) `?raw` is ignored and the JSON arrives parsed.
	const topo = (typeof topoText === 'string' ? JSON.parse(topoText) : topoText) as Topology;
	const geoms = (topo.objects.municipios as GeometryCollection<{ divipola: string }>).geometries;
	const adj = neighbors(geoms as never);
	const code = (i: number) => (geoms[i].properties as { divipola: string }).divipola;
	neighbourMap = new Map(geoms.map((_, i) => [code(i), adj[i].map(code).sort()]));
	return neighbourMap;
}

// One allocation per dataset and rule, shared by its 40 pages.
const allocations = new WeakMap<Dataset, Map<string, Allocation>>();
function allocationFor(
	d: Dataset,
	rule: 'equal' | 'population',
	evidence: 'localizacion' | 'text'
): Allocation {
	const key = `${rule}-${evidence}`;
	let mine = allocations.get(d);
	if (!mine) allocations.set(d, (mine = new Map()));
	let a = mine.get(key);
	if (!a) {
		a = allocate(
			d.metas.map(figuresOf),
			d.municipalities.map((m) => ({ divipola: m.divipola, population: m.population })),
			{ rule, evidence, spreadDepartmental: false }
		);
		mine.set(key, a);
	}
	return a;
}

export interface ShareEstimate {
	investmentMillionCop: number;
	people: number;
	organisations: number;
}

export interface MetaAtMunicipality {
	meta: PublishedMeta;
	evidence: 'localizacion' | 'text';
	/** Verbatim quotes naming this municipality in the meta. */
	quotes: string[];
	/** Estimated share under each rule (null when the meta's amount is not split: departmental or sin localización). */
	equal: ShareEstimate | null;
	population: ShareEstimate | null;
	/** How many municipalities the share is split among. */
	splitAmong: number;
	/** The card's biggest figure: the share under the default rule, or why there is none. */
	headline: CardHeadline;
}

/** The estimated investment of the page's municipality beside its subregion's and the department's. */
export interface InvestmentComparison {
	/** Its estimate under the default rule (0 when nothing is split to it). */
	own: { total: number; per1000: number };
	/** Mean per municipality. */
	total: AreaReferences;
	/** The area's investment over its population. */
	per1000: AreaReferences;
}

function compareInvestment(d: Dataset, a: Allocation, code: string): InvestmentComparison {
	const estimate = new Map(a.municipalities.map((x) => [x.divipola, x.estimate?.investmentMillionCop ?? 0]));
	const rows = d.municipalities.map((m) => ({
		divipola: m.divipola,
		subregion: m.subregion,
		population: m.population,
		value: estimate.get(m.divipola) ?? 0
	}));
	const own = rows.find((r) => r.divipola === code)!;
	const perRows = rows.map((r) => ({ ...r, value: (r.value / r.population) * 1000 }));
	return {
		own: { total: own.value, per1000: (own.value / own.population) * 1000 },
		total: areaReferences(rows, code, 'mean'),
		per1000: areaReferences(perRows, code, 'rate')
	};
}

// The explorer's default view: the rule a municipality page leads with.
const DEFAULT_OPTIONS = allocationOptions(DEFAULT_STATE);

function shareOf(a: Allocation, code: string, meta: number): ShareEstimate | null {
	const s = a.municipalities.find((m) => m.divipola === code)?.shares.find((x) => x.meta === meta);
	return s
		? { investmentMillionCop: s.investmentMillionCop, people: s.people, organisations: s.organisations }
		: null;
}

export function municipalityView(d: Dataset, code: string) {
	const m = d.municipalities.find((x) => x.divipola === code);
	if (!m) throw new Error(`No existe el municipio ${code}`);
	const entries: MetaAtMunicipality[] = [];
	for (const meta of d.metas) {
		const here = meta.places.filter((p) => p.divipola === code);
		if (here.length === 0) continue;
		const evidence = here.some((p) => p.evidence === 'localizacion') ? 'localizacion' : 'text';
		const equal = shareOf(allocationFor(d, 'equal', evidence), code, meta.number);
		const population = shareOf(allocationFor(d, 'population', evidence), code, meta.number);
		entries.push({
			meta,
			evidence,
			quotes: [...new Set(here.flatMap((p) => p.quotes))],
			equal,
			population,
			splitAmong: reachedBy(meta, evidence).length,
			headline: cardHeadline(meta.scope, DEFAULT_OPTIONS.rule === 'population' ? population : equal)
		});
	}
	const named = new Set(entries.map((e) => e.meta.number));
	const departmental = d.metas.filter((x) => x.scope === 'departmental' && !named.has(x.number));
	// Departmental metas that also name it are listed with the others, not again apart.
	const namedDepartmental = d.metas
		.filter((x) => x.scope === 'departmental' && named.has(x.number))
		.map((x) => x.number);
	const names = new Map(d.municipalities.map((x) => [x.divipola, x]));
	const rule = DEFAULT_OPTIONS.rule === 'population' ? 'population' : 'equal';
	const byLocalizacion = allocationFor(d, rule, 'localizacion');
	return {
		/** What the default estimate leaves unsplit for the whole department (the same for every municipality). */
		notSplit: { departmental: byLocalizacion.departmental, unlocated: byLocalizacion.unlocated },
		municipality: m,
		headline: headlineOf(byLocalizacion, allocationFor(d, rule, 'text'), code),
		comparison: compareInvestment(d, byLocalizacion, code),
		ruleText: describeRule(DEFAULT_OPTIONS, d.populationYear),
		populationYear: d.populationYear,
		populationSource: d.populationSource,
		localizacion: entries.filter((e) => e.evidence === 'localizacion'),
		textOnly: entries.filter((e) => e.evidence === 'text'),
		departmental,
		namedDepartmental,
		neighbours: (getNeighbours().get(code) ?? []).map((c) => {
			const n = names.get(c)!;
			return { divipola: c, name: n.shortName, subregion: n.subregion };
		}),
		subregionMembers: d.municipalities
			.filter((x) => x.subregion === m.subregion && x.divipola !== code)
			.map((x) => ({ divipola: x.divipola, name: x.shortName }))
	};
}
