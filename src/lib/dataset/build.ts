/**
 * The published dataset: the report's metas joined to the 40 municipalities.
 * Built from the source texts (YAML + geodata JSON) so the same function serves
 * the app (Vite `?raw` imports) and the command line (`npm run data:json`).
 */
import { createResolver, type Resolution } from '../places/index.ts';
import {
	parseMetas,
	parsePlaceDecisions,
	parseReportInfo,
	type Meta,
	type PlaceDecision,
	type Scope,
	type Evidence,
	type BeneficiaryStatus,
	type FundingSource,
	type Note
} from '../report/index.ts';
import { reconcile, type Reconciliation } from './reconcile.ts';
import { parseTerritory, populationOf, POPULATION_YEAR, type Subregion } from '../geo/index.ts';

export interface SourceTexts {
	metas: string;
	informe: string;
	lugares: string;
	municipios: string;
}

export interface PublishedPlace {
	/** DIVIPOLA code; null for places outside the department (or the department as a whole). */
	divipola: string | null;
	evidence: Evidence;
	/** The first verbatim quote naming the place. */
	verbatim: string;
	/** Every verbatim quote naming the place at this evidence level. */
	quotes: string[];
	/** The place as written in the report. */
	writtenAs: string;
	/** How the name was resolved: an exact municipality name, or a recorded decision. */
	resolution: 'nombre' | 'errata' | 'alias' | 'corregimiento' | 'fuera' | 'departamento';
	/** For places outside the department: where it is. */
	outside: string | null;
}

export interface PublishedMeta {
	number: number;
	title: string;
	done: Meta['done'];
	investmentMillionCop: number;
	compliancePct: number;
	progressPct: number;
	beneficiaries: {
		count: number | null;
		unit: string | null;
		unitClass: 'personas' | 'organizaciones' | null;
		status: BeneficiaryStatus;
	};
	funding: {
		status: 'stated' | 'not-stated';
		sources: { source: FundingSource; sharePct: number | null; main: boolean }[];
	};
	groups: Meta['groups'];
	partners: Meta['partners'];
	period: Meta['period'];
	scope: Scope;
	localizacion: Meta['localizacion'];
	places: PublishedPlace[];
	excluded: Meta['excluded'];
	/** Its own notes, then the notes of other metas that are also about it (cross-meta). */
	notes: PublishedNote[];
	quotes: {
		investment: string;
		compliance: string;
		progress: string;
		beneficiaries: string;
		funding: string | null;
	};
}

/** A note with the meta it is written on (`from`) and every meta it concerns (`metas`, `from` first). */
export interface PublishedNote extends Note {
	from: number;
	metas: number[];
	quotes: string[];
}

export interface PublishedMunicipality {
	divipola: string;
	name: string;
	shortName: string;
	subregion: string;
	/** Population in `populationYear` (DANE projection). */
	population: number;
	populationByYear: Record<string, number>;
	areaKm2: number;
}

export interface Dataset {
	report: {
		title: string;
		entity: string;
		plan: string;
		period: string;
		published: string;
		notes: Note[];
	};
	populationYear: number;
	populationSource: string;
	subregions: Subregion[];
	municipalities: PublishedMunicipality[];
	metas: PublishedMeta[];
	missingMetas: number[];
	/** Notes about more than one meta (shown on each of their pages and on /metodo). */
	crossMetaNotes: PublishedNote[];
	narrativeTotals: (ReturnType<typeof parseReportInfo>['narrativeTotals'][number] & {
		check: NarrativeCheck;
	})[];
	indicators: ReturnType<typeof parseReportInfo>['indicators'];
	indicatorFootnotes: ReturnType<typeof parseReportInfo>['indicatorFootnotes'];
	placeDecisions: PlaceDecision[];
}

/** The introduction's total against the sum of its candidate metas (see reconcile.ts). */
export type NarrativeCheck = Reconciliation;

function publishPlaces(meta: Meta, resolve: (n: string) => Resolution): PublishedPlace[] {
	return meta.places.map((p) => {
		const quotes = p.quotes ?? (meta.localizacion.quote ? [meta.localizacion.quote] : []);
		if (quotes.length === 0) {
			throw new Error(`Meta ${meta.number}: el lugar «${p.name}» no tiene cita`);
		}
		let r: Resolution;
		try {
			r = resolve(p.name);
		} catch (e) {
			throw new Error(`metas.yaml, meta ${meta.number}, campo «places»: ${(e as Error).message}`, {
				cause: e
			});
		}
		const base = { evidence: p.evidence, verbatim: quotes[0], quotes, writtenAs: p.name };
		if (r.kind === 'municipality') {
			return {
				...base,
				divipola: r.divipola,
				resolution: r.via === 'nombre' ? 'nombre' : r.decision.decision,
				outside: null
			} as PublishedPlace;
		}
		if (r.kind === 'outside') return { ...base, divipola: null, resolution: 'fuera', outside: r.where };
		return { ...base, divipola: null, resolution: 'departamento', outside: null };
	});
}

