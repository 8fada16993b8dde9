import { compareCodes } from '../text/index.ts';

/** How editions are ordered: the newest (by publication date, then id) first; the site's default is the first. */
export interface EditionKey {
	id: string;
	/** `published.date` of the descriptor: yyyy-mm or yyyy-mm-dd. */
	date: string;
}

export function newestFirst(a: EditionKey, b: EditionKey): number {
	return compareCodes(b.date, a.date) || compareCodes(b.id, a.id);
}
