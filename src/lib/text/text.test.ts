import { describe, expect, it } from 'vitest';
import { calendarDay, isoDate, spanishDate } from './dates.ts';
import { fold, foldKeepingLength, slug } from './fold.ts';
import {
	formatMillions,
	formatNumber,
	formatPercent,
	formatPlainNumber,
	listEs,
	numbersIn,
	parseEsCoNumber
} from './numbers.ts';

describe('fold', () => {
	it.each([
		{ args: 'San José de CÚCUTA', expected: 'san jose de cucuta' },
		{ args: 'Ocaña', expected: 'ocana' },
		{ args: '  Tibú  ', expected: 'tibu' },
		{ args: 'Villa  del\tRosario', expected: 'villa del rosario' },
		{ args: '', expected: '' }
	])('$args -> $expected', ({ args, expected }) => {
		expect(fold(args)).toBe(expected);
	});
});

describe('slug', () => {
	it.each([
		{ args: 'Suroccidental', expected: 'suroccidental' },
		{ args: 'San José de Cúcuta', expected: 'san-jose-de-cucuta' },
		{ args: 'departamento-inversion-por-mil-igual', expected: 'departamento-inversion-por-mil-igual' },
		{ args: ' ¿Ocaña? (Norte) ', expected: 'ocana-norte' }
	])('$args -> $expected', ({ args, expected }) => {
		expect(slug(args)).toBe(expected);
	});
});

describe('foldKeepingLength', () => {
	it.each(['Cámara de Comercio de CÚCUTA', 'Ábrego, Chitagá y Ocaña', 'ñandú', '“El Norte por el mundo”'])(
		'keeps the length of %s',
		(s) => {
			expect(foldKeepingLength(s)).toHaveLength(s.length);
		}
	);
	it('folds accents and case', () => {
		expect(foldKeepingLength('CÚCUTA y Ocaña')).toBe('cucuta y ocana');
	});
});

describe('parseEsCoNumber', () => {
	it.each([
		{ args: '1.158,69', expected: 1158.69 },
		{ args: '66,7', expected: 66.7 },
		{ args: '12.972', expected: 12972 },
		{ args: '1649', expected: 1649 },
		{ args: '135, 2', expected: 135.2 },
		{ args: '0', expected: 0 },
		{ args: '1.694.970', expected: 1694970 }
	])('$args -> $expected', ({ args, expected }) => {
		expect(parseEsCoNumber(args)).toBe(expected);
	});

	it.each(['1,158.69', 'abc', '', '12.97', '1.2345'])('rejects %j', (s) => {
		expect(() => parseEsCoNumber(s)).toThrow(/formato colombiano/);
	});
});

describe('numbersIn', () => {
	it.each([
		{ args: '$ 776 millones de pesos', expected: [776] },
		{ args: '$135, 2 millones de pesos.', expected: [135.2] },
		{ args: '66,7% de avance frente al cuatrienio', expected: [66.7] },
		{ args: 'Tasa 63,5% 62,8%** 60%', expected: [63.5, 62.8, 60] },
		{ args: 'Un centro de reindustrialización', expected: [1] },
		{ args: 'sin cifras', expected: [] }
	])('$args', ({ args, expected }) => {
		expect(numbersIn(args)).toEqual(expected);
	});
});

describe('es-CO formatting', () => {
	it('formats money in millions as the report does', () => {
		expect(formatMillions(1158.69)).toBe('$ 1.158,69 millones');
		expect(formatMillions(12972)).toBe('$ 12.972 millones');
	});
	it('formats percentages with a decimal comma', () => {
		expect(formatPercent(66.7)).toBe('66,7 %');
		expect(formatNumber(1694970)).toBe('1.694.970');
	});
	it.each([
		[[3], '3'],
		[[3, 12], '3 y 12'],
		[[3, 12, 20], '3, 12 y 20'],
		[['Cúcuta', 'Ocaña'], 'Cúcuta y Ocaña']
	])('lists %j inside a sentence as «%s»', (items, expected) => {
		expect(listEs(items)).toBe(expected);
	});
});

