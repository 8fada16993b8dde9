/**
 * A canonical document -> the draft: every meta block read by the field
 * extractors, its places by the mention rules, and every doubt listed as a
 * problem. Pure and browser-safe: the caller reads the file and its hash.
 */
import { fold, foldKeepingLength, listEs } from '../text/index.ts';
import { createResolver, suggest, type NamedMunicipality, type Resolution } from '../places/index.ts';
import type { PlaceDecision } from '../report/index.ts';
import { splitBlocks, cleanTitle, type Block, type Range } from './blocks.ts';
import type { CanonicalDocument } from './document.ts';
import {
	readBeneficiaries,
	readDone,
	readFunding,
	readInvestment,
	readPercent,
	amountsIn,
	collapse
} from './figures.ts';
import { declaresDepartmental, readLocalizacion } from './localizacion.ts';
import { isInstruction } from './labels.ts';
import {
	buildVocabulary,
	capitalisedPhrases,
	classify,
	findMentions,
	groupLists,
	inLocalizacion,
	makeContext,
	nearMunicipalityNames,
	sentenceAround,
	type Vocabulary
} from './mentions.ts';
import type {
	Draft,
	DraftEvidence,
	DraftExclusion,
	DraftMeta,
	DraftPlace,
	DraftProblem,
	Figure
} from './schema.ts';

export interface DraftContext {
	/** The department's name, as the geodata gives it: «todo <departamento>», and what an unknown place is not in. */
	department: string;
	/** All the territory's municipalities: their count is the «los N municipios» of a departmental scope. */
	municipalities: readonly NamedMunicipality[];
	decisions: readonly PlaceDecision[];
	/** Subregion names and aliases, to notice a LOCALIZACIÓN that names a subregion. */
	subregions?: readonly { name: string; aliases: readonly string[] }[];
}

export interface DraftSource {
	file: string;
	sha256: string;
}

const slice = (b: Block, r: Range | null) => (r ? b.text.slice(r.start, r.end) : null);

/** Reads every meta of a canonical document into a draft. */
export function draftFromDocument(doc: CanonicalDocument, source: DraftSource, ctx: DraftContext): Draft {
	const resolve = createResolver(ctx.municipalities, ctx.decisions, ctx.department);
	const vocabulary = buildVocabulary(ctx.municipalities, ctx.decisions, resolve);
	const blocks = splitBlocks(doc.text);
	const problems: DraftProblem[] = [];
	if (blocks.length === 0) {
		problems.push({
			meta: null,
			field: 'documento',
			message:
				'No se encontró ningún bloque «Meta # N» al comienzo de una línea o celda: ¿es un informe en la plantilla de rendición de cuentas?'
		});
	}
	const metas = blocks.map((b) => readMeta(b, vocabulary, ctx, problems));
	problems.push(...numberingProblems(metas.map((m) => m.number)));
	return { source: { ...source, format: doc.format }, metas, problems };
}

/** Repeated numbers and gaps: the draft cannot know whether a missing meta should exist, so it says so. */
export function numberingProblems(numbers: readonly number[]): DraftProblem[] {
	const out: DraftProblem[] = [];
	const seen = new Set<number>();
	for (const n of numbers) {
		if (seen.has(n)) {
			out.push({ meta: n, field: 'number', message: `La meta ${n} aparece más de una vez en el documento.` });
		}
		seen.add(n);
	}
	const sorted = [...seen].sort((a, b) => a - b);
	const missing: number[] = [];
	for (let i = 1; i < sorted.length; i++) for (let n = sorted[i - 1] + 1; n < sorted[i]; n++) missing.push(n);
	if (missing.length) {
		out.push({
			meta: null,
			field: 'number',
			message: `El documento no tiene ${missing.length === 1 ? 'la meta' : 'las metas'} ${listEs(missing)}: confirme que no se reportan.`
		});
	}
	return out;
}

function readTitle(b: Block): Figure<string> {
	if (!b.title) {
		return {
			status: 'needs-review',
			value: null,
			verbatim: null,
			note: `No se encontró el título de la meta ${b.number}.`
		};
	}
	const verbatim = collapse(b.text.slice(b.title.range.start, b.title.range.end));
	const value = cleanTitle(verbatim);
	if (b.title.where === 'line-above-far') {
		return {
			status: 'needs-review',
			value,
			verbatim,
			note: `No hay título después de «${b.marker}»; la línea anterior podría serlo (o ser un pie de foto de la meta anterior).`
		};
	}
	if (b.title.where === 'line-above') {
		return { status: 'found', value, verbatim, note: `El título está en la línea anterior a «${b.marker}».` };
	}
	return { status: 'found', value, verbatim };
}

