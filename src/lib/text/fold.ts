/**
 * Accent- and case-insensitive comparison of Spanish text, the way citizens
 * type names ("cucuta", "tibu", "ocana"), and the plain order of codes.
 */

/**
 * Codes (DIVIPOLA «54001», ISO dates, ids) in code-unit order, what `<` does.
 * Not localeCompare: that is a collation, an Intl call, and a page's first
 * Intl call initialises ICU on a phone's main thread. (Here, not in a module
 * of its own, so the bundler does not make it a request of its own.)
 */
export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** "San José de CÚCUTA" -> "san jose de cucuta"; ñ -> n; whitespace collapsed. */
export function fold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** "Suroccidental", "Meta 6: Gestión" -> "suroccidental", "meta-6-gestion": ids and file names. */
export function slug(s: string): string {
	return fold(s)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * Folds one UTF-16 unit at a time so the result has exactly the input's
 * length: positions found in the folded text are positions in the original.
 * Input is expected in NFC (precomposed accents), as the report is.
 */
export function foldKeepingLength(s: string): string {
	let out = '';
	for (const ch of s) {
		let f = foldedChars.get(ch);
		if (f === undefined) {
			const base = ch.normalize('NFD').replace(/\p{Diacritic}/gu, '');
			const folded = base.length === ch.length ? base.toLowerCase() : ch.toLowerCase();
			f = folded.length === ch.length ? folded : ch;
			foldedChars.set(ch, f);
		}
		out += f;
	}
	return out;
}

// Whole reports are folded several times: each character's fold is computed once.
const foldedChars = new Map<string, string>();
