/**
 * CSV downloads that open correctly in a Spanish-locale spreadsheet and cannot
 * carry a formula.
 *
 * - Two dialects: `es-CO` (`;` between cells, decimal comma: what Excel and
 *   LibreOffice in Spanish expect) and `internacional` (`,` and decimal point,
 *   for programs). Both start with a UTF-8 BOM so Excel reads the accents.
 * - Every column has a type. A number column holds finite numbers or nothing:
 *   «no amount» is an empty cell, never 0, and a negative number stays a number.
 * - A text column is hostile: names, titles and quotes come from data files that
 *   staff (and soon a spreadsheet import) fill. A cell a spreadsheet would read
 *   as a formula (OWASP: starting with = + - @, tab or CR; also after spaces, a
 *   line feed or the full-width forms) gets a leading apostrophe, which
 *   spreadsheets show as text.
 */
import { dsvFormat } from 'd3-dsv';
import type { ExploreResult } from './values.ts';

export interface CsvDialect {
	id: 'es-CO' | 'internacional';
	separator: ';' | ',';
	decimal: ',' | '.';
}

export const CSV_ES_CO: CsvDialect = { id: 'es-CO', separator: ';', decimal: ',' };
export const CSV_INTERNACIONAL: CsvDialect = { id: 'internacional', separator: ',', decimal: '.' };

export type CsvColumn<Row> =
	| { header: string; type: 'text'; value: (row: Row) => string | null }
	| { header: string; type: 'number'; value: (row: Row) => number | null; decimals?: number };

const BOM = '\uFEFF';
// OWASP's triggers, plus LF/NUL and the full-width = + - @ some spreadsheets also accept.
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n\0]/;

/** A text cell a spreadsheet cannot run: "=1+1" -> "'=1+1". */
export function neutralise(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A number cell: no thousands separator (a spreadsheet would read "1.158" as
 * 1.158), the dialect's decimal mark, at most `decimals` decimals, no trailing zeros.
 */
export function formatCsvNumber(value: number | null, dialect: CsvDialect, decimals = 4): string {
	if (value === null) return '';
	if (!Number.isFinite(value)) {
		throw new Error(`CSV: se esperaba un número finito o una celda vacía, se recibió ${value}`);
	}
	const raw = value.toFixed(decimals);
	const fixed = raw.includes('.') ? raw.replace(/\.?0+$/, '') : raw;
	const text = fixed === '-0' ? '0' : fixed;
	return dialect.decimal === ',' ? text.replace('.', ',') : text;
}

/** Rows -> CSV text (BOM, header, one line per row, CRLF between lines). */
export function encodeCsv<Row>(
	rows: readonly Row[],
	columns: readonly CsvColumn<Row>[],
	dialect: CsvDialect
): string {
	const cell = (c: CsvColumn<Row>, row: Row): string => {
		if (c.type === 'number') return formatCsvNumber(c.value(row), dialect, c.decimals);
		const v = c.value(row);
		return v === null ? '' : neutralise(v);
	};
	const format = dsvFormat(dialect.separator);
	const lines = [
		columns.map((c) => neutralise(c.header)),
		...rows.map((row) => columns.map((c) => cell(c, row)))
	];
	// RFC 4180 (and Excel) end lines with CRLF; a line feed inside a cell stays inside its quotes.
	return BOM + lines.map((l) => format.formatRow(l)).join('\r\n') + '\r\n';
}

/** File name suffix of a dialect ("" for the Spanish one, which is the default download). */
export function csvSuffix(dialect: CsvDialect): string {
	return dialect.id === 'es-CO' ? '' : '-internacional';
}

const STATUS_LABEL = {
	alcanzado: 'nombrado, con monto estimado',
	'sin-monto': 'nombrado, sin monto estimado',
	'no-alcanzado': 'no nombrado'
} as const;

type Value = ExploreResult['values'][number];

/** The explorer's current figures, one row per municipality. */
export function resultToCsv(result: ExploreResult, dialect: CsvDialect = CSV_ES_CO): string {
	const columns: CsvColumn<Value>[] = [
		{ header: 'divipola', type: 'text', value: (v) => v.divipola },
		{ header: 'municipio', type: 'text', value: (v) => v.name },
		{ header: 'subregion', type: 'text', value: (v) => v.subregion },
		{ header: 'poblacion', type: 'number', value: (v) => v.population, decimals: 0 },
		// No amount (not named, or named without an estimate) is an empty cell, never 0.
		{ header: 'valor', type: 'number', value: (v) => (v.status === 'alcanzado' ? v.value : null) },
		{ header: 'unidad', type: 'text', value: () => result.unit },
		{ header: 'estado', type: 'text', value: (v) => STATUS_LABEL[v.status] },
		{ header: 'puesto', type: 'number', value: (v) => v.rank, decimals: 0 },
		{ header: 'metas', type: 'text', value: (v) => (v.metas.length ? v.metas.join(' ') : null) },
		{ header: 'regla', type: 'text', value: () => (result.estimated ? result.ruleText : null) }
	];
	return encodeCsv(result.values, columns, dialect);
}
