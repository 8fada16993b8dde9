/**
 * Place names in a meta's text and what each mention means. The names are
 * the resolver's (the 40 municipalities' official, short and DANE names and
 * the decisions in lugares.yaml); the meaning comes from general rules on the
 * words around a mention:
 * - inside an organisation, event or programme name (Cámara de Comercio de X,
 *   Universidad ... Seccional X, Feria X Moda) it is not a place: excluded;
 * - after «mercados como», «compradores de», «provincia de» it is a market,
 *   the participants' origin or a region: excluded;
 * - after «en», «en el municipio de», «misión a», in a list of municipalities,
 *   or anywhere in LOCALIZACIÓN, it is a place of intervention;
 * - anything else (a name glued to other capitalised words, «Alcaldía de X»,
 *   an association «de X») is a candidate for review, never dropped.
 */
import { distance } from 'fastest-levenshtein';
import { fold, foldKeepingLength } from '../text/index.ts';
import { wordPositions } from '../report/index.ts';
import type { Resolution, Resolver, NamedMunicipality } from '../places/index.ts';
import type { PlaceDecision } from '../report/index.ts';
import type { DraftExclusionReason } from './schema.ts';
import { sentences, collapse } from './figures.ts';

export interface Vocabulary {
	/** Folded names, longest first. */
	names: { folded: string; resolution: Resolution }[];
	/** Official and short names of the municipalities, for suggestions. */
	municipalityNames: string[];
}

export function buildVocabulary(
	municipalities: readonly NamedMunicipality[],
	decisions: readonly PlaceDecision[],
	resolve: Resolver
): Vocabulary {
	const all = new Set<string>();
	for (const m of municipalities) for (const n of [m.name, m.shortName, m.daneName]) all.add(fold(n));
	for (const d of decisions) all.add(fold(d.name));
	const names = [...all]
		.map((folded) => ({ folded, resolution: resolve(folded) }))
		.sort((a, b) => b.folded.length - a.folded.length || a.folded.localeCompare(b.folded));
	const municipalityNames = [...new Set(municipalities.flatMap((m) => [m.shortName, m.name]))];
	return { names, municipalityNames };
}

export interface Mention {
	start: number;
	end: number;
	writtenAs: string;
	resolution: Resolution;
}

/**
 * Municipality names that are also ordinary words or first names: written in
 * lower case they are words, and capitalised they count only with a clear cue.
 */
const COMMON_WORD_NAMES = new Set([
	'convencion',
	'la esperanza',
	'la playa',
	'el carmen',
	'silos',
	'santiago',
	'toledo',
	'salazar',
	'lourdes',
	'herran',
	'san cayetano',
	'san calixto'
]);

export function isCommonWordName(folded: string): boolean {
	return COMMON_WORD_NAMES.has(folded);
}

