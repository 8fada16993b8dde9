/**
 * The published dataset: the report's metas joined to the 40 municipalities.
 * Built from the source texts (YAML + geodata JSON) so the same function serves
 * the app (Vite `?raw` imports) and the command line (`npm run data:json`).
 */
import { createResolver, type Resolution } from '../places/index.ts';
import {
	DataError,
	parseEdition,
	parseMetas,
	parsePlaceDecisions,
	parseReportInfo,
	type EditionDescriptor,
	type Meta,
	type PlaceDecision,
	type Scope,
	type Evidence,
	type BeneficiaryStatus,
	type FundingSource,
	type ReportInfo
} from '../report/index.ts';
import { suggest } from '../places/index.ts';
import { parseTerritory, populationOf, type Subregion } from '../geo/index.ts';

export interface SourceTexts {
	/** The edition descriptor (`edicion.yaml`). */
	edicion: string;
	metas: string;
	informe: string;
	lugares: string;
	municipios: string;
}

export interface PublishedPlace {
	/** DIVIPOLA code; null for places outside the department (or the department as a whole). */
	divipola: string | null;
	evidence: Evidence;
	/** The first verbatim quote naming the place (null only in a `secretaria` edition without quotes). */
	verbatim: string | null;
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
		/** `label`: the edition's name for the source (edicion.yaml, fundingSources). */
		sources: { source: FundingSource; label: string; sharePct: number | null; main: boolean }[];
	};
	groups: Meta['groups'];
	partners: Meta['partners'];
	period: Meta['period'];
	scope: Scope;
	localizacion: Meta['localizacion'];
	places: PublishedPlace[];
	excluded: Meta['excluded'];
	notes: Meta['notes'];
	/** Null only where a `secretaria` edition captured the figure without a quote. */
	quotes: {
		investment: string | null;
		compliance: string | null;
		progress: string | null;
		beneficiaries: string | null;
		funding: string | null;
	};
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
	/** Which report this is: every page, figure and download names it from here. */
	edition: Omit<EditionDescriptor, 'quotes'>;
	/** The department the territory data describes (from the geodata). */
	department: { code: string; name: string };
	report: {
		title: string;
		entity: string;
		plan: string;
		period: string;
		published: string;
		notes: Meta['notes'];
	};
	populationYear: number;
	populationSource: string;
	subregions: Subregion[];
	municipalities: PublishedMunicipality[];
	metas: PublishedMeta[];
	missingMetas: number[];
	narrativeTotals: (ReturnType<typeof parseReportInfo>['narrativeTotals'][number] & {
		check: NarrativeCheck;
	})[];
	indicatorYears: ReturnType<typeof parseReportInfo>['indicatorYears'];
	indicators: ReturnType<typeof parseReportInfo>['indicators'];
	indicatorFootnotes: ReturnType<typeof parseReportInfo>['indicatorFootnotes'];
	placeDecisions: PlaceDecision[];
}

export interface NarrativeCheck {
	/** Sum of the candidate metas' investment (millions of COP). */
	investmentSum: number;
	/** Sum of the candidate metas' beneficiaries counted as people (metas without a count add nothing). */
	peopleSum: number;
	metasWithoutCount: number[];
	/** Whether the sum honours the narrative's "más de" bound. */
	investmentConsistent: boolean;
	peopleConsistent: boolean;
}

