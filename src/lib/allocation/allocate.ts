/**
 * Per-meta figures -> per-municipality estimates under a named rule.
 *
 * The report gives investment and beneficiaries per meta, never per
 * municipality, so every per-municipality amount is an estimate:
 * - `none`: no amounts, only which metas reached each municipality;
 * - `equal`: a municipal-scope meta's amount split equally among the
 *   municipalities it reached;
 * - `population`: split in proportion to their population.
 * Departmental-scope metas stay apart as a department-wide amount unless
 * `spreadDepartmental` asks to spread them over all the municipalities by
 * population. Metas without a stated location are "sin localización" and are
 * never spread. Amounts are split in whole units (0,01 millones de pesos; one
 * person) so they add back up exactly to the reported totals.
 */
import type { Evidence, Scope } from '../report/schema.ts';
import { largestRemainder } from './largest-remainder.ts';
import { compareCodes } from '../text/index.ts';

export type Rule = 'none' | 'equal' | 'population';
/** `localizacion`: only places named in LOCALIZACIÓN; `text`: also mentions elsewhere. */
export type EvidenceLevel = 'localizacion' | 'text';

export const RULES: readonly Rule[] = ['none', 'equal', 'population'];

export interface MetaFigures {
	number: number;
	scope: Scope;
	investmentMillionCop: number;
	/** Beneficiaries counted as people (null when the report gives none or counts organisations). */
	people: number | null;
	/** Beneficiaries counted as organisations. */
	organisations: number | null;
	/** Places with a DIVIPOLA code (places outside the department have null). */
	places: readonly { divipola: string | null; evidence: Evidence }[];
}

export interface AllocationOptions {
	rule: Rule;
	evidence: EvidenceLevel;
	spreadDepartmental: boolean;
}

export interface Amounts {
	investmentMillionCop: number;
	people: number;
	organisations: number;
}

export interface Share extends Amounts {
	meta: number;
	/** municipal: split of a municipal-scope meta; departamental: spread of a department-wide meta. */
	basis: 'municipal' | 'departamental';
}

export interface MunicipalityAllocation {
	divipola: string;
	/** Metas that name this municipality at the chosen evidence level (any scope). */
	metas: number[];
	/** Estimated amounts (null under rule `none`). */
	estimate: Amounts | null;
	shares: Share[];
}

export interface Bucket extends Amounts {
	metas: number[];
}

export interface Allocation {
	options: AllocationOptions;
	municipalities: MunicipalityAllocation[];
	/** Department-wide amounts of departmental-scope metas (empty when spread). */
	departmental: Bucket;
	/** Metas whose LOCALIZACIÓN does not say where ("sin localización"). */
	unlocated: Bucket;
	/** Under rule `none`: municipal-scope amounts left unsplit. */
	notSplit: Bucket;
	/** What the metas report in total. */
	reported: Bucket;
}

export interface WeightedMunicipality {
	divipola: string;
	population: number;
}

const CENTS = 100;

/** Millions with at most two decimals -> whole hundredths of a million. */
export function toCents(millions: number): number {
	const c = Math.round(millions * CENTS);
	if (Math.abs(c - millions * CENTS) > 1e-6) {
		throw new Error(`La inversión ${millions} tiene más de dos decimales`);
	}
	return c;
}

/** The department municipalities a meta names at an evidence level, in code order, once each. */
export function reachedBy(meta: Pick<MetaFigures, 'places'>, evidence: EvidenceLevel): string[] {
	const codes = meta.places
		.filter((p) => p.divipola !== null && (evidence === 'text' || p.evidence === 'localizacion'))
		.map((p) => p.divipola as string);
	return [...new Set(codes)].sort();
}

interface CentAmounts {
	cents: number;
	people: number;
	organisations: number;
}

function centAmounts(m: MetaFigures): CentAmounts {
	return {
		cents: toCents(m.investmentMillionCop),
		people: m.people ?? 0,
		organisations: m.organisations ?? 0
	};
}

function split(a: CentAmounts, weights: number[]): CentAmounts[] {
	const c = largestRemainder(a.cents, weights);
	const p = largestRemainder(a.people, weights);
	const o = largestRemainder(a.organisations, weights);
	return weights.map((_, i) => ({ cents: c[i], people: p[i], organisations: o[i] }));
}

function addTo(b: { cents: number; people: number; organisations: number }, a: CentAmounts) {
	b.cents += a.cents;
	b.people += a.people;
	b.organisations += a.organisations;
}