function readMeta(b: Block, vocabulary: Vocabulary, ctx: DraftContext, problems: DraftProblem[]): DraftMeta {
	const doneCell = slice(b, b.done);
	const figuresCell = b.text.slice(b.figures.start, b.figures.end);
	const percentCell = doneCell ?? figuresCell;
	const investmentCell = slice(b, b.investment);
	let investment = readInvestment(investmentCell);
	if (!investmentCell) {
		const amounts = amountsIn(figuresCell);
		if (amounts.length === 1 && amounts[0].value !== null) {
			investment = {
				status: 'needs-review',
				value: amounts[0].value,
				verbatim: collapse(figuresCell.slice(amounts[0].start, amounts[0].end)),
				note: 'No se encontró la pregunta «¿Cuánto se invirtió?»; el monto se tomó de las cifras de la meta.'
			};
		}
	}
	const places = readPlaces(b, vocabulary, ctx);
	const meta: DraftMeta = {
		number: b.number,
		title: readTitle(b),
		done: readDone(doneCell),
		investmentMillionCop: investment,
		funding: readFunding(investmentCell),
		compliancePct: readPercent(percentCell, 'compliance'),
		progressPct: readPercent(percentCell, 'progress'),
		beneficiaries: readBeneficiaries(slice(b, b.beneficiaries)),
		scope: places.scope,
		localizacion: places.localizacion,
		places: places.places,
		excluded: places.excluded
	};
	for (const [field, f] of [
		['title', meta.title],
		['done', meta.done],
		['investmentMillionCop', meta.investmentMillionCop],
		['funding', meta.funding],
		['compliancePct', meta.compliancePct],
		['progressPct', meta.progressPct],
		['beneficiaries.count', meta.beneficiaries.count],
		['beneficiaries.unit', meta.beneficiaries.unit],
		['scope', meta.scope]
	] as const) {
		if (f.status === 'needs-review') problems.push({ meta: b.number, field, message: f.note });
	}
	if (
		meta.beneficiaries.count.status === 'needs-review' &&
		meta.beneficiaries.unit.status === 'needs-review'
	) {
		// One message is enough when count and unit fail together.
		const i = problems.findLastIndex((p) => p.meta === b.number && p.field === 'beneficiaries.unit');
		if (i >= 0 && problems[i].message === meta.beneficiaries.count.note) problems.splice(i, 1);
	}
	for (const n of places.notes) problems.push({ meta: b.number, field: 'localizacion', message: n });
	for (const p of meta.places.filter((x) => x.status === 'needs-review')) {
		const where = p.evidence === 'localizacion' ? 'en LOCALIZACIÓN' : 'en el texto';
		const sug = p.suggestions.length ? ` ¿Quiso decir ${p.suggestions.map((s) => `«${s}»`).join(', ')}?` : '';
		problems.push({
			meta: b.number,
			field: 'places',
			message: `«${p.writtenAs}» ${where}: ${p.note ?? 'por revisar'}${sug} Cita: «${p.verbatim}»`
		});
	}
	return meta;
}

interface Candidate {
	key: string;
	evidence: DraftEvidence;
	status: 'found' | 'needs-review';
	divipola: string | null;
	outside: string | null;
	resolution: DraftPlace['resolution'];
	writtenAs: string;
	sentence: string;
	suggestions: string[];
	note?: string;
}

function candidateOf(r: Resolution): Pick<Candidate, 'key' | 'divipola' | 'outside' | 'resolution'> | null {
	if (r.kind === 'municipality') {
		return {
			key: r.divipola,
			divipola: r.divipola,
			outside: null,
			resolution: r.via === 'nombre' ? 'nombre' : (r.decision.decision as Candidate['resolution'])
		};
	}
	if (r.kind === 'outside')
		return { key: `fuera:${fold(r.where)}`, divipola: null, outside: r.where, resolution: 'fuera' };
	return null;
}

/** Capitalised common nouns that follow «municipios del ...» without naming a place. */
const GENERIC =
	/^(?:departamento|pais|region|nacion|territorio|estado|municipios?|ciudad|zona|area|sector|comuna|vereda|corregimiento|gobernacion|alcaldia)$/;

const STRONG_CUE = /\b(?:municipios?|corregimientos?|veredas?)\s+(?:de\s+|del\s+)?(?:(?:el|la|los|las)\s+)?$/;

