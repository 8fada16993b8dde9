/** One cell read as the value its column needs: es-CO text, spreadsheet numbers, and refusals. */
import { describe, expect, it } from 'vitest';
import type { Cell } from './model.ts';
import {
	readChoice,
	readIntList,
	readLines,
	readNumber,
	readText,
	readYesNo,
	type NumberSpec
} from './values.ts';
import { SCOPE } from './choices.ts';

const MONEY: NumberSpec = { what: 'un número en millones de pesos', example: '1158,69', money: true };
const PCT: NumberSpec = { what: 'un porcentaje de 0 a 100', example: '66,7', percent: true };
const COUNT: NumberSpec = { what: 'un conteo', example: '442', integer: true, min: 0, minInclusive: false };
const s = (v: string): Cell => ({ t: 's', v });
const n = (v: number, pct = false): Cell => (pct ? { t: 'n', v, pct } : { t: 'n', v });

describe('readNumber accepts', () => {
	it.each<[string, Cell, NumberSpec, number | null]>([
		['a spreadsheet number', n(1158.69), MONEY, 1158.69],
		['es-CO text with thousands and decimals', s('1.158,69'), MONEY, 1158.69],
		['es-CO text without thousands', s('1158,69'), MONEY, 1158.69],
		['dot thousands (es-CO) as thousands', s('12.972'), MONEY, 12972],
		['«$ … millones» around the figure', s('$ 1.158,69 millones'), MONEY, 1158.69],
		['«$…millones de pesos», no spaces', s('$776 millones de pesos'), MONEY, 776],
		['a non-breaking space inside', s('1.158,69\u00a0'), MONEY, 1158.69],
		['a percentage with its sign', s('66,7 %'), PCT, 66.7],
		['a percentage without a space', s('66,7%'), PCT, 66.7],
		['a percent-formatted cell (0,667 shown 66,7 %)', n(0.667, true), PCT, 66.7],
		['100 % as a percent-formatted 1', n(1, true), PCT, 100],
		['«1,234» in a percentage column (no en-US reading under 100)', s('12,345 %'), PCT, 12.345],
		['an empty cell as null', null, MONEY, null],
		['blank text as null', s('   '), MONEY, null]
	])('%s', (_, cell, spec, expected) => {
		expect(readNumber(cell, spec)).toEqual({ ok: true, value: expected });
	});
});

describe('readNumber refuses, with what to do', () => {
	it.each<[string, Cell, NumberSpec, string, RegExp | undefined]>([
		['text that is not a number', s('1.158,69 mill'), MONEY, 'numero', undefined],
		[
			'an ambiguous «1,234»',
			s('1,234'),
			MONEY,
			'numero-ambiguo',
			/puede ser 1,234 o 1\.234: escriba 1234 si son miles/
		],
		['en-US thousands and decimals', s('1,158.69'), MONEY, 'numero-ingles', /¿quiso decir «1\.158,69»\?/],
		['en-US decimals', s('1158.69'), MONEY, 'numero-ingles', /¿quiso decir «1\.158,69»\?/],
		['a date cell', { t: 'd', v: '2024-03-05' }, MONEY, 'fecha', /formato de fecha/],
		[
			'a formula never computed',
			{ t: 'f', f: 'B2*2' },
			MONEY,
			'formula',
			/«=B2\*2» no tiene resultado guardado/
		],
		['an error value', { t: 'e', v: '#N/A' }, MONEY, 'error-formula', undefined],
		['a boolean', { t: 'b', v: true }, MONEY, 'numero', undefined],
		['a negative investment', n(-1), MONEY, 'fuera-de-rango', undefined],
		[
			'an investment in pesos',
			n(1_158_690_000),
			MONEY,
			'fuera-de-rango',
			/¿Está en pesos\? 1\.158\.690\.000 pesos son 1\.158,69 millones/
		],
		['a percentage over 100', s('120 %'), PCT, 'fuera-de-rango', undefined],
		['a count with decimals', s('12,5'), COUNT, 'entero', undefined],
		['a zero count when it must be positive', n(0), COUNT, 'fuera-de-rango', undefined],
		['a number with a stray letter', s('1158,69x'), MONEY, 'numero', undefined]
	])('%s', (_, cell, spec, code, suggestion) => {
		const r = readNumber(cell, spec);
		expect(r).toMatchObject({ ok: false, code });
		if (suggestion) expect(!r.ok && r.suggestion).toMatch(suggestion);
	});
});

describe('other cells', () => {
	it('reads text trimmed, numbers and dates as they show, empty as null', () => {
		expect(readText(s('  Cúcuta '))).toEqual({ ok: true, value: 'Cúcuta' });
		expect(readText(n(2024))).toEqual({ ok: true, value: '2024' });
		expect(readText({ t: 'd', v: '2025-11-01' })).toEqual({ ok: true, value: '2025-11-01' });
		expect(readText(null)).toEqual({ ok: true, value: null });
	});

	it('refuses text with the replacement character of a broken conversion', () => {
		expect(readText(s('Cúcuta y Ocaña'))).toMatchObject({ ok: true });
		expect(readText(s('C\uFFFDcuta'))).toMatchObject({ ok: false, code: 'texto-danado' });
	});

	it('splits lists one per line (and on «;» where names allow it)', () => {
		expect(readLines(s('una cita\r\notra cita\n\n'))).toEqual({ ok: true, value: ['una cita', 'otra cita'] });
		expect(readLines(s('PROCOLOMBIA; ACICAM\nCORPOMODA'), true)).toEqual({
			ok: true,
			value: ['PROCOLOMBIA', 'ACICAM', 'CORPOMODA']
		});
		expect(readLines(s('Perú; España'))).toEqual({ ok: true, value: ['Perú; España'] });
	});

	it.each([
		['municipal', 'municipal'],
		['Departamental', 'departmental'],
		['SIN LOCALIZACION', 'unspecified'],
		['sin_localización', 'unspecified']
	])('reads the choice «%s» without accents or case', (written, value) => {
		expect(readChoice(s(written), SCOPE)).toEqual({ ok: true, value });
	});

	it('suggests the nearest choice for a near miss, lists them all otherwise', () => {
		expect(readChoice(s('municpal'), SCOPE)).toMatchObject({
			ok: false,
			code: 'opcion',
			suggestion: '¿Quiso decir «municipal»?'
		});
		expect(readChoice(s('regional'), SCOPE)).toEqual({
			ok: false,
			code: 'opcion',
			expected: 'uno de: «municipal», «departamental», «sin localización»'
		});
	});

	it.each<[Cell, boolean | null]>([
		[s('sí'), true],
		[s('SI'), true],
		[s('no'), false],
		[{ t: 'b', v: true }, true],
		[n(0), false],
		[null, null]
	])('reads yes/no %j', (cell, expected) => {
		expect(readYesNo(cell)).toEqual({ ok: true, value: expected });
	});

	it.each<[Cell, number[] | null]>([
		[s('1, 2, 3 y 5'), [1, 2, 3, 5]],
		[s('18;19;20'), [18, 19, 20]],
		[n(6), [6]],
		[null, []],
		[s('1, dos'), null]
	])('reads the meta list %j', (cell, expected) => {
		const r = readIntList(cell, 'números de meta');
		expect(r).toEqual(
			expected === null
				? { ok: false, code: 'entero', expected: 'números de meta' }
				: { ok: true, value: expected }
		);
	});
});
