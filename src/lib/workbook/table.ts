/**
 * A sheet read as a table: the first non-empty row is the header, matched to the sheet's columns
 * ignoring accents, case, spaces, «_» and punctuation («Inversión (millones)» is
 * `inversion_millones`); columns the sheet does not know are kept out and reported as a notice.
 * Each later non-empty row is a record whose cells are read by column key, and every problem is
 * located by sheet, spreadsheet row and the header as written.
 */
import { suggest } from '../places/index.ts';
import { columnIndex, columnLetter, isEmpty, showCell, type Cell, type Sheet } from './model.ts';
import type { Notice, Problem, ProblemCode } from './problems.ts';
import { headerKey, type ColumnSpec, type SheetSpec } from './sheets.ts';
import { readLines, type Parsed } from './values.ts';

export { headerKey };

export interface Report {
	problems: Problem[];
	notices: Notice[];
}

export interface Row {
	/** The spreadsheet's row number. */
	row: number;
	cells: Map<string, Cell>;
}

export interface Table {
	sheet: string;
	spec: SheetSpec;
	/** Column key -> header as written and its letter, for the columns present. */
	headers: Map<string, { header: string; letter: string }>;
	rows: Row[];
}

function parseRange(ref: string): { r0: number; c0: number; r1: number; c1: number } | null {
	const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref.toUpperCase());
	if (!m) return null;
	const r0 = Number(m[2]) - 1;
	const c0 = columnIndex(m[1]);
	return { r0, c0, r1: m[4] ? Number(m[4]) - 1 : r0, c1: m[3] ? columnIndex(m[3]) : c0 };
}

/**
 * The column a header stands for, and its slot: the key, or `key#n` for the n-th column of a
 * repeating one (`cita_2` -> `cita#2`).
 */
function matchColumn(spec: SheetSpec, key: string): { col: ColumnSpec; slot: string } | undefined {
	for (const col of spec.columns) {
		const names = [col.key, ...(col.aliases ?? [])].map(headerKey);
		if (names.includes(key)) return { col, slot: col.key };
		if (col.repeats) {
			for (const name of names) {
				const m = key.startsWith(name) ? /^(\d+)$/.exec(key.slice(name.length)) : null;
				if (m && Number(m[1]) >= 2) return { col, slot: `${col.key}#${Number(m[1])}` };
			}
		}
	}
	return undefined;
}