/** Every mention of a known name, longest names first, never overlapping. */
export function findMentions(
	text: string,
	vocabulary: Vocabulary,
	folded = foldKeepingLength(text)
): Mention[] {
	const taken: boolean[] = new Array(text.length).fill(false);
	const out: Mention[] = [];
	for (const { folded: name, resolution } of vocabulary.names) {
		for (const at of wordPositions(folded, name)) {
			const end = at + name.length;
			if (taken.slice(at, end).some(Boolean)) continue;
			const writtenAs = text.slice(at, end);
			if (isCommonWordName(name) && !/\p{Lu}/u.test(writtenAs)) continue;
			for (let i = at; i < end; i++) taken[i] = true;
			out.push({ start: at, end, writtenAs, resolution });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

// ---------- the words around a mention ----------

/** Segment boundaries for the words that qualify a mention. */
const BOUNDARY = /[.;:!?¿¡()[\]\n\t]/;

function segmentStart(text: string, at: number): number {
	for (let i = at - 1; i >= 0; i--) {
		const c = text[i];
		if (BOUNDARY.test(c) && !(c === '.' && /\d/.test(text[i + 1] ?? ''))) return i + 1;
	}
	return 0;
}

function segmentEnd(text: string, at: number): number {
	for (let i = at; i < text.length; i++) {
		const c = text[i];
		if (BOUNDARY.test(c) && !(c === '.' && /\d/.test(text[i + 1] ?? ''))) return i;
	}
	return text.length;
}

const CAPITALISED_WORD = /^[\p{Lu}][\p{L}'’-]*$/u;
/** Lower-case words that may join a capitalised name («Villa del Rosario», «Cámara de Comercio»). */
const NAME_JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'el']);
/** Capitalised words that do not glue a name to another: cues and articles at a sentence start. */
const CUE_WORDS = new Set(
	(
		'en de del y e a al hacia desde entre para por con el la los las un una municipio municipios ciudad ' +
		'ciudades corregimiento corregimientos vereda veredas localidad departamento'
	).split(' ')
);

const SEP =
	/^\s*(?:,\s*(?:y|e)?|;|y|e)\s*(?:(?:el|la|los|las)\s+)?(?:(?:municipios?|ciudad(?:es)?|corregimientos?|veredas?)\s+(?:de|del)\s+(?:(?:el|la|los|las)\s+)?)?$/;

/** The organisations, venues and events whose names carry a place name. */
const HEADS: { kind: Head; re: RegExp }[] = [
	{
		kind: 'institucion',
		re: /\b(?:camaras? de comercio|camara junior|seccional|capitulo|regional|gobernacion|concejo|personeria|contraloria|procuraduria|diocesis|policia|ejercito|registraduria|notaria|universidad|instituto|hospital|clinica|banco|ministerio|secretaria|oficina|agencia|caja de compensacion|comision|direccion)\b/g
	},
	{
		kind: 'gobierno-local',
		re: /\b(?:alcaldias?|administraci(?:on|ones) municipal(?:es)?|gobiernos? municipal(?:es)?|municipalidad)\b/g
	},
	{
		kind: 'miembro',
		re: /\b(?:asociaci(?:on|ones)|asoc\.|cooperativas?|fundaci(?:on|ones)|corporaci(?:on|ones)|organizaci(?:on|ones)|colectivos?|juntas? de accion comunal|comites?|federaci(?:on|ones)|sindicatos?|gremios?|clusters?)\b/g
	},
	{
		kind: 'sede',
		re: /\b(?:hotel|centros? comercial(?:es)?|parque|plaza|plazoleta|recinto(?: ferial)?|coliseo|club|teatro|auditorio|estadio|institucion educativa|colegio|escuela|biblioteca|casa de la cultura|terminal|aeropuerto|templo|iglesia|salon|sede|barrio|brr|sector|comuna)\b/g
	},
	{
		kind: 'evento',
		re: /\b(?:ferias?|festival(?:es)?|expo\w*|congresos?|simposios?|foros?|cumbres?|semanas?|ruedas?|macrorruedas?|pasarelas?|carnaval(?:es)?|bazar(?:es)?|encuentros?|concursos?|premios?|desfiles?|exposici(?:on|ones)|torneos?|olimpiadas|juegos|maraton|convenci(?:on|ones)|eventos?|programas?|estrategias?|iniciativas?|marcas?|proyectos?)\b/g
	}
];
type Head = 'institucion' | 'gobierno-local' | 'miembro' | 'sede' | 'evento';

/** Words after a head that still belong to its name; more for associations («Asociación de campesinos ... de»). */
const HEAD_REACH: Record<Head, number> = {
	institucion: 6,
	'gobierno-local': 3,
	miembro: 12,
	sede: 6,
	evento: 6
};

/** Words that end a name: verbs, relatives and prepositions («… Ventura Plaza las unidades son de X»). */
const BREAKS_NAME = new Set(
	'en hacia desde hasta entre para por con sin como cuando donde que quien quienes cual cuales son es fue fueron ha han hay se esta estan era eran'.split(
		' '
	)
);
/** Institutions, venues and local governments have proper names: only capitalised words and joiners continue them. */
const STRICT: Record<Head, boolean> = {
	institucion: true,
	'gobierno-local': true,
	miembro: false,
	sede: true,
	evento: false
};

/** The organisation/venue/event whose name the text just before a mention continues, if any. */
function attachedHead(lead: string, original: string): Head | null {
	const cut = Math.max(...[',', '"', '“', '”', '«', '»'].map((c) => lead.lastIndexOf(c)));
	const tail = lead.slice(cut + 1);
	const tailOriginal = original.slice(original.length - tail.length);
	let best: { kind: Head; end: number } | null = null;
	for (const { kind, re } of HEADS) {
		for (const m of tail.matchAll(new RegExp(re.source, 'g'))) {
			const end = m.index + m[0].length;
			if (!best || end > best.end) best = { kind, end };
		}
	}
	if (!best) return null;
	const words = tail.slice(best.end).trim().split(/\s+/).filter(Boolean);
	const originalWords = tailOriginal.slice(best.end).trim().split(/\s+/).filter(Boolean);
	// «Feria ... en la ciudad de X»: the event happened in X; the name does not continue.
	if (words.some((w) => BREAKS_NAME.has(w))) return null;
	if (words.length > HEAD_REACH[best.kind]) return null;
	if (
		STRICT[best.kind] &&
		!originalWords.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_JOINERS.has(w) || /^[–\-&y]$/.test(w))
	) {
		return null;
	}
	return best.kind;
}

const PLACE_NOUN =
	/\b(?:municipios?|ciudad(?:es)?|corregimientos?|veredas?|localidad(?:es)?|cabeceras? municipal(?:es)?|casco urbano|zona (?:rural|urbana))\s+(?:de|del)?\s*(?:(?:los|las|el|la)\s+)?$/;
const PLACE_NOUN_IN =
	/\b(?:en|hacia|a)\s+(?:(?:el|la|los|las)\s+)?(?:municipios?|ciudad(?:es)?|corregimientos?|veredas?|localidad(?:es)?|cabeceras? municipal(?:es)?|casco urbano|zona (?:rural|urbana))\s+(?:de|del)?\s*(?:(?:los|las|el|la)\s+)?$/;
const MARKET =
	/\bmercados?\b[^.;:]{0,40}$|\b(?:exportaciones|exportar|ventas|destinos?)\s+(?:a|hacia|como|de)\s*$/;
const ORIGIN =
	/\b(?:compradores|visitantes|turistas|delegaciones|delegados|invitados|conferencistas|ponentes)\b[^.;:]{0,30}\b(?:de|desde)\s*(?:(?:la|las|los|el)\s+)?(?:(?:ciudad|municipio)s?\s+(?:de|del)\s+)?$|\b(?:provenientes|procedentes|oriundos)\s+(?:de|del)\s*$/;
const REGION =
	/\b(?:provincia|region|subregion|area metropolitana|zona metropolitana)\s+(?:de|del)\s*(?:(?:la|el)\s+)?$/;
const EN = /\b(?:en|hacia)\s*(?:(?:el|la)\s+)?$/;
const MISSION = /\b(?:misi(?:on|ones)|viajes?|giras?|desplazamientos?)\b[^.;:]{0,60}\b(?:a|hacia)\s*$/;

const ENGLISH = new Set(
	'the of and with in a an is are on at showing shows people photo photograph group woman women man men stands standing seated sitting wearing table banner background'.split(
		' '
	)
);
const SPANISH = new Set('de la el en y los las del que con por para se su al'.split(' '));

/** Sentences in English: descriptions of photos added by the PDF extraction, not the report's words. */
export function englishRanges(text: string): { start: number; end: number }[] {
	return sentences(text).filter((r) => {
		const words = fold(text.slice(r.start, r.end))
			.split(/[^a-z']+/)
			.filter(Boolean);
		const en = words.filter((w) => ENGLISH.has(w)).length;
		const es = words.filter((w) => SPANISH.has(w)).length;
		return en >= 3 && en > 2 * es;
	});
}

/** Text between quotation marks: names of projects and programmes. */
export function quotedRanges(text: string): { start: number; end: number }[] {
	return [...text.matchAll(/“[^”\n\t]{3,300}”|"[^"\n\t]{3,300}"|«[^»\n\t]{3,300}»/g)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length
	}));
}

// ---------- lists ----------

export interface ListItem {
	start: number;
	end: number;
	/** The known name, or null for a capitalised phrase that is not in the vocabulary. */
	mention: Mention | null;
}

export interface PlaceList {
	items: ListItem[];
	start: number;
	end: number;
}

function isHeadWord(phrase: string): boolean {
	const f = fold(phrase);
	return HEADS.some(({ re }) => new RegExp('^' + re.source.replace(/^\\b/, '')).test(f));
}

const SEP_RAW = String.raw`\s*(?:,\s*(?:[yYeE]\s+)?|;\s*|\s+[yYeE]\s+)\s*(?:(?:el|la|los|las)\s+)?(?:(?:municipios?|ciudad(?:es)?|corregimientos?|veredas?)\s+(?:de|del)\s+(?:(?:el|la|los|las)\s+)?)?`;
const PHRASE_RAW = String.raw`[\p{Lu}][\p{L}'’\-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)?[\p{Lu}][\p{L}'’\-]*){0,3}`;

/**
 * Mentions joined by commas and «y» into lists («Cúcuta, Pamplona y Ocaña»),
 * with capitalised unknown names between or around them («México, Jamaica,
 * Estados Unidos, Chile»), so a cue before the list applies to all of it.
 */
export function groupLists(
	text: string,
	mentions: readonly Mention[],
	folded = foldKeepingLength(text)
): PlaceList[] {
	const lists: PlaceList[] = [];
	for (const m of mentions) {
		const last = lists[lists.length - 1];
		const item: ListItem = { start: m.start, end: m.end, mention: m };
		const prev = last?.items[last.items.length - 1];
		const joined =
			prev && segmentStart(text, m.start) <= prev.start
				? itemsBetween(text, folded, prev.end, m.start)
				: null;
		if (last && joined) {
			last.items.push(...joined, item);
			last.end = m.end;
		} else lists.push({ items: [item], start: m.start, end: m.end });
	}
	for (const l of lists) {
		extendBackward(text, l);
		extendForward(text, folded, l);
	}
	return lists;
}

/** Unknown names between two list items («, Jamaica, Estados Unidos, »), [] for a bare separator, null if not a list. */
function itemsBetween(text: string, folded: string, from: number, to: number): ListItem[] | null {
	if (SEP.test(folded.slice(from, to))) return [];
	const items: ListItem[] = [];
	const step = new RegExp(`^(${SEP_RAW})(${PHRASE_RAW})`, 'u');
	let at = from;
	for (let guard = 0; guard < 12; guard++) {
		const m = step.exec(text.slice(at, to));
		if (!m || isHeadWord(m[2])) return null;
		const start = at + m[1].length;
		items.push({ start, end: start + m[2].length, mention: null });
		at = start + m[2].length;
		if (SEP.test(folded.slice(at, to))) return items;
	}
	return null;
}

function extendBackward(text: string, l: PlaceList) {
	const segStart = segmentStart(text, l.start);
	const re = new RegExp(`(?:^|[\\s(])(${PHRASE_RAW})(${SEP_RAW})$`, 'u');
	for (let guard = 0; guard < 12; guard++) {
		const before = text.slice(segStart, l.start);
		const m = re.exec(before);
		if (!m || isHeadWord(m[1]) || !SEP.test(foldKeepingLength(m[2]))) return;
		const start = segStart + before.length - m[1].length - m[2].length;
		// A capitalised word before the phrase makes it the tail of a longer name: not a list item.
		const prevWord = /(\S+)\s*$/.exec(text.slice(segStart, start))?.[1] ?? '';
		if (prevWord && CAPITALISED_WORD.test(prevWord) && !CUE_WORDS.has(fold(prevWord))) return;
		l.items.unshift({ start, end: start + m[1].length, mention: null });
		l.start = start;
	}
}

function extendForward(text: string, folded: string, l: PlaceList) {
	const segEnd = segmentEnd(text, l.end);
	const re = new RegExp(`^(${SEP_RAW})(${PHRASE_RAW})(?=\\s*(?:$|[,;.)]|\\s[yYeE]\\s))`, 'u');
	for (let guard = 0; guard < 12; guard++) {
		const m = re.exec(text.slice(l.end, segEnd));
		if (!m || !SEP.test(folded.slice(l.end, l.end + m[1].length)) || isHeadWord(m[2])) return;
		const start = l.end + m[1].length;
		l.items.push({ start, end: start + m[2].length, mention: null });
		l.end = start + m[2].length;
	}
}

// ---------- classification ----------

export type Verdict =
	| { kind: 'place'; cue: string }
	| { kind: 'review'; note: string }
	| { kind: 'excluded'; reason: DraftExclusionReason };

export interface Context {
	text: string;
	folded: string;
	/** LOCALIZACIÓN content, if any. */
	loc: { start: number; end: number } | null;
	english: { start: number; end: number }[];
	quoted: { start: number; end: number }[];
}

export function makeContext(
	text: string,
	loc: { start: number; end: number } | null,
	folded = foldKeepingLength(text)
): Context {
	return { text, folded, loc, english: englishRanges(text), quoted: quotedRanges(text) };
}

const inside = (rs: readonly { start: number; end: number }[], at: number) =>
	rs.some((r) => r.start <= at && at < r.end);

export function inLocalizacion(ctx: Context, at: number): boolean {
	return ctx.loc !== null && ctx.loc.start <= at && at < ctx.loc.end;
}

/** The word right before / after [start, end) with only spaces between, or null. */
function neighbours(text: string, start: number, end: number): { prev: string | null; next: string | null } {
	const before = /(?:^|[\s])([^\s,.;:()"“”«»\-–—]+) +$/u.exec(text.slice(Math.max(0, start - 40), start));
	const after = /^ +([^\s,.;:()"“”«»\-–—]+)/u.exec(text.slice(end, end + 40));
	return { prev: before?.[1] ?? null, next: after?.[1] ?? null };
}

/** A capitalised word glued to the name makes it part of a longer proper name («ZASCA Cúcuta», «Cúcuta Digital»). */
function glued(ctx: Context, m: { start: number; end: number }, nextIsItem: boolean): boolean {
	const seg = ctx.text.slice(segmentStart(ctx.text, m.start), segmentEnd(ctx.text, m.end));
	if (seg === seg.toUpperCase()) return false; // a sentence in capitals says nothing by case
	const { prev, next } = neighbours(ctx.text, m.start, m.end);
	const cap = (w: string | null) => !!w && CAPITALISED_WORD.test(w) && !CUE_WORDS.has(fold(w));
	return cap(prev) || (cap(next) && !nextIsItem);
}

/** What a mention in a list means, by the rules in this file's header. */
export function classify(ctx: Context, list: PlaceList, item: ListItem): Verdict {
	const { text, folded } = ctx;
	if (inside(ctx.english, item.start)) return { kind: 'excluded', reason: 'descripcion-imagen' };
	const loc = inLocalizacion(ctx, item.start);
	if (inside(ctx.quoted, item.start)) {
		return { kind: 'review', note: 'Nombrado dentro del nombre entre comillas de un proyecto o programa.' };
	}
	const lead = folded.slice(segmentStart(text, list.start), list.start);
	const leadOriginal = text.slice(segmentStart(text, list.start), list.start);
	const ownLead = folded.slice(segmentStart(text, item.start), item.start);
	if (MARKET.test(lead)) return { kind: 'excluded', reason: 'mercado' };
	if (ORIGIN.test(lead)) return { kind: 'excluded', reason: 'origen-participantes' };
	if (REGION.test(lead) || REGION.test(ownLead)) {
		return loc
			? {
					kind: 'review',
					note: 'LOCALIZACIÓN nombra una región («provincia», «área metropolitana»), no municipios: indique cuáles.'
				}
			: { kind: 'excluded', reason: 'region' };
	}
	const known = list.items.filter((i) => i.mention && i.mention.resolution.kind !== 'department').length;
	const placeLead = list.items[0] === item ? lead : ownLead;
	if (PLACE_NOUN.test(placeLead) || PLACE_NOUN.test(lead)) {
		if (PLACE_NOUN_IN.test(placeLead) || PLACE_NOUN_IN.test(lead))
			return { kind: 'place', cue: 'en el municipio de' };
		const head = attachedHead(lead, leadOriginal);
		if (head === 'miembro' || head === 'gobierno-local' || head === 'institucion') {
			return {
				kind: 'review',
				note: 'Nombrado como sede u origen de una organización («… del municipio de X»): ¿se intervino allí?'
			};
		}
		return { kind: 'place', cue: 'municipio de' };
	}
	const head = attachedHead(lead, leadOriginal);
	if (head === 'institucion') return { kind: 'excluded', reason: 'organizacion' };
	if (head === 'evento') return { kind: 'excluded', reason: 'evento' };
	if (head === 'gobierno-local') {
		return {
			kind: 'review',
			note: 'Nombrado en «Alcaldía de X» o «administración municipal de X»: ¿hubo intervención en el municipio o la alcaldía es solo aliada?'
		};
	}
	if (head === 'miembro') {
		return {
			kind: 'review',
			note: 'Forma parte del nombre de una organización («Asociación … de X»): ¿se intervino allí?'
		};
	}
	if (head === 'sede') {
		return {
			kind: 'review',
			note: 'Forma parte del nombre de un lugar o establecimiento («Club … de X»): ¿se intervino en el municipio?'
		};
	}
	const index = list.items.indexOf(item);
	const nextIsItem = index >= 0 && index + 1 < list.items.length;
	if (glued(ctx, item, nextIsItem)) {
		return {
			kind: 'review',
			note: 'Unido a otras palabras con mayúscula: puede ser el nombre de un evento, programa u organización.'
		};
	}
	const name = item.mention ? fold(item.mention.writtenAs) : '';
	const cueEn = EN.test(lead) || EN.test(ownLead);
	const cueMission = MISSION.test(lead) || MISSION.test(ownLead);
	// In LOCALIZACIÓN, a name standing alone («• Santiago») is the place, whatever else the word means.
	const alone =
		loc &&
		/^[\s•\-–]*$/.test(text.slice(segmentStart(text, item.start), item.start)) &&
		/^[\s.,;]*$/.test(text.slice(item.end, segmentEnd(text, item.end)));
	if (isCommonWordName(name) && known < 2 && !cueEn && !cueMission && !alone) {
		return {
			kind: 'review',
			note: `«${item.mention?.writtenAs}» es también una palabra común o un nombre propio: ¿es el municipio?`
		};
	}
	if (loc) return { kind: 'place', cue: 'localizacion' };
	if (known >= 2) return { kind: 'place', cue: 'lista de municipios' };
	if (cueEn) return { kind: 'place', cue: 'en' };
	if (cueMission) return { kind: 'place', cue: 'misión a' };
	if (/,\s*$/.test(lead) && /^\s*(?:$|[.\n]|,\s*\d{4}\b)/.test(text.slice(list.end, list.end + 12))) {
		return { kind: 'place', cue: 'lugar al final de un pie de foto' };
	}
	return { kind: 'review', note: 'Nombrado en el texto sin decir que allí se intervino.' };
}

/** The sentence naming a mention, for quotes. */
export function sentenceAround(text: string, start: number, end: number): string {
	const r = sentences(text).find((s) => s.start <= start && end <= s.end + 1);
	const s = collapse(r ? text.slice(r.start, r.end) : text.slice(start, end));
	if (s.length <= 300) return s;
	// A long sentence: the words around the name (still a verbatim substring).
	const at = s.indexOf(collapse(text.slice(start, end)));
	const from = s.lastIndexOf(' ', Math.max(0, at - 140));
	const to = s.indexOf(' ', at + 160);
	return s.slice(from < 0 ? 0 : from + 1, to < 0 ? s.length : to).trim();
}

// ---------- unknown names ----------

/** Municipality names one letter away from `phrase` (two for long names; «de», «la»... ignored; same first letter), best first. */
const stripJoiners = (folded: string) =>
	folded
		.split(' ')
		.filter((w) => !NAME_JOINERS.has(w))
		.join(' ');
const preparedNames = new WeakMap<readonly string[], { n: string; folded: string; stripped: string }[]>();

export function nearMunicipalityNames(phrase: string, names: readonly string[]): string[] {
	let prepared = preparedNames.get(names);
	if (!prepared) {
		prepared = names.map((n) => ({ n, folded: fold(n), stripped: stripJoiners(fold(n)) }));
		preparedNames.set(names, prepared);
	}
	const fp = fold(phrase);
	const p = stripJoiners(fp);
	if (p.length < 4) return [];
	const out = prepared
		.map(({ n, folded, stripped: f }) => {
			const limit = f.length >= 12 ? 2 : f.length >= 5 ? 1 : 0;
			if (f[0] !== p[0] || Math.abs(f.length - p.length) > limit) return { n, d: 99, ok: false };
			const d = distance(p, f);
			return { n, d, ok: fp !== folded && d <= limit };
		})
		.filter((x) => x.ok)
		.sort((a, b) => a.d - b.d || a.n.localeCompare(b.n, 'es'))
		.map((x) => x.n);
	return [...new Set(out)];
}

/** Capitalised phrases that are not known names: candidates for misspelt municipalities. */
export function capitalisedPhrases(
	text: string,
	taken: readonly { start: number; end: number }[]
): { start: number; end: number; phrase: string }[] {
	const out: { start: number; end: number; phrase: string }[] = [];
	const re = /[\p{Lu}][\p{L}'’-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)?[\p{Lu}][\p{L}'’-]*){0,3}/gu;
	for (const m of text.matchAll(re)) {
		const start = m.index;
		const end = start + m[0].length;
		if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) continue;
		if (taken.some((t) => t.start < end && start < t.end)) continue;
		out.push({ start, end, phrase: m[0] });
	}
	return out;
}