function readPlaces(b: Block, vocabulary: Vocabulary, ctx: DraftContext) {
	const text = b.text;
	const folded = foldKeepingLength(text);
	const mentions = findMentions(text, vocabulary, folded);
	const territory = { name: ctx.department, municipalityCount: ctx.municipalities.length };
	let locRange = b.localizacion?.content ?? null;
	if (locRange && b.localizacion?.fromNextGroup) {
		// A later group is the section's content only if it reads like one: names a place, declares a scope, or is the template.
		const r = locRange;
		const f = fold(text.slice(r.start, r.end));
		const names = mentions.some((m) => m.start >= r.start && m.end <= r.end);
		if (!names && !declaresDepartmental(f, territory) && !isInstruction(f)) locRange = null;
	}
	// A list written one name per paragraph («• Cúcuta», «• Ocaña»): later bare lists continue it.
	if (locRange && isBareList(text, locRange, mentions)) {
		for (const g of b.localizacion?.later ?? []) {
			if (g.start < locRange.end || !isBareList(text, g, mentions)) break;
			locRange = { start: locRange.start, end: g.end };
		}
	}
	const context = makeContext(text, locRange, folded);
	const lists = groupLists(text, mentions, folded);
	const candidates: Candidate[] = [];
	const excluded: DraftExclusion[] = [];
	const evidenceAt = (at: number): DraftEvidence => (inLocalizacion(context, at) ? 'localizacion' : 'text');

	for (const list of lists) {
		const verdicts = list.items.map((item) => ({ item, verdict: classify(context, list, item) }));
		// Unknown names count as place-like only where places are listed for sure: LOCALIZACIÓN or «municipios de ...».
		const strongList = verdicts.some(
			(v) =>
				v.item.mention &&
				v.verdict.kind === 'place' &&
				(inLocalizacion(context, v.item.start) || v.verdict.cue.includes('municipio de'))
		);
		for (const { item, verdict } of verdicts) {
			const sentence = sentenceAround(text, item.start, item.end);
			const writtenAs = text.slice(item.start, item.end);
			if (!item.mention) {
				// An unknown name in a list of places is a place-like name: for review, with suggestions.
				if (strongList || nearMunicipalityNames(writtenAs, vocabulary.municipalityNames).length) {
					candidates.push(
						unknownCandidate(writtenAs, evidenceAt(item.start), sentence, vocabulary, ctx.department)
					);
				}
				continue;
			}
			const c = candidateOf(item.mention.resolution);
			if (!c) continue; // The department as a whole: a scope, not a place.
			if (verdict.kind === 'excluded') {
				excluded.push({ writtenAs, divipola: c.divipola, reason: verdict.reason, verbatim: sentence });
				continue;
			}
			candidates.push({
				...c,
				evidence: evidenceAt(item.start),
				status: verdict.kind === 'place' ? 'found' : 'needs-review',
				writtenAs,
				sentence,
				suggestions: [],
				note: verdict.kind === 'review' ? verdict.note : undefined
			});
		}
	}

	// Unknown names right after «municipio de», «corregimiento», «vereda».
	const taken = [...mentions, ...lists.flatMap((l) => l.items)];
	for (const p of capitalisedPhrases(text, taken)) {
		if (context.english.some((r) => r.start <= p.start && p.start < r.end)) continue;
		if (GENERIC.test(fold(p.phrase))) continue;
		const cue = STRONG_CUE.test(folded.slice(Math.max(0, p.start - 40), p.start));
		// A capitalised word opening a sentence is usually just capitalised; look only at names inside a sentence.
		const opening = /(?:^|[.;:!?¿¡\n\t]\s*)$/.test(text.slice(Math.max(0, p.start - 3), p.start));
		const near =
			opening && !inLocalizacion(context, p.start)
				? []
				: nearMunicipalityNames(p.phrase, vocabulary.municipalityNames);
		if (near.length === 0 && !cue) continue;
		const c = unknownCandidate(
			p.phrase,
			evidenceAt(p.start),
			sentenceAround(text, p.start, p.end),
			vocabulary,
			ctx.department
		);
		if (near.length) c.suggestions = near;
		candidates.push(c);
	}

	const places = mergeCandidates(candidates);
	const inLoc = places.filter((p) => p.evidence === 'localizacion');
	const locText = locRange ? text.slice(locRange.start, locRange.end) : null;
	const subregions = locText ? subregionsNamed(locText, ctx.subregions ?? []) : [];
	const reading = readLocalizacion({
		present: b.localizacion !== null,
		heading: b.localizacion ? text.slice(b.localizacion.heading.start, b.localizacion.heading.end) : '',
		content: locText,
		captionLike: slice(b, b.localizacion?.captionLike ?? null),
		found: {
			inDepartment: inLoc.filter((p) => p.status === 'found' && p.divipola).length,
			outside: inLoc.filter((p) => p.status === 'found' && !p.divipola).length
		},
		review: inLoc.filter((p) => p.status === 'needs-review').length,
		subregions,
		territory,
		namesDepartment:
			locRange !== null &&
			mentions.some((m) => m.resolution.kind === 'department' && inLocalizacion(context, m.start))
	});
	const notes = [...reading.notes];
	if (reading.scope.value === 'unspecified' && reading.status !== 'filled') {
		const rest = fold(
			text.slice(0, b.localizacion?.heading.start ?? text.length) +
				' ' +
				text.slice(b.localizacion?.content?.end ?? text.length)
		);
		if (/\b(?:alcance|cobertura)\b[^.;]{0,40}\bdepartamental\b/.test(rest)) {
			notes.push(
				'El texto de la meta habla de cobertura departamental, pero LOCALIZACIÓN no lo declara; el alcance queda sin especificar.'
			);
		}
	}
	return {
		places,
		excluded,
		scope: reading.scope,
		localizacion: { status: reading.status, verbatim: reading.verbatim },
		notes
	};
}

