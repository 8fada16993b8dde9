/**
 * The words of the search's answers: each option's detail, the result count
 * and the closest names. Loaded with the matcher, on first use (lazy.ts); the
 * box's own words are in labels.ts.
 */
import { fold } from '../text/fold.ts';
import type { Match } from './match.ts';

export const ANSWER_TEXT = {
	none: 'Ningún municipio, lugar ni subregión se llama así.',
	didYouMean: '¿Quiso decir'
} as const;

const PLACE_KIND = { corregimiento: 'corregimiento', alias: 'otro nombre' } as const;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What goes before the `i`-th of `names` in «A, B o C»: «o» turns «u» before an
 * o- sound («Cúcuta u Ocaña»), as Spanish writes it.
 */
export function separator(i: number, names: readonly string[]): string {
	if (i === 0) return '';
	if (i < names.length - 1) return ', ';
	return /^h?o/.test(fold(names[i])) ? ' u ' : ' o ';
}

/** «3 resultados», for the live region. */
export const resultCount = (n: number) => count(n, 'resultado', 'resultados');

/** What an option says after its name: «Oriental», «corregimiento de Tibú», «subregión, 4 municipios». */
export function detailOf(m: Match): string {
	const t = m.target;
	if (t.kind === 'municipio') return t.subregion;
	if (t.kind === 'lugar') return `${PLACE_KIND[t.place]} de ${t.municipality}`;
	const size = count(t.count, 'municipio', 'municipios');
	// Found by an alias («Metropolitana»): say which subregion it is.
	return m.name === t.name ? `subregión, ${size}` : `subregión ${t.name}, ${size}`;
}