function toAmounts(a: CentAmounts): Amounts {
	return {
		investmentMillionCop: a.cents / CENTS,
		people: a.people,
		organisations: a.organisations
	};
}

/** Allocates every meta; does not mutate its inputs. */
export function allocate(
	metas: readonly MetaFigures[],
	municipalities: readonly WeightedMunicipality[],
	options: AllocationOptions
): Allocation {
	const munis = [...municipalities].sort((a, b) => compareCodes(a.divipola, b.divipola));
	const index = new Map(munis.map((m, i) => [m.divipola, i]));
	const perMuni = munis.map(() => ({
		metas: new Set<number>(),
		sum: { cents: 0, people: 0, organisations: 0 },
		shares: [] as Share[]
	}));
	const empty = () => ({ cents: 0, people: 0, organisations: 0, metas: [] as number[] });
	const buckets = { departmental: empty(), unlocated: empty(), notSplit: empty(), reported: empty() };

	const give = (codes: string[], weights: number[], meta: MetaFigures, basis: Share['basis']) => {
		split(centAmounts(meta), weights).forEach((part, i) => {
			const slot = perMuni[index.get(codes[i]) as number];
			addTo(slot.sum, part);
			slot.shares.push({ meta: meta.number, basis, ...toAmounts(part) });
		});
	};

	for (const meta of metas) {
		const amounts = centAmounts(meta);
		addTo(buckets.reported, amounts);
		buckets.reported.metas.push(meta.number);

		const reached = reachedBy(meta, options.evidence).filter((c) => index.has(c));
		for (const c of reached) perMuni[index.get(c) as number].metas.add(meta.number);

		if (meta.scope === 'departmental') {
			if (options.spreadDepartmental && options.rule !== 'none') {
				give(
					munis.map((m) => m.divipola),
					munis.map((m) => m.population),
					meta,
					'departamental'
				);
			} else {
				addTo(buckets.departmental, amounts);
				buckets.departmental.metas.push(meta.number);
			}
		} else if (meta.scope === 'unspecified' || reached.length === 0) {
			addTo(buckets.unlocated, amounts);
			buckets.unlocated.metas.push(meta.number);
		} else if (options.rule === 'none') {
			addTo(buckets.notSplit, amounts);
			buckets.notSplit.metas.push(meta.number);
		} else {
			const weights =
				options.rule === 'equal'
					? reached.map(() => 1)
					: reached.map((c) => munis[index.get(c) as number].population);
			give(reached, weights, meta, 'municipal');
		}
	}

	const bucket = (b: (typeof buckets)['reported']): Bucket => ({
		...toAmounts(b),
		metas: [...b.metas]
	});
	return {
		options: { ...options },
		municipalities: munis.map((m, i) => ({
			divipola: m.divipola,
			metas: [...perMuni[i].metas].sort((a, b) => a - b),
			estimate: options.rule === 'none' ? null : toAmounts(perMuni[i].sum),
			shares: perMuni[i].shares
		})),
		departmental: bucket(buckets.departmental),
		unlocated: bucket(buckets.unlocated),
		notSplit: bucket(buckets.notSplit),
		reported: bucket(buckets.reported)
	};
}

/** One Spanish sentence stating the rule behind the estimates (for legends and exports). */
export function describeRule(options: AllocationOptions, populationYear: number): string {
	const where =
		options.evidence === 'localizacion'
			? 'los municipios nombrados en LOCALIZACIÓN'
			: 'los municipios nombrados en LOCALIZACIÓN o en el resto del texto de la meta';
	const base =
		options.rule === 'none'
			? `Sin reparto: solo se cuenta cuántas metas nombran cada municipio (${where}).`
			: options.rule === 'equal'
				? `Estimación: la inversión y los beneficiarios de cada meta se reparten en partes iguales entre ${where}.`
				: `Estimación: la inversión y los beneficiarios de cada meta se reparten entre ${where} en proporción a su población (DANE ${populationYear}).`;
	const dept =
		options.spreadDepartmental && options.rule !== 'none'
			? ` Las metas de alcance departamental se reparten entre todos los municipios del departamento según su población (DANE ${populationYear}).`
			: ' Las metas de alcance departamental se muestran aparte, como un monto de todo el departamento.';
	return base + dept + ' Las metas sin localización no se reparten.';
}
