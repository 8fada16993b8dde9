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

/**
 * |value| rounded to at most `maxDecimals` places the way Intl.NumberFormat
 * rounds (half away from zero, on the shortest decimal that reads back as
 * `value`: 1.005 -> 1.01, where toFixed gives 1.00), without trailing zeros.
 * Written out rather than asked of Intl because a page's first Intl call
 * initialises ICU: 45-143 ms of a phone's main thread before the map answers.
 * `text.test.ts` checks it against Intl.NumberFormat over thousands of values.
 */
function roundedDigits(value: number, maxDecimals: number): { int: string; frac: string } {
	const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
	const [whole, fraction = ''] = mantissa.split('.');
	let digits = whole + fraction;
	let point = whole.length + Number(exponent); // where the decimal point falls in `digits`
	if (point < 0) {
		digits = '0'.repeat(-point) + digits;
		point = 0;
	}
	digits = digits.padEnd(point, '0');
	const keep = point + maxDecimals;
	if (keep < digits.length) {
		const up = digits[keep] >= '5';
		digits = digits.slice(0, keep);
		if (up) {
			const next = (BigInt(digits || '0') + 1n).toString().padStart(digits.length, '0');
			point += next.length - digits.length;
			digits = next;
		}
	}
	return {
		int: digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0',
		frac: digits.slice(point).replace(/0+$/, '')
	};
}

/**
 * What Intl.NumberFormat(locale, { maximumFractionDigits, useGrouping })
 * prints for es-CO ("1.234.567,89", "-0,5") or, with `plain`, for en-US
 * without grouping ("1234567.89", what Number() reads back).
 */
function formatDecimal(value: number, maxDecimals: number, plain: boolean): string {
	if (Number.isNaN(value)) return 'NaN';
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	if (!Number.isFinite(value)) return `${sign}∞`;
	const { int, frac } = roundedDigits(value, maxDecimals);
	if (plain) return `${sign}${int}${frac ? `.${frac}` : ''}`;
	return `${sign}${int.replace(/\B(?=(\d{3})+$)/g, '.')}${frac ? `,${frac}` : ''}`;
}

/** 1158.69 -> "1.158,69" (at most `maxDecimals` decimals, es-CO). */
export function formatNumber(value: number, maxDecimals = 2): string {
	return formatDecimal(value, maxDecimals, false);
}

/** 1158.694 -> "1158.69": the same rounding as `formatNumber`, as a plain number to read back. */
export function formatPlainNumber(value: number, maxDecimals = 2): string {
	return formatDecimal(value, maxDecimals, true);
}

/** 1158.69 -> "$ 1.158,69 millones" (the report's unit: millions of COP). */
export function formatMillions(value: number): string {
	return `$ ${formatNumber(value)} millones`;
}

/** 1_572_864 bytes -> "1,5 MB" (MiB, as file pickers count). */
export function formatMegabytes(bytes: number): string {
	return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

/** 66.7 -> "66,7 %" */
export function formatPercent(value: number): string {
	return `${formatNumber(value, 1)} %`;
}

let and: Intl.ListFormat | undefined;

/**
 * [3, 12, 20] -> "3, 12 y 20", for lists inside a sentence. Lists of numbers
 * (meta numbers, the common case on page load) are joined here: before a
 * digit Spanish always writes «y». Words go to Intl.ListFormat, built on first
 * use, which knows «Tibú e Ibagué».
 */
export function listEs(items: readonly (string | number)[]): string {
	const texts = items.map(String);
	if (texts.every((t) => /^\d/.test(t))) {
		return texts.length < 2 ? texts.join('') : `${texts.slice(0, -1).join(', ')} y ${texts.at(-1)}`;
	}
	and ??= new Intl.ListFormat('es', { type: 'conjunction' });
	return and.format(texts);
}