/** Reads a sheet as a table of its spec's columns; null when it cannot (problems say why). */
export function readTable(sheet: Sheet, spec: SheetSpec, report: Report): Table | null {
	const h = sheet.rows.findIndex((r) => r.some((c) => !isEmpty(c)));
	if (h === -1) {
		report.problems.push({
			code: 'hoja-vacia',
			sheet: sheet.name,
			row: null,
			column: null,
			value: null,
			found: 'la hoja está vacía',
			expected: `en la primera fila los encabezados ${spec.columns
				.filter((c) => c.required)
				.map((c) => `«${c.key}»`)
				.join(', ')}`
		});
		return null;
	}
	const before = report.problems.length;
	for (const ref of sheet.merges ?? []) {
		const r = parseRange(ref);
		if (!r || r.r1 < h) continue;
		report.problems.push({
			code: 'celdas-combinadas',
			sheet: sheet.name,
			row: r.r0 + 1,
			column: null,
			value: ref,
			expected: `una celda por valor${r.r0 <= h ? ' y un encabezado por columna' : ''}`,
			suggestion: `Separe las celdas combinadas ${ref}`
		});
	}

	const headers = new Map<string, { header: string; letter: string; index: number }>();
	const unknown: { header: string; letter: string }[] = [];
	sheet.rows[h].forEach((c, i) => {
		if (isEmpty(c)) return;
		const header = showCell(c).trim();
		const found = matchColumn(spec, headerKey(header));
		const letter = columnLetter(i);
		if (!found) {
			unknown.push({ header, letter });
			return;
		}
		const { slot } = found;
		const seen = headers.get(slot);
		if (seen) {
			report.problems.push({
				code: 'columna-repetida',
				sheet: sheet.name,
				row: h + 1,
				column: header,
				value: header,
				expected: `una sola columna «${slot.replace('#', '_')}» (ya está en la columna ${seen.letter}, «${seen.header}»)`
			});
			return;
		}
		headers.set(slot, { header, letter, index: i });
	});
	const missing = spec.columns.filter((c) => !headers.has(c.key));
	for (const u of unknown) {
		const near = suggest(
			u.header,
			missing.map((c) => c.key),
			1
		);
		report.notices.push({
			sheet: sheet.name,
			row: h + 1,
			column: u.header,
			text: `la columna ${u.letter} no es de la hoja y se ignora${near.length ? ` (¿quiso decir «${near[0]}»?)` : ''}`
		});
	}
	for (const col of missing.filter((c) => c.required)) {
		const near = suggest(
			col.key,
			unknown.map((u) => u.header),
			1
		);
		report.problems.push({
			code: 'columna-falta',
			sheet: sheet.name,
			row: h + 1,
			column: col.key,
			value: null,
			found: 'no hay una columna con ese encabezado',
			expected: `una columna «${col.key}»: ${col.help}`,
			suggestion: near.length
				? `¿Es la columna «${near[0]}»? Cámbiele el encabezado a «${col.key}»`
				: undefined
		});
	}
	if (report.problems.length > before) return null;

	const rows: Row[] = [];
	for (let r = h + 1; r < sheet.rows.length; r++) {
		const cells = new Map<string, Cell>();
		for (const [key, { index }] of headers) cells.set(key, sheet.rows[r][index] ?? null);
		if ([...cells.values()].every((c) => isEmpty(c))) continue;
		rows.push({ row: r + 1, cells });
	}
	return {
		sheet: sheet.name,
		spec,
		headers: new Map([...headers].map(([k, v]) => [k, { header: v.header, letter: v.letter }])),
		rows
	};
}

/** Reads the cells of one row, turning every refusal into a located problem. */
export class RowReader {
	constructor(
		readonly table: Table,
		readonly row: Row,
		readonly report: Report
	) {}

	cell(key: string): Cell {
		return this.row.cells.get(key) ?? null;
	}

	has(key: string): boolean {
		return this.table.headers.has(key);
	}

	column(key: string): string {
		return this.table.headers.get(key)?.header ?? key;
	}

	problem(
		key: string,
		code: ProblemCode,
		expected: string,
		suggestion?: string,
		value?: string | null
	): void {
		const c = this.cell(key);
		this.report.problems.push({
			code,
			sheet: this.table.sheet,
			row: this.row.row,
			column: this.column(key),
			value: value !== undefined ? value : isEmpty(c) ? null : showCell(c),
			expected,
			...(suggestion ? { suggestion } : {})
		});
	}

	/** The parsed value, or undefined after recording the problem. */
	read<T>(key: string, parse: (c: Cell) => Parsed<T>): T | undefined {
		const p = parse(this.cell(key));
		if (p.ok) return p.value;
		this.problem(key, p.code, p.expected, p.suggestion);
		return undefined;
	}

	/** The items of a repeating column (`cita`, `cita_2`…), each cell also split on line breaks. */
	list(key: string, semicolons = false): string[] | undefined {
		const slots = [...this.row.cells.keys()]
			.filter((k) => k === key || k.startsWith(`${key}#`))
			.sort((a, b) => Number(a.split('#')[1] ?? 1) - Number(b.split('#')[1] ?? 1));
		const items: string[] = [];
		let ok = true;
		for (const slot of slots) {
			const v = this.read(slot, (c) => readLines(c, semicolons));
			if (v === undefined) ok = false;
			else items.push(...v);
		}
		return ok ? items : undefined;
	}

	/** Like `read`, and an empty cell is a problem too. */
	required<T>(key: string, parse: (c: Cell) => Parsed<T | null>, expected: string): T | undefined {
		const v = this.read(key, parse);
		if (v === null) {
			this.problem(key, 'celda-vacia', expected);
			return undefined;
		}
		return v;
	}
}

export function columnHelp(spec: SheetSpec, key: string): ColumnSpec | undefined {
	return spec.columns.find((c) => c.key === key);
}