function publishMeta(meta: Meta, resolve: (n: string) => Resolution): PublishedMeta {
	const b = meta.beneficiaries;
	return {
		number: meta.number,
		title: meta.title,
		done: meta.done,
		investmentMillionCop: meta.investment.millionCop,
		compliancePct: meta.compliance.pct,
		progressPct: meta.progress.pct,
		beneficiaries:
			b.status === 'reported'
				? { count: b.count, unit: b.unit, unitClass: b.unitClass, status: b.status }
				: { count: null, unit: null, unitClass: null, status: b.status },
		funding: { status: meta.funding.status, sources: meta.funding.sources },
		groups: meta.groups,
		partners: meta.partners,
		period: meta.period,
		scope: meta.localizacion.scope,
		localizacion: meta.localizacion,
		places: publishPlaces(meta, resolve),
		excluded: meta.excluded,
		notes: meta.notes.map((n) => publishNote(n, meta.number)),
		quotes: {
			investment: meta.investment.quote,
			compliance: meta.compliance.quote,
			progress: meta.progress.quote,
			beneficiaries: b.quote,
			funding: meta.funding.quote
		}
	};
}

function publishNote(n: Note, from: number): PublishedNote {
	return { ...n, from, metas: [from, ...(n.metas ?? [])], quotes: n.quotes ?? [] };
}

export function buildDataset(texts: SourceTexts): Dataset {
	const territory = parseTerritory(texts.municipios);
	const info = parseReportInfo(texts.informe);
	const decisions = parsePlaceDecisions(texts.lugares);
	const resolve = createResolver(territory.municipalities, decisions);
	const metas = parseMetas(texts.metas).map((m) => publishMeta(m, resolve));
	const byNumber = new Map(metas.map((m) => [m.number, m]));
	const maxNumber = Math.max(...metas.map((m) => m.number));
	const missingMetas = Array.from({ length: maxNumber }, (_, i) => i + 1).filter((n) => !byNumber.has(n));

	const narrativeTotals = info.narrativeTotals.map((t) => {
		const candidates = t.candidateMetas.map((n) => {
			const m = byNumber.get(n);
			if (!m) throw new Error(`informe.yaml, total «${t.id}»: la meta ${n} no existe`);
			return m;
		});
		return {
			...t,
			check: reconcile(
				{
					investment: { value: t.investment.millionCop, lowerBound: t.investment.lowerBound },
					beneficiaries: {
						value: t.beneficiaries.count,
						lowerBound: t.beneficiaries.lowerBound,
						unit: t.beneficiaries.unit
					}
				},
				candidates
			)
		};
	});

	// A cross-meta note is written once, on one meta, and shown on every meta it concerns.
	const crossMetaNotes = metas.flatMap((m) => m.notes.filter((n) => n.metas.length > 1));
	for (const n of crossMetaNotes) {
		for (const other of n.metas.slice(1)) {
			const m = byNumber.get(other);
			if (!m)
				throw new Error(
					`metas.yaml, meta ${n.from}, nota «${n.text.slice(0, 40)}…»: la meta ${other} no existe`
				);
			m.notes.push(n);
		}
	}

	return {
		report: {
			title: info.title,
			entity: info.entity,
			plan: info.plan,
			period: info.period,
			published: info.published,
			notes: info.notes
		},
		populationYear: POPULATION_YEAR,
		populationSource: territory.populationSource,
		subregions: territory.subregions,
		municipalities: territory.municipalities.map((m) => ({
			divipola: m.divipola,
			name: m.name,
			shortName: m.shortName,
			subregion: m.subregion,
			population: populationOf(m),
			populationByYear: m.population,
			areaKm2: m.areaKm2
		})),
		metas,
		missingMetas,
		crossMetaNotes,
		narrativeTotals,
		indicators: info.indicators,
		indicatorFootnotes: info.indicatorFootnotes,
		placeDecisions: decisions
	};
}
