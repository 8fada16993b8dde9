/**
 * Forgiving name search over what a page knows: municipalities, the places
 * recorded as belonging to one (corregimientos, other names) and subregions
 * with their aliases. Accents, case, word order and little words («de», «la»)
 * do not matter; a typo or two does not either.
 */
import { distance } from 'fastest-levenshtein';
import { fold } from '../text/fold.ts';

export interface SearchMunicipality {
	divipola: string;
	/** Official name ("San José de Cúcuta"). */
	name: string;
	/** Everyday name ("Cúcuta"). */
	shortName: string;
	subregion: string;
}

export interface SearchSubregion {
	name: string;
	/** Other names it goes by ("Área Metropolitana"). */
	aliases: readonly string[];
}

/** A name that is not a municipality's but points to one (src/data/lugares.yaml). */
export interface SearchPlace {
	name: string;
	kind: 'corregimiento' | 'alias';
	divipola: string;
}

/** Where a result leads. */
export type Target =
	| { kind: 'municipio'; divipola: string; subregion: string }
	| { kind: 'lugar'; divipola: string; place: SearchPlace['kind']; municipality: string }
	| { kind: 'subregion'; name: string; count: number };

/** Best first: the tier a name reached, then its edit distance. */
export const TIERS = ['exact', 'prefix', 'word-prefix', 'substring', 'fuzzy'] as const;
export type Tier = (typeof TIERS)[number];

export interface Match {
	/** Unique in an index (the keyed list's key). */
	id: string;
	target: Target;
	/** The name that matched, as written in the data. */
	name: string;
	tier: Tier;
	distance: number;
}

/** A name prepared for comparison. */
interface Key {
	written: string;
	/** Folded words, joined by one space. */
	full: string;
	/** The same without little words (unless it is only little words). */
	content: string;
	words: string[];
}

interface Entry {
	id: string;
	target: Target;
	keys: Key[];
}

export interface SearchIndex {
	entries: Entry[];
}

// Spanish articles and prepositions people drop or add: «villa rosario», «el zulia».
const LITTLE = new Set(['de', 'del', 'la', 'las', 'el', 'los', 'y']);

function key(written: string): Key {
	const all = fold(written)
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	const content = all.filter((w) => !LITTLE.has(w));
	const words = content.length ? content : all;
	return { written, full: all.join(' '), content: words.join(' '), words };
}

export function buildIndex(
	municipalities: readonly SearchMunicipality[],
	subregions: readonly SearchSubregion[],
	places: readonly SearchPlace[]
): SearchIndex {
	const byCode = new Map(municipalities.map((m) => [m.divipola, m]));
	const keys = (names: string[]) =>
		names.map(key).filter((k, i, all) => k.full && all.findIndex((o) => o.full === k.full) === i);
	return {
		entries: [
			...municipalities.map((m) => ({
				id: `municipio:${m.divipola}`,
				target: { kind: 'municipio' as const, divipola: m.divipola, subregion: m.subregion },
				keys: keys([m.shortName, m.name])
			})),
			...places.flatMap((p) => {
				const m = byCode.get(p.divipola);
				return m
					? [
							{
								id: `lugar:${fold(p.name)}`,
								target: {
									kind: 'lugar' as const,
									divipola: p.divipola,
									place: p.kind,
									municipality: m.shortName
								},
								keys: keys([p.name])
							}
						]
					: [];
			}),
			...subregions.map((s) => ({
				id: `subregion:${s.name}`,
				target: {
					kind: 'subregion' as const,
					name: s.name,
					count: municipalities.filter((m) => m.subregion === s.name).length
				},
				keys: keys([s.name, ...s.aliases])
			}))
		]
	};
}

/** Edits a result may need for a typed text of `n` letters: none below 3, then about one in four. */
const allowed = (n: number) => (n < 3 ? 0 : n < 6 ? 1 : n < 10 ? 2 : 3);

/**
 * Edit distance of a typed text to a name: as a whole, as the start of the
 * name (someone still typing, half a point worse) or word by word (a quarter
 * worse when the name has words not typed: «pinar» is nearer Pinar than Alto Pinar).
 */
function nearness(q: Key, k: Key): number {
	const start = (a: string, b: string) => distance(a, b.slice(0, a.length)) + 0.5;
	const words = q.words.reduce(
		(sum, u) => sum + Math.min(...k.words.map((t) => Math.min(distance(u, t), start(u, t)))),
		k.words.length > q.words.length ? 0.25 : 0
	);
	return Math.min(distance(q.content, k.content), start(q.content, k.content), words);
}

/** Every typed word starts a different word of the name. */
function wordPrefix(q: Key, k: Key): boolean {
	const free = [...k.words];
	return [...q.words]
		.sort((a, b) => b.length - a.length)
		.every((u) => {
			const i = free.findIndex((t) => t.startsWith(u));
			return i >= 0 && free.splice(i, 1).length > 0;
		});
}

function compare(q: Key, k: Key): { tier: Tier; distance: number } | null {
	if (q.full === k.full || q.content === k.content) return { tier: 'exact', distance: 0 };
	if (k.full.startsWith(q.full) || k.content.startsWith(q.content)) return { tier: 'prefix', distance: 0 };
	if (wordPrefix(q, k)) return { tier: 'word-prefix', distance: 0 };
	// One or two letters only find starts of names: «la» inside «Cucutilla» says nothing.
	if (q.full.length < 3) return null;
	if (k.full.includes(q.full) || k.content.includes(q.content)) return { tier: 'substring', distance: 0 };
	const d = nearness(q, k);
	return d <= allowed(q.content.length) ? { tier: 'fuzzy', distance: d } : null;
}

const order = (a: Match, b: Match) =>
	TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) ||
	a.distance - b.distance ||
	a.name.localeCompare(b.name, 'es');

/** The results for what was typed, best first, each place once; none for blank text. */
export function search(index: SearchIndex, query: string, limit = 8): Match[] {
	const q = key(query);
	if (!q.full) return [];
	const out: Match[] = [];
	for (const e of index.entries) {
		let best: Match | undefined;
		for (const k of e.keys) {
			const c = compare(q, k);
			const m = c && { id: e.id, target: e.target, name: k.written, ...c };
			if (m && (!best || order(m, best) < 0)) best = m;
		}
		if (best) out.push(best);
	}
	return out.sort(order).slice(0, limit);
}

/**
 * The `n` names nearest to what was typed, for the «¿Quiso decir…?» after no
 * result: farther than a result may be, but not wrong in half the letters
 * («catatumbo» is not a misspelt «San Cayetano»).
 */
export function closest(index: SearchIndex, query: string, n = 3): Match[] {
	const q = key(query);
	if (!q.full) return [];
	const far = q.content.length / 2;
	return index.entries
		.map(
			(e) =>
				e.keys
					.map((k): Match => ({
						id: e.id,
						target: e.target,
						name: k.written,
						tier: 'fuzzy',
						distance: nearness(q, k)
					}))
					.sort(order)[0]
		)
		.filter((m) => m && m.distance <= far)
		.sort(order)
		.slice(0, n);
}
