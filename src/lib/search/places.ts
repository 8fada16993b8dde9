/**
 * The place decisions a citizen may type to find a municipality: run by the
 * server load, so the page receives this short list and not lugares.yaml's parser.
 */
import type { PlaceDecision } from '../report/schema.ts';
import type { SearchPlace } from './match.ts';

/**
 * Corregimientos and other names of a municipality. Left out: places outside
 * the department or the department itself (no municipality page to open), and
 * errata, a misspelling of the report nobody types on purpose (a typed typo
 * finds the municipality anyway).
 */
export function searchPlaces(decisions: readonly PlaceDecision[]): SearchPlace[] {
	return decisions.flatMap((d) =>
		d.decision === 'corregimiento' || d.decision === 'alias'
			? [{ name: d.name, kind: d.decision, divipola: d.divipola }]
			: []
	);
}
