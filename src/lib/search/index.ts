/**
 * Search by name on the home page: municipalities, places of a municipality
 * (corregimientos, other names) and subregions, forgiving typos, accents and
 * little words. `Search.svelte` is the combobox; the matching is pure.
 */
export { buildIndex, search, closest, TIERS } from './match.ts';
export type {
	Match,
	Target,
	Tier,
	SearchIndex,
	SearchMunicipality,
	SearchSubregion,
	SearchPlace
} from './match.ts';
export { searchPlaces } from './places.ts';
export { SEARCH_TEXT } from './labels.ts';
export { ANSWER_TEXT, resultCount, detailOf, separator } from './answers.ts';
