/**
 * The published dataset: the report's metas joined to the 40 municipalities.
 * Built from the source texts (YAML + geodata JSON) so the same function serves
 * the app (Vite `?raw` imports) and the command line (`npm run data:json`).
 */
import { createResolver, type Resolution, type Resolver } from '../places/index.ts';
import {
	DataError,
	decodeSource,
	loadEdition,
	loadMetas,
	loadPlaceDecisions,
	loadReportInfo,
	type DataProblem,
	type EditionDescriptor,
	type Loaded,
	type Meta,
	type SourceInput,
	type PlaceDecision,
	type Scope,
	type Evidence,
	type BeneficiaryStatus,
	type FundingSource,
	type ReportInfo,
	type Note
} from '../report/index.ts';
import { reconcile, type Reconciliation } from './reconcile.ts';
import { parseTerritory, populationOf, type Subregion } from '../geo/index.ts';
import { fold, suggest } from '../text/index.ts';

/** The source files, as bytes (checked as strict UTF-8) or as text. */
export interface SourceTexts {
	/** The edition descriptor (`edicion.yaml`). */
	edicion: SourceInput;
	metas: SourceInput;
	informe: SourceInput;
	lugares: SourceInput;
	municipios: SourceInput;
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
	/** Its own notes, then the notes of other metas that are also about it (cross-meta). */
	notes: PublishedNote[];
	/** Null only where a `secretaria` edition captured the figure without a quote. */
	quotes: {
		investment: string | null;
		compliance: string | null;
		progress: string | null;
		beneficiaries: string | null;
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
		notes: Note[];
	};
	populationYear: number;
	populationSource: string;
	/** Where the maps come from (from the geodata), in full and in a few words. */
	cartographySource: string;
	cartographyCredit: string;
	/** The subregion list's provenance and status (from the geodata). */
	subregionsNote: string;
	subregions: Subregion[];
	municipalities: PublishedMunicipality[];
	metas: PublishedMeta[];
	missingMetas: number[];
	/** Notes about more than one meta (shown on each of their pages and on /metodo). */
	crossMetaNotes: PublishedNote[];
	narrativeTotals: (ReportInfo['narrativeTotals'][number] & {
		check: NarrativeCheck;
	})[];
	indicatorYears: ReportInfo['indicatorYears'];
	indicators: ReportInfo['indicators'];
	indicatorFootnotes: ReportInfo['indicatorFootnotes'];
	placeDecisions: PlaceDecision[];
}

/** The introduction's total against the sum of its candidate metas (see reconcile.ts). */
export type NarrativeCheck = Reconciliation;

/** What a resolved place is, for "the same place twice at one evidence level". */
function placeIdentity(r: Resolution): string {
	if (r.kind === 'municipality') return r.divipola;
	if (r.kind === 'outside') return `fuera:${fold(r.decision.name)}`;
	return 'departamento';
}

/**
 * The meta's places with their resolution. Every name must resolve, and a
 * place appears once per evidence level (its quotes go together in `quotes`):
 * problems are collected, each at the line of the name.
 */
function publishPlaces(
	meta: Meta,
	index: number,
	resolve: Resolver,
	doc: Loaded<Meta[]>['doc'],
	problems: DataProblem[]
): PublishedPlace[] {
	const seen = new Map<string, number>();
	const out: PublishedPlace[] = [];
	meta.places.forEach((p, j) => {
		// Its own quotes, or the LOCALIZACIÓN quote; none only in a `secretaria` edition.
		const quotes = p.quotes ?? (meta.localizacion.quote ? [meta.localizacion.quote] : []);
		const at = [index, 'places', j, 'name'];
		let r: Resolution;
		try {
			r = resolve(p.name);
		} catch (e) {
			problems.push(doc.problemAt(at, (e as Error).message));
			return;
		}
		const id = `${p.evidence}|${placeIdentity(r)}`;
		const first = seen.get(id);
		if (first !== undefined) {
			const line = doc.locate([index, 'places', first])?.line;
			problems.push(
				doc.problemAt(
					at,
					`el lugar ya está en «places» con evidencia «${p.evidence}» («${meta.places[first].name}»${line ? `, línea ${line}` : ''}): ` +
						'deje una sola entrada por lugar y nivel de evidencia, con todas sus citas en «quotes»'
				)
			);
			return;
		}
		seen.set(id, j);
		const base = { evidence: p.evidence, verbatim: quotes[0] ?? null, quotes, writtenAs: p.name };
		if (r.kind === 'municipality') {
			out.push({
				...base,
				divipola: r.divipola,
				resolution: r.via === 'nombre' ? 'nombre' : r.decision.decision,
				outside: null
			} as PublishedPlace);
		} else if (r.kind === 'outside') {
			out.push({ ...base, divipola: null, resolution: 'fuera', outside: r.where });
		} else out.push({ ...base, divipola: null, resolution: 'departamento', outside: null });
	});
	return out;
}