function publishPlaces(meta: Meta, resolve: (n: string) => Resolution): PublishedPlace[] {
	return meta.places.map((p) => {
		const quotes = p.quotes ?? (meta.localizacion.quote ? [meta.localizacion.quote] : []);
		let r: Resolution;
		try {
			r = resolve(p.name);
		} catch (e) {
			throw new Error(`metas.yaml, meta ${meta.number}, campo «places»: ${(e as Error).message}`, {
				cause: e
			});
		}
		const base = { evidence: p.evidence, verbatim: quotes[0] ?? null, quotes, writtenAs: p.name };
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

function publishMeta(
	meta: Meta,
	resolve: (n: string) => Resolution,
	edition: EditionDescriptor
): PublishedMeta {
	const label = (id: string) => edition.fundingSources.find((f) => f.id === id)?.label ?? id;
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
		funding: {
			status: meta.funding.status,
			sources: meta.funding.sources.map((s) => ({ ...s, label: label(s.source) }))
		},
		groups: meta.groups,
		partners: meta.partners,
		period: meta.period,
		scope: meta.localizacion.scope,
		localizacion: meta.localizacion,
		places: publishPlaces(meta, resolve),
		excluded: meta.excluded,
		notes: meta.notes,
		quotes: {
			investment: meta.investment.quote,
			compliance: meta.compliance.quote,
			progress: meta.progress.quote,
			beneficiaries: b.quote,
			funding: meta.funding.quote
		}
	};
}

function round2(x: number): number {
	return Math.round(x * 100) / 100;
}

function withoutQuotes(e: EditionDescriptor): Omit<EditionDescriptor, 'quotes'> {
	const copy: Partial<EditionDescriptor> = { ...e };
	delete copy.quotes;
	return copy as Omit<EditionDescriptor, 'quotes'>;
}

const NO_QUOTE =
	'falta la cita textual: una edición citada del informe (edicion.yaml, origin: informe) cita cada cifra; ' +
	'si las cifras las capturó la Secretaría sin citas, la edición es origin: secretaria';
const SIN_DATOS = '«sin-datos» solo vale en una edición capturada por la Secretaría (origin: secretaria)';

/** A quote an `informe` edition lacks (or a `sin-datos` status it cannot have), by file and place. */
export interface MissingQuote {
	file: 'metas.yaml' | 'informe.yaml';
	meta?: number;
	total?: string;
	indicator?: string;
	/** Path inside the meta, total or indicator: `compliance.quote`, `places.2.quotes`. */
	field: string;
	message: string;
}

/** An `informe` edition quotes every figure; a `secretaria` one may leave quotes out. */
export function missingQuotes(metas: readonly Meta[], info: ReportInfo): MissingQuote[] {
	const inMetas = metas.flatMap((m) => {
		const out: MissingQuote[] = [];
		const add = (field: string, message = NO_QUOTE) =>
			out.push({
				file: 'metas.yaml',
				meta: m.number,
				field,
				message: `meta ${m.number}, campo «${field}»: ${message}`
			});
		const need = (field: string, q: string | null | undefined) => {
			if (!q) add(field);
		};
		need('compliance.quote', m.compliance.quote);
		need('progress.quote', m.progress.quote);
		need('investment.quote', m.investment.quote);
		if (m.funding.status === 'stated') need('funding.quote', m.funding.quote);
		need('beneficiaries.quote', m.beneficiaries.quote);
		m.groups.forEach((g, i) => need(`groups.${i}.quote`, g.quote));
		if (m.partners.status === 'sin-datos') add('partners.status', SIN_DATOS);
		else if (m.partners.quotes.length === 0) add('partners.quotes');
		if (m.period.status === 'sin-datos') add('period.status', SIN_DATOS);
		else need('period.quote', m.period.quote);
		if (m.localizacion.status === 'filled') need('localizacion.quote', m.localizacion.quote);
		m.places.forEach((p, i) => {
			if (!(p.quotes?.length || m.localizacion.quote)) add(`places.${i}.quotes`);
		});
		m.excluded.forEach((x, i) => need(`excluded.${i}.quote`, x.quote));
		return out;
	});
	const inInforme: MissingQuote[] = [
		...info.narrativeTotals.flatMap((t) =>
			(
				[
					['themeQuote', t.themeQuote],
					['investment.quote', t.investment.quote],
					['beneficiaries.quote', t.beneficiaries.quote]
				] as const
			)
				.filter(([, q]) => !q)
				.map(([field]) => ({
					file: 'informe.yaml' as const,
					total: t.id,
					field,
					message: `total «${t.id}», campo «${field}»: ${NO_QUOTE}`
				}))
		),
		...info.indicators
			.filter((x) => !x.quote)
			.map((x) => ({
				file: 'informe.yaml' as const,
				indicator: x.id,
				field: 'quote',
				message: `indicador «${x.id}», campo «quote»: ${NO_QUOTE}`
			}))
	];
	return [...inMetas, ...inInforme];
}

/** Every funding source a meta names must be one the edition lists. */
function checkFundingSources(metas: readonly Meta[], edition: EditionDescriptor): void {
	const known = edition.fundingSources.map((f) => f.id);
	const problems = metas.flatMap((m) =>
		m.funding.sources
			.filter((s) => !known.includes(s.source))
			.map((s) => {
				const near = suggest(s.source, known, 1);
				return (
					`meta ${m.number}, campo «funding.sources.source», valor "${s.source}": ` +
					`la edición solo declara las fuentes ${known.map((k) => `«${k}»`).join(', ')} (edicion.yaml, fundingSources)` +
					(near.length ? `. ¿Quiso decir «${near[0]}»?` : '')
				);
			})
	);
	if (problems.length) throw new DataError('metas.yaml', problems);
}

export function buildDataset(texts: SourceTexts): Dataset {
	const territory = parseTerritory(texts.municipios);
	const edition = parseEdition(texts.edicion);
	if (!territory.populationYears.includes(edition.populationYear)) {
		throw new DataError('edicion.yaml', [
			`campo «populationYear», valor ${edition.populationYear}: la geodata solo tiene población de ${territory.populationYears.join(', ')}`
		]);
	}
	const info = parseReportInfo(texts.informe);
	const decisions = parsePlaceDecisions(texts.lugares);
	const resolve = createResolver(territory.municipalities, decisions);
	const parsed = parseMetas(texts.metas);
	checkFundingSources(parsed, edition);
	if (edition.origin === 'informe') {
		const missing = missingQuotes(parsed, info);
		for (const file of ['metas.yaml', 'informe.yaml'] as const) {
			const here = missing.filter((x) => x.file === file).map((x) => x.message);
			if (here.length) throw new DataError(file, here);
		}
	}
	const metas = parsed.map((m) => publishMeta(m, resolve, edition));
	const byNumber = new Map(metas.map((m) => [m.number, m]));
	const maxNumber = Math.max(...metas.map((m) => m.number));
	const missingMetas = Array.from({ length: maxNumber }, (_, i) => i + 1).filter((n) => !byNumber.has(n));

	const narrativeTotals = info.narrativeTotals.map((t) => {
		const candidates = t.candidateMetas.map((n) => {
			const m = byNumber.get(n);
			if (!m) throw new Error(`informe.yaml, total «${t.id}»: la meta ${n} no existe`);
			return m;
		});
		const investmentSum = round2(candidates.reduce((s, m) => s + m.investmentMillionCop, 0));
		const peopleSum = candidates.reduce(
			(s, m) => s + (m.beneficiaries.unitClass === 'personas' ? (m.beneficiaries.count ?? 0) : 0),
			0
		);
		const bound = (sum: number, figure: number, lower: boolean) => (lower ? sum > figure : sum === figure);
		return {
			...t,
			check: {
				investmentSum,
				peopleSum,
				metasWithoutCount: candidates.filter((m) => m.beneficiaries.count === null).map((m) => m.number),
				investmentConsistent: bound(investmentSum, t.investment.millionCop, t.investment.lowerBound),
				peopleConsistent: bound(peopleSum, t.beneficiaries.count, t.beneficiaries.lowerBound)
			}
		};
	});

	return {
		edition: withoutQuotes(edition),
		department: territory.department,
		report: {
			title: edition.title,
			entity: `${edition.entity}, ${edition.government}`,
			plan: edition.plan,
			period: edition.period.text,
			published: edition.published.text,
			notes: info.notes
		},
		populationYear: edition.populationYear,
		populationSource: territory.populationSource,
		subregions: territory.subregions,
		municipalities: territory.municipalities.map((m) => ({
			divipola: m.divipola,
			name: m.name,
			shortName: m.shortName,
			subregion: m.subregion,
			population: populationOf(m, edition.populationYear),
			populationByYear: m.population,
			areaKm2: m.areaKm2
		})),
		metas,
		missingMetas,
		narrativeTotals,
		indicatorYears: info.indicatorYears,
		indicators: info.indicators,
		indicatorFootnotes: info.indicatorFootnotes,
		placeDecisions: decisions
	};
}
