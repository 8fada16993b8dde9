/** The «fuente» cell read against the edition's funding sources, and written back the same way. */
import { describe, expect, it } from 'vitest';
import { formatFunding, parseFunding, type FundingValue } from './funding.ts';

const DEFS = [
	{ id: 'propios', label: 'Recursos propios', short: 'recursos propios' },
	{ id: 'sgr', label: 'Sistema General de Regalías (SGR)', short: 'SGR' }
];
const src = (source: string, sharePct: number | null = null, main = false) => ({ source, sharePct, main });

describe('parseFunding', () => {
	it.each<[string | null, FundingValue]>([
		['recursos propios', { status: 'stated', sources: [src('propios')] }],
		['Recursos Propios', { status: 'stated', sources: [src('propios')] }],
		['SGR', { status: 'stated', sources: [src('sgr')] }],
		['Sistema General de Regalías', { status: 'stated', sources: [src('sgr')] }],
		['Sistema General de Regalías (SGR)', { status: 'stated', sources: [src('sgr')] }],
		['sgr', { status: 'stated', sources: [src('sgr')] }],
		['SGR (principalmente)', { status: 'stated', sources: [src('sgr', null, true)] }],
		['principalmente SGR', { status: 'stated', sources: [src('sgr', null, true)] }],
		['SGR 96 % (principalmente)', { status: 'stated', sources: [src('sgr', 96, true)] }],
		['el 96 % del SGR', { status: 'stated', sources: [src('sgr', 96)] }],
		['recursos propios 40 % y SGR 60 %', { status: 'stated', sources: [src('propios', 40), src('sgr', 60)] }],
		[
			'recursos propios 40,5 %; SGR 59,5 %',
			{ status: 'stated', sources: [src('propios', 40.5), src('sgr', 59.5)] }
		],
		['recursos propios y SGR', { status: 'stated', sources: [src('propios'), src('sgr')] }],
		['recursos propios + SGR 60 %', { status: 'stated', sources: [src('propios'), src('sgr', 60)] }],
		[null, { status: 'not-stated', sources: [] }],
		['no indica', { status: 'not-stated', sources: [] }],
		['Sin fuente.', { status: 'not-stated', sources: [] }]
	])('«%s»', (raw, expected) => {
		expect(parseFunding(raw, DEFS)).toEqual({ ok: true, value: expected });
	});

	it.each<[string, string, RegExp | undefined]>([
		['SGP', 'fuente', /¿quiso decir «SGR»\?/],
		['regalías municipales', 'fuente', undefined],
		['recursos propios 40 % y SGR 50 %', 'participaciones', undefined],
		['recursos propios 70 % y SGR 60 %', 'participaciones', undefined],
		['SGR 120 %', 'fuera-de-rango', undefined],
		['SGR y SGR', 'fuente', undefined]
	])('refuses «%s»', (raw, code, suggestion) => {
		const r = parseFunding(raw, DEFS);
		expect(r).toMatchObject({ ok: false, code });
		if (suggestion) expect(!r.ok && r.suggestion).toMatch(suggestion);
	});

	it('names the shares it found when they do not add up', () => {
		expect(parseFunding('recursos propios 40 % y SGR 50 %', DEFS)).toMatchObject({
			expected: 'participaciones que sumen 100 % (suman 90 %)'
		});
	});

	it('reads only the sources the edition lists', () => {
		expect(parseFunding('SGR', [DEFS[0]])).toMatchObject({ ok: false, code: 'fuente' });
	});
});

describe('formatFunding', () => {
	it.each<FundingValue>([
		{ status: 'stated', sources: [src('propios')] },
		{ status: 'stated', sources: [src('sgr', 96, true)] },
		{ status: 'stated', sources: [src('sgr', null, true)] },
		{ status: 'stated', sources: [src('propios', 40.5), src('sgr', 59.5)] },
		{ status: 'not-stated', sources: [] }
	])('writes %j so that parseFunding reads it back', (value) => {
		expect(parseFunding(formatFunding(value, DEFS), DEFS)).toEqual({ ok: true, value });
	});

	it('writes the short names and es-CO shares', () => {
		expect(
			formatFunding({ status: 'stated', sources: [src('propios', 40.5), src('sgr', 59.5, true)] }, DEFS)
		).toBe('recursos propios 40,5 % y SGR 59,5 % (principalmente)');
	});
});
