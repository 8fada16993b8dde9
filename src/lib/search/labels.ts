/**
 * The search box's Spanish words. The words of its answers (results, «¿Quiso decir…?»)
 * are in answers.ts, which loads with the matcher.
 */
export const SEARCH_TEXT = {
	label: 'Buscar un municipio, lugar o subregión',
	placeholder: 'Ej.: cucuta, la gabarra, norte',
	results: 'Resultados de la búsqueda'
} as const;
