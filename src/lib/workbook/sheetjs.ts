/**
 * The spreadsheet files themselves, through SheetJS Community Edition (`@e965/xlsx`, see
 * docs/workbook.md): .xlsx and .ods in and out, plus the CSV adapter. This is the only
 * module that imports the library (about 170 kB gzip), so a page loads it only when it reads or
 * writes a file: `await import('$lib/workbook/sheetjs.ts')`.
 */
import * as XLSX from '@e965/xlsx';
import { LIMITS, sniff } from './container.ts';
import { readCsvFiles, type Read } from './csv.ts';
import { columnLetter, type Cell, type Sheet, type WorkbookModel } from './model.ts';
import type { Notice, Problem } from './problems.ts';
import { specOfSheet } from './sheets.ts';

export type { Read };

function isoDay(serial: number, date1904: boolean): string | null {
	const d = XLSX.SSF.parse_date_code(serial, { date1904 });
	if (!d) return null;
	return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

function toCell(c: XLSX.CellObject | undefined, date1904: boolean): Cell {
	if (!c || c.t === 'z') return null;
	if (c.f !== undefined && c.v === undefined) return { t: 'f', f: c.f };
	switch (c.t) {
		case 's':
			return { t: 's', v: String(c.v ?? '') };
		case 'b':
			return { t: 'b', v: Boolean(c.v) };
		case 'e':
			return { t: 'e', v: c.w ?? (c.f ? `=${c.f}` : '#ERROR') };
		case 'd': {
			const v = c.v instanceof Date ? c.v : new Date(String(c.v));
			return {
				t: 'd',
				v: `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`
			};
		}
		case 'n': {
			const v = Number(c.v);
			const z = typeof c.z === 'string' ? c.z : '';
			if (z && XLSX.SSF.is_date(z)) {
				const day = isoDay(v, date1904);
				if (day) return { t: 'd', v: day };
			}
			return z.includes('%') ? { t: 'n', v, pct: true } : { t: 'n', v };
		}
		default:
			return null;
	}
}

function sheetOf(ws: XLSX.WorkSheet, name: string, date1904: boolean): Sheet {
	const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
	const rows: Cell[][] = [];
	for (let r = 0; r < data.length; r++) {
		const src = data[r] ?? [];
		const row: Cell[] = [];
		for (let c = 0; c < src.length; c++) row[c] = toCell(src[c], date1904);
		rows[r] = row;
	}
	for (let r = 0; r < rows.length; r++) rows[r] ??= [];
	return {
		name,
		rows,
		merges: (ws['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m))
	};
}

function fileProblem(
	file: string,
	code: Problem['code'],
	found: string,
	expected: string,
	suggestion?: string
): Problem {
	return {
		code,
		file,
		sheet: null,
		row: null,
		column: null,
		value: null,
		found,
		expected,
		...(suggestion ? { suggestion } : {})
	};
}

/** Reads one .xlsx or .ods file into the model; every refusal is a Spanish problem. */
export function readWorkbookBytes(bytes: Uint8Array, fileName: string): Read {
	const kind = sniff(bytes, fileName);
	if (!kind.ok) return { ok: false, problems: [kind.problem], notices: [] };
	if (kind.kind === 'text') return readCsvFiles([{ name: fileName, bytes }]);
	let wb: XLSX.WorkBook;
	// SheetJS prints English remarks on formats it half-understands («ODS number format may be
	// incorrect»); they say nothing staff can act on, and the cells are checked anyway.
	const quiet = console.error;
	console.error = () => {};
	try {
		wb = XLSX.read(bytes, {
			type: 'array',
			dense: true,
			cellDates: false,
			cellNF: true,
			cellFormula: true,
			cellHTML: false,
			cellStyles: false,
			sheetRows: LIMITS.rows + 1
		});
	} catch (e) {
		const message = (e as Error).message ?? '';
		if (/password|encrypt/i.test(message)) {
			return {
				ok: false,
				problems: [
					fileProblem(
						fileName,
						'archivo-cifrado',
						'el libro está protegido con contraseña',
						'un libro sin contraseña',
						'Ábralo, quite la contraseña y guárdelo de nuevo'
					)
				],
				notices: []
			};
		}
		return {
			ok: false,
			problems: [
				fileProblem(
					fileName,
					'archivo-danado',
					`el libro no se puede leer (${message.slice(0, 80)})`,
					'un libro .xlsx u .ods completo',
					'Ábralo en Excel o LibreOffice, compruebe que se ve bien y guárdelo de nuevo'
				)
			],
			notices: []
		};
	} finally {
		console.error = quiet;
	}
	const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
	const problems: Problem[] = [];
	const notices: Notice[] = [];
	const sheets: Sheet[] = [];
	for (const name of wb.SheetNames) {
		const ws = wb.Sheets[name];
		const spec = specOfSheet(name);
		const declared = ws['!fullref'] ?? ws['!ref'];
		if (declared && spec && spec.role !== 'reference') {
			const r = XLSX.utils.decode_range(declared);
			const rows = r.e.r + 1;
			const cols = r.e.c + 1;
			if (rows > LIMITS.rows || cols > LIMITS.columns) {
				problems.push({
					code: 'dimensiones',
					file: fileName,
					sheet: name,
					row: null,
					column: null,
					value: declared,
					expected: `una hoja de hasta ${LIMITS.rows} filas y ${LIMITS.columns} columnas (esta dice llegar hasta la fila ${rows} y la columna ${columnLetter(cols - 1)})`,
					suggestion:
						'Borre las filas y columnas vacías del final de la hoja (seleccione desde la última fila con datos hasta el final › Eliminar filas) y guarde'
				});
				continue;
			}
		}
		sheets.push(sheetOf(ws, name, date1904));
	}
	return problems.length ? { ok: false, problems, notices } : { ok: true, model: { sheets }, notices };
}

/**
 * Reads what staff give: one .xlsx/.ods workbook, or one or more .csv files (one per sheet).
 * A workbook mixed with other files is refused.
 */
export function readWorkbookFiles(files: readonly { name: string; bytes: Uint8Array }[]): Read {
	if (files.length === 1) return readWorkbookBytes(files[0].bytes, files[0].name);
	const kinds = files.map((f) => ({ f, s: sniff(f.bytes, f.name) }));
	const bad = kinds.filter((k) => !k.s.ok).map((k) => (k.s as { ok: false; problem: Problem }).problem);
	if (bad.length) return { ok: false, problems: bad, notices: [] };
	const books = kinds.filter((k) => k.s.ok && k.s.kind !== 'text');
	if (books.length) {
		return {
			ok: false,
			problems: [
				fileProblem(
					books[0].f.name,
					'archivo-desconocido',
					`un libro junto a otros ${files.length - 1} archivos`,
					'un solo libro .xlsx u .ods, o solo archivos .csv (uno por hoja)'
				)
			],
			notices: []
		};
	}
	return readCsvFiles(files);
}

export type WorkbookFormat = 'xlsx' | 'ods';

/** Spreadsheet error values and their codes in the file formats. */
const ERRORS: Record<string, number> = {
	'#NULL!': 0x00,
	'#DIV/0!': 0x07,
	'#VALUE!': 0x0f,
	'#REF!': 0x17,
	'#NAME?': 0x1d,
	'#NUM!': 0x24,
	'#N/A': 0x2a
};

/** yyyy-mm-dd -> the spreadsheet's day number (1900 date system). */
function serialOf(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Writes the model as a workbook file. */
export function writeWorkbookBytes(model: WorkbookModel, format: WorkbookFormat): Uint8Array {
	const wb = XLSX.utils.book_new();
	for (const s of model.sheets) {
		const ws: XLSX.WorkSheet = {};
		let maxC = 0;
		s.rows.forEach((row, r) => {
			row.forEach((c, i) => {
				if (c === null) return;
				const ref = XLSX.utils.encode_cell({ r, c: i });
				maxC = Math.max(maxC, i);
				if (c.t === 's') ws[ref] = { t: 's', v: c.v };
				else if (c.t === 'n') ws[ref] = c.pct ? { t: 'n', v: c.v, z: '0.0%' } : { t: 'n', v: c.v };
				else if (c.t === 'b') ws[ref] = { t: 'b', v: c.v };
				else if (c.t === 'd') ws[ref] = { t: 'n', v: serialOf(c.v), z: 'yyyy-mm-dd' };
				else if (c.t === 'e') ws[ref] = { t: 'e', v: ERRORS[c.v] ?? 15 };
				else ws[ref] = { t: 'n', f: c.f };
			});
		});
		ws['!ref'] = XLSX.utils.encode_range({
			s: { r: 0, c: 0 },
			e: { r: Math.max(0, s.rows.length - 1), c: maxC }
		});
		if (s.widths) ws['!cols'] = s.widths.map((wch) => ({ wch }));
		if (s.merges?.length) ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
		XLSX.utils.book_append_sheet(wb, ws, s.name);
	}
	wb.Props = {
		Title: 'Libro de edición',
		Author: '¿Dónde se intervino?',
		Subject: 'Informe de rendición de cuentas'
	};
	return new Uint8Array(
		XLSX.write(wb, { type: 'array', bookType: format, compression: true }) as ArrayBuffer
	);
}