function publishMeta(meta: Meta, places: PublishedPlace[], edition: EditionDescriptor): PublishedMeta {
	const b = meta.beneficiaries;
	const label = (id: string) => edition.fundingSources.find((f) => f.id === id)?.label ?? id;
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
		places,
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

/** Decisions that contradict the territory: a name that already is a municipality, a code that is none. */
function checkDecisions(
	loaded: Loaded<PlaceDecision[]>,
	municipalities: ReturnType<typeof parseTerritory>['municipalities'],
	department: string
): void {
	const names = new Map<string, string>();
	for (const m of municipalities)
		for (const n of [m.name, m.shortName, m.daneName]) names.set(fold(n), m.name);
	const codes = new Map(municipalities.map((m) => [m.divipola, m.name]));
	const problems: DataProblem[] = [];
	loaded.value.forEach((d, i) => {
		const already = names.get(fold(d.name));
		if (already) {
			problems.push(
				loaded.doc.problemAt(
					[i, 'name'],
					`«${d.name}» ya es el nombre de un municipio (${already}) y se reconoce solo: sobra esta decisión`
				)
			);
		}
		if ('divipola' in d && !codes.has(d.divipola)) {
			problems.push(
				loaded.doc.problemAt(
					[i, 'divipola'],
					`${d.divipola} no es el código de ningún municipio de ${department}`
				)
			);
		}
	});
	if (problems.length) throw new DataError(loaded.doc.file, problems);
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

/** Every funding source a meta names must be one the edition lists (at the source's line). */
function checkFundingSources(
	loaded: Loaded<Meta[]>,
	edition: EditionDescriptor,
	problems: DataProblem[]
): void {
	const known = edition.fundingSources.map((f) => f.id);
	loaded.value.forEach((m, i) =>
		m.funding.sources.forEach((s, j) => {
			if (known.includes(s.source)) return;
			const near = suggest(s.source, known, 1);
			problems.push(
				loaded.doc.problemAt(
					[i, 'funding', 'sources', j, 'source'],
					`la edición solo declara las fuentes ${known.map((k) => `«${k}»`).join(', ')} (edicion.yaml, fundingSources)` +
						(near.length ? `. ¿Quiso decir «${near[0]}»?` : '')
				)
			);
		})
	);
}

/**
 * The published dataset from the source files. Throws a DataError (Spanish,
 * with file and line) for anything it does not understand, and nothing else:
 * each file is checked on its own, then against the others (place names
 * against lugares.yaml and the territory, candidate metas against metas.yaml).
 */
export function buildDataset(texts: SourceTexts): Dataset {
	return build(texts, READERS);
}

interface Readers {
	edicion: (input: SourceInput) => Loaded<EditionDescriptor>;
	informe: (input: SourceInput) => Loaded<ReportInfo>;
	lugares: (input: SourceInput) => Loaded<PlaceDecision[]>;
	metas: (input: SourceInput) => Loaded<Meta[]>;
}

const READERS: Readers = {
	edicion: (input) => loadEdition(input),
	informe: (input) => loadReportInfo(input),
	lugares: (input) => loadPlaceDecisions(input),
	metas: (input) => loadMetas(input)
};

/**
 * `buildDataset` that remembers the last few readings of each file by its
 * exact input, for callers that rebuild many times with one file changed (the
 * data fuzz suite). Reading is a pure function of the input, so the result is
 * the same; only the time differs.
 */
export function cachedDatasetBuilder(size = 4): (texts: SourceTexts) => Dataset {
	const remember = <T>(read: (input: SourceInput) => T) => {
		const cache = new Map<SourceInput, T>();
		return (input: SourceInput) => {
			let v = cache.get(input);
			if (v === undefined) {
				v = read(input);
				if (cache.size >= size) cache.delete(cache.keys().next().value as SourceInput);
			} else cache.delete(input);
			cache.set(input, v);
			return v;
		};
	};
	const readers: Readers = {
		edicion: remember(READERS.edicion),
		informe: remember(READERS.informe),
		lugares: remember(READERS.lugares),
		metas: remember(READERS.metas)
	};
	return (texts) => build(texts, readers);
}

function build(texts: SourceTexts, read: Readers): Dataset {
	const territory = parseTerritory(decodeSource(texts.municipios, 'municipios.json'));
	const editionLoaded = read.edicion(texts.edicion);
	const edition = editionLoaded.value;
	if (!territory.populationYears.includes(edition.populationYear)) {
		throw new DataError(editionLoaded.doc.file, [
			editionLoaded.doc.problemAt(
				['populationYear'],
				`la geodata solo tiene población de ${territory.populationYears.join(', ')}`
			)
		]);
	}
	const infoLoaded = read.informe(texts.informe);
	const info = infoLoaded.value;
	const decisionsLoaded = read.lugares(texts.lugares);
	checkDecisions(decisionsLoaded, territory.municipalities, territory.department.name);
	const decisions = decisionsLoaded.value;
	const resolve = createResolver(territory.municipalities, decisions, territory.department.name);
	const metasLoaded = read.metas(texts.metas);
	const problems: DataProblem[] = [];
	checkFundingSources(metasLoaded, edition, problems);
	if (edition.origin === 'informe') {
		// Each missing quote at its line: the path of the field inside its meta, total or indicator.
		const missing = missingQuotes(metasLoaded.value, info);
		const fieldPath = (field: string) => field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
		const why = (message: string) => message.slice(message.indexOf('»: ') + 3);
		const inInforme = missing
			.filter((x) => x.file === 'informe.yaml')
			.map((x) => {
				const at =
					x.total !== undefined
						? ['narrativeTotals', info.narrativeTotals.findIndex((t) => t.id === x.total)]
						: ['indicators', info.indicators.findIndex((t) => t.id === x.indicator)];
				return infoLoaded.doc.problemAt([...at, ...fieldPath(x.field)], why(x.message));
			});
		if (inInforme.length) throw new DataError(infoLoaded.doc.file, inInforme);
		for (const x of missing) {
			if (x.file !== 'metas.yaml') continue;
			const index = metasLoaded.value.findIndex((m) => m.number === x.meta);
			problems.push(metasLoaded.doc.problemAt([index, ...fieldPath(x.field)], why(x.message)));
		}
	}
	const metas = metasLoaded.value
		.map((m, i) => publishMeta(m, publishPlaces(m, i, resolve, metasLoaded.doc, problems), edition))
		.sort((a, b) => a.number - b.number);
	if (problems.length) throw new DataError(metasLoaded.doc.file, problems);
	const byNumber = new Map(metas.map((m) => [m.number, m]));
	const maxNumber = Math.max(...metas.map((m) => m.number));
	const missingMetas = Array.from({ length: maxNumber }, (_, i) => i + 1).filter((n) => !byNumber.has(n));

	info.narrativeTotals.forEach((t, i) =>
		t.candidateMetas.forEach((n, j) => {
			if (!byNumber.has(n)) {
				problems.push(
					infoLoaded.doc.problemAt(
						['narrativeTotals', i, 'candidateMetas', j],
						`la meta ${n} no está en metas.yaml (metas: ${metas.map((m) => m.number).join(', ')})`
					)
				);
			}
		})
	);
	if (problems.length) throw new DataError(infoLoaded.doc.file, problems);

	const narrativeTotals = info.narrativeTotals.map((t) => {
		const candidates = t.candidateMetas.map((n) => byNumber.get(n) as PublishedMeta);
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
	metasLoaded.value.forEach((m, i) =>
		m.notes.forEach((n, j) =>
			(n.metas ?? []).forEach((other, k) => {
				if (!byNumber.has(other)) {
					problems.push(
						metasLoaded.doc.problemAt(
							[i, 'notes', j, 'metas', k],
							`la meta ${other} no está en metas.yaml (metas: ${metas.map((x) => x.number).join(', ')})`
						)
					);
				}
			})
		)
	);
	if (problems.length) throw new DataError(metasLoaded.doc.file, problems);
	const crossMetaNotes = metas.flatMap((m) => m.notes.filter((n) => n.metas.length > 1));
	for (const n of crossMetaNotes) {
		for (const other of n.metas.slice(1)) (byNumber.get(other) as PublishedMeta).notes.push(n);
	}

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
		cartographySource: territory.cartographySource,
		cartographyCredit: territory.cartographyCredit,
		subregionsNote: territory.subregionsNote,
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
		crossMetaNotes,
		narrativeTotals,
		indicatorYears: info.indicatorYears,
		indicators: info.indicators,
		indicatorFootnotes: info.indicatorFootnotes,
		placeDecisions: decisions
	};
}
