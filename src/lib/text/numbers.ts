/**
 * Numbers as the report writes them (Colombian format): "1.158,69" = 1158.69,
 * "66,7%" = 66.7, "12.972" = 12972, and the report's own irregular spacing
 * "$135, 2 millones" = 135.2.
 */

const NUMBER = /\d{1,3}(?:\.\d{3})+(?:,\s?\d+)?|\d+(?:,\s?\d+)?/g;

/** Parses one es-CO number; throws on anything else. */
export function parseEsCoNumber(text: string): number {
	const t = text.trim();
	if (!/^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\s?\d+)?$/.test(t)) {
		throw new Error(`"${text}" no es un número en formato colombiano (p. ej. 1.158,69)`);
	}
	return Number(t.replace(/\./g, '').replace(/,\s?/, '.'));
}

/** Every number written in a text, in order. "un"/"una" count as 1. */
export function numbersIn(text: string): number[] {
	const found = [...text.matchAll(NUMBER)].map((m) => parseEsCoNumber(m[0]));
	if (/(^|[^\p{L}])(un|una|uno)(?=$|[^\p{L}])/iu.test(text)) found.push(1);
	return found;
}

const numberFormat = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });
const numberFormat1 = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1 });

/** 1158.69 -> "1.158,69" */
export function formatNumber(value: number, maxDecimals = 2): string {
	return (maxDecimals === 1 ? numberFormat1 : numberFormat).format(value);
}

/** 1158.69 -> "$ 1.158,69 millones" (the report's unit: millions of COP). */
export function formatMillions(value: number): string {
	return `$ ${formatNumber(value)} millones`;
}

/** 66.7 -> "66,7 %" */
export function formatPercent(value: number): string {
	return `${formatNumber(value, 1)} %`;
}

const AND = new Intl.ListFormat('es', { type: 'conjunction' });

/** [3, 12, 20] -> "3, 12 y 20", for lists inside a sentence. */
export function listEs(items: readonly (string | number)[]): string {
	return AND.format(items.map(String));
}