/** Text that is only place names and separators («Cúcuta», «Ocaña, Tibú y Sardinata.», «Municipio de Silos»). */
function isBareList(text: string, r: Range, mentions: readonly { start: number; end: number }[]): boolean {
	let rest = '';
	let at = r.start;
	for (const m of mentions.filter((m) => m.start >= r.start && m.end <= r.end)) {
		rest += text.slice(at, m.start) + ' ';
		at = m.end;
	}
	if (at === r.start) return false;
	rest += text.slice(at, r.end);
	return (
		fold(rest)
			.replace(/\b(?:municipios?|ciudad|corregimientos?|de|del|y|e|el|la|los|las)\b/g, ' ')
			.replace(/[\s,;.:•\-–]/g, '') === ''
	);
}

function unknownCandidate(
	writtenAs: string,
	evidence: DraftEvidence,
	sentence: string,
	vocabulary: Vocabulary,
	department: string
): Candidate {
	const near = nearMunicipalityNames(writtenAs, vocabulary.municipalityNames);
	return {
		key: `?${fold(writtenAs)}`,
		evidence,
		status: 'needs-review',
		divipola: null,
		outside: null,
		resolution: 'desconocido',
		writtenAs,
		sentence,
		suggestions: near.length ? near : suggest(writtenAs, vocabulary.municipalityNames),
		note: `Parece un lugar, pero no es un municipio de ${department} ni tiene una decisión en lugares.yaml: si es una errata, una vereda o un corregimiento, regístrelo allí con su municipio; si queda fuera del departamento, como «fuera».`
	};
}

/** One place per (place, evidence): found if any mention is found; every sentence kept as a quote. */
function mergeCandidates(candidates: readonly Candidate[]): DraftPlace[] {
	const byKey = new Map<string, Candidate[]>();
	for (const c of candidates) {
		const k = `${c.evidence}|${c.key}`;
		byKey.set(k, [...(byKey.get(k) ?? []), c]);
	}
	const order: DraftEvidence[] = ['localizacion', 'text'];
	return [...byKey.values()]
		.map((cs) => {
			const found = cs.filter((c) => c.status === 'found');
			const lead = found[0] ?? cs[0];
			const quotes = [...new Set([...found, ...cs].map((c) => c.sentence))];
			const place: DraftPlace = {
				divipola: lead.divipola,
				evidence: lead.evidence,
				status: found.length ? 'found' : 'needs-review',
				verbatim: lead.sentence,
				quotes,
				writtenAs: lead.writtenAs,
				resolution: lead.resolution,
				outside: lead.outside,
				suggestions: lead.suggestions
			};
			if (!found.length && lead.note) place.note = lead.note;
			return place;
		})
		.sort((a, b) => order.indexOf(a.evidence) - order.indexOf(b.evidence));
}

function subregionsNamed(
	locText: string,
	subregions: readonly { name: string; aliases: readonly string[] }[]
): string[] {
	const f = fold(locText);
	return subregions
		.filter((s) =>
			[s.name, ...s.aliases].some((n) =>
				new RegExp(`\\bsubregi(?:on|ones)\\s+(?:de(?:l)?\\s+)?(?:la\\s+|el\\s+)?${fold(n)}\\b`).test(f)
			)
		)
		.map((s) => s.name);
}
