/**
 * A workbook as plain data: sheets of rows of typed cells. The spreadsheet files (.xlsx, .ods,
 * .csv) are read into this and written from it by the adapters (`sheetjs.ts`, `csv.ts`); the
 * edition <-> workbook logic only ever sees this model.
 */

export type Cell =
	| null
	| { t: 's'; v: string }
	/** `pct`: the cell is shown with a percent format (0,667 shown as 66,7 %). */
	| { t: 'n'; v: number; pct?: boolean }
	| { t: 'b'; v: boolean }
	/** A date cell, as the calendar day yyyy-mm-dd. */
	| { t: 'd'; v: string }
	/** An error value left by a formula (#¡DIV/0!, #N/A). */
	| { t: 'e'; v: string }
	/** A formula whose result the file does not store (never recalculated). */
	| { t: 'f'; f: string };

export interface Sheet {
	name: string;
	/** Row 0 is the spreadsheet's row 1; cell 0 is column A. Short rows mean empty cells. */
	rows: Cell[][];
	/** Merged ranges, as the spreadsheet writes them ("A1:C1"). */
	merges?: string[];
	/** Column widths in characters, for writing. */
	widths?: number[];
}

export interface WorkbookModel {
	sheets: Sheet[];
}

export const text = (v: string): Cell => (v === '' ? null : { t: 's', v });
export const num = (v: number): Cell => ({ t: 'n', v });
export const textOrNull = (v: string | null | undefined): Cell => (v == null ? null : text(v));
export const numOrNull = (v: number | null | undefined): Cell => (v == null ? null : num(v));

/** Whether a cell holds nothing (null, or text made only of spaces). */
export function isEmpty(c: Cell | undefined): boolean {
	return c == null || (c.t === 's' && c.v.trim() === '');
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA": the column letters spreadsheets show. */
export function columnLetter(index: number): string {
	let s = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
		s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

/** "AA" -> 26. */
export function columnIndex(letters: string): number {
	return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** How a cell reads in a message: the value as a person sees it. */
export function showCell(c: Cell | undefined): string {
	if (c == null) return '';
	switch (c.t) {
		case 's':
			return c.v.length > 80 ? `${c.v.slice(0, 77)}…` : c.v;
		case 'n':
			return c.pct
				? `${String(Math.round(c.v * 1e6) / 1e4).replace('.', ',')} %`
				: String(c.v).replace('.', ',');
		case 'b':
			return c.v ? 'VERDADERO' : 'FALSO';
		case 'd':
		case 'e':
			return c.v;
		case 'f':
			return `=${c.f}`;
	}
}