describe('formatNumber and formatPlainNumber against Intl.NumberFormat', () => {
	// Intl is the oracle: the formatter exists only to keep ICU off the page load.
	let seed = 0x2024_2025;
	const random = () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const values: number[] = [
		0,
		-0,
		1,
		-1,
		0.5,
		1.5,
		2.5,
		-2.5,
		0.05,
		0.005,
		1.005,
		2.675,
		1.255,
		0.125,
		-0.125,
		999.995,
		9.995,
		99.5,
		999.5,
		0.1 + 0.2,
		1e21,
		1.5e21,
		123456789012345680000,
		5e-7,
		4.9e-7,
		1e-7,
		1e-10,
		Number.MAX_SAFE_INTEGER,
		Number.MIN_VALUE,
		Number.MAX_VALUE,
		-0.001,
		-0.004,
		-0.005,
		1158.69,
		12972,
		1694970,
		66.7,
		NaN,
		Infinity,
		-Infinity
	];
	for (let i = 0; i < 4000; i++) {
		const magnitude = 10 ** Math.floor(random() * 30 - 9);
		const x = random() * magnitude * (random() < 0.3 ? -1 : 1);
		values.push(
			x,
			Math.round(x * 1000) / 1000,
			(Math.floor(random() * 20000) + 0.5) / 10 ** Math.floor(random() * 4)
		);
	}
	it.each([0, 1, 2, 6])('prints what es-CO and en-US (no grouping) print, at most %i decimals', (d) => {
		const esCo = new Intl.NumberFormat('es-CO', { maximumFractionDigits: d });
		const enUs = new Intl.NumberFormat('en-US', { maximumFractionDigits: d, useGrouping: false });
		const wrong = values.filter(
			(v) => formatNumber(v, d) !== esCo.format(v) || formatPlainNumber(v, d) !== enUs.format(v)
		);
		expect(wrong.map((v) => [v, formatNumber(v, d), esCo.format(v)])).toEqual([]);
	});
	it('defaults to two decimals', () => {
		expect(formatNumber(1234.5678)).toBe('1.234,57');
		expect(formatPlainNumber(1.005)).toBe('1.01');
	});
});

describe('listEs against Intl.ListFormat', () => {
	const oracle = new Intl.ListFormat('es', { type: 'conjunction' });
	it.each([
		[[]],
		[[7]],
		[[1, 11]],
		[[8, 80, 800, 11, 1]],
		[['3', '12', '20']],
		[['Tibú', 'Ibagué']],
		[['Ábrego', 'Hacarí', 'Hispania']],
		[[3, 'Ibagué']]
	])('%j', (items) => expect(listEs(items)).toBe(oracle.format(items.map(String))));
});

describe('spanishDate', () => {
	it.each([
		['2026-11-24', '24 de noviembre de 2026'],
		['2025-01-05', '5 de enero de 2025'],
		['2024-02-29', '29 de febrero de 2024'],
		['2025-09-30', '30 de septiembre de 2025'],
		// Date.UTC would read year 99 as 1999.
		['0099-01-01', '1 de enero de 99']
	])('%s -> %s', (iso, text) => expect(spanishDate(iso)).toBe(text));

	it.each(['24/11/2026', '2026-13-01', '2026-02-30', ''])('rejects %j, in Spanish', (iso) => {
		expect(() => spanishDate(iso)).toThrow(`Fecha no válida: «${iso}» (se esperaba AAAA-MM-DD)`);
	});
});

describe('calendarDay', () => {
	it.each([
		['2024-02-29', '2024-02-29T00:00:00.000Z'],
		['2025-12-31', '2025-12-31T00:00:00.000Z']
	])('%s is a day', (iso, utc) => expect(calendarDay(iso)?.toISOString()).toBe(utc));
	it.each([
		'2025-02-29',
		'2025-02-30',
		'2025-04-31',
		'2025-00-10',
		'2025-13-01',
		'2025-01-00',
		'hoy',
		'25-11-2025',
		'2025-1-5',
		' 2025-01-05'
	])('%j is not', (iso) => expect(calendarDay(iso)).toBeNull());
});

describe('isoDate', () => {
	it('writes the local calendar day as yyyy-mm-dd', () => {
		expect(isoDate(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24');
		expect(isoDate(new Date(2025, 0, 5, 0, 0))).toBe('2025-01-05');
	});
});
