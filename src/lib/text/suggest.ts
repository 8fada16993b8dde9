/** Near misses: the names closest to what someone typed (a place, a field name, an option). */
import { distance } from 'fastest-levenshtein';
import { fold } from './fold.ts';

/** The `n` names closest to `query` (edit distance on folded text), best first. */
export function suggest(query: string, names: readonly string[], n = 3): string[] {
	const q = fold(query);
	return names
		.map((name) => {
			const f = fold(name);
			// A prefix match ("villa" -> "Villa Caro") counts as close as a one-letter typo.
			const d = f.startsWith(q) && q.length >= 3 ? 1 : distance(q, f);
			return { name, d };
		})
		.filter(({ d, name }) => d <= Math.max(2, Math.ceil(fold(name).length / 3)))
		.sort((a, b) => a.d - b.d || a.name.localeCompare(b.name, 'es'))
		.slice(0, n)
		.map(({ name }) => name);
}
