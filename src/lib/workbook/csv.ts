/**
 * CSV: one file per sheet, named after it (`metas.csv`, or `libro-metas.csv` as LibreOffice
 * names each sheet it exports). Read as text, never guessed into numbers: every cell is a string
 * and the columns read es-CO numbers themselves. Encodings: UTF-8 (with or without BOM), UTF-16
 * with BOM (Excel's «Texto Unicode»), and Windows-1252 when the bytes are not UTF-8 (Excel's
 * «CSV (delimitado por comas)»), with a notice. Separator: «;» (Excel in Spanish), «,» or tab,
 * whichever the header row uses.
 */
import { dsvFormat } from 'd3-dsv';
import type { Cell, Sheet, WorkbookModel } from './model.ts';
import type { Notice, Problem } from './problems.ts';
import { LIMITS } from './container.ts';
import { fold } from '../text/index.ts';
import { SHEETS, specOfSheet } from './sheets.ts';

export type Decoded = { ok: true; text: string; notice?: string } | { ok: false; problem: Problem };

export function decodeText(bytes: Uint8Array, file: string): Decoded {
	const bad = (found: string): Decoded => ({
		ok: false,
		problem: {
			code: 'texto-danado',
			file,
			sheet: null,
			row: null,
			column: null,
			value: null,
			found,
			expected: 'un CSV en UTF-8',
			suggestion: 'Vuelva a guardarlo desde la hoja original como «CSV UTF-8 (delimitado por comas)»'
		}
	});
	let text: string;
	let notice: string | undefined;
	if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
	else if (bytes[0] === 0xfe && bytes[1] === 0xff)
		text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
	else {
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
		} catch {
			text = new TextDecoder('windows-1252').decode(bytes);
			notice =
				'el archivo no está en UTF-8: se leyó como Windows-1252 (el «CSV» de Excel); revise las tildes y las eñes';
		}
	}
	const broken = text.indexOf('\uFFFD');
	if (broken !== -1) {
		const before = text.slice(0, broken).split('\n');
		const line = text.split('\n')[before.length - 1].trim();
		return bad(
			`la línea ${before.length} tiene caracteres dañados («${line.length > 60 ? `${line.slice(0, 57)}…` : line}»)`
		);
	}
	return { ok: true, text, ...(notice ? { notice } : {}) };
}

/** The separator the header row uses: «;», «,» or tab (outside quotes). */
export function separatorOf(text: string): string {
	const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
	const outside = firstLine.replace(/"[^"]*"/g, '');
	const counts = [';', ',', '\t'].map((s) => [s, outside.split(s).length - 1] as const);
	const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
	return best[1] === 0 ? ';' : best[0];
}

/** «metas.csv» -> «metas»; «edicion-2026-lugares.csv» -> «lugares» (LibreOffice's per-sheet export). */
export function sheetNameOfFile(file: string): string {
	const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.(csv|txt|tsv)$/i, '');
	if (specOfSheet(base)) return base;
	const folded = fold(base);
	const names = SHEETS.flatMap((s) => [s.name, ...((s as { aliases?: readonly string[] }).aliases ?? [])])
		.map(fold)
		.sort((a, b) => b.length - a.length);
	const tail = names.find((n) => folded.endsWith(n) && /[-_. ]$/.test(folded.slice(0, -n.length)));
	return tail ? (specOfSheet(tail)?.name ?? base) : base;
}

export type Read =
	| { ok: true; model: WorkbookModel; notices: Notice[] }
	| { ok: false; problems: Problem[]; notices: Notice[] };

export function readCsvFiles(files: readonly { name: string; bytes: Uint8Array }[]): Read {
	const sheets: Sheet[] = [];
	const problems: Problem[] = [];
	const notices: Notice[] = [];
	for (const f of files) {
		const decoded = decodeText(f.bytes, f.name);
		if (!decoded.ok) {
			problems.push(decoded.problem);
			continue;
		}
		const name = sheetNameOfFile(f.name);
		if (decoded.notice) notices.push({ sheet: name, text: `(${f.name}) ${decoded.notice}` });
		const rows = dsvFormat(separatorOf(decoded.text)).parseRows(decoded.text);
		if (rows.length > LIMITS.rows || rows.some((r) => r.length > LIMITS.columns)) {
			problems.push({
				code: 'dimensiones',
				file: f.name,
				sheet: name,
				row: null,
				column: null,
				value: null,
				found: `tiene ${rows.length} filas y hasta ${Math.max(...rows.map((r) => r.length))} columnas`,
				expected: `hasta ${LIMITS.rows} filas y ${LIMITS.columns} columnas`
			});
			continue;
		}
		sheets.push({
			name,
			rows: rows.map((r) => r.map((v): Cell => (v.trim() === '' ? null : { t: 's', v })))
		});
	}
	return problems.length ? { ok: false, problems, notices } : { ok: true, model: { sheets }, notices };
}

const esCo = (v: number) => String(v).replace('.', ',');

/** A cell as CSV text: numbers with a decimal comma and no thousands separator. */
function plain(c: Cell): string {
	if (c === null) return '';
	return c.t === 'n' ? esCo(c.v) : c.t === 'b' ? (c.v ? 'sí' : 'no') : c.t === 'f' ? `=${c.f}` : c.v;
}

function field(c: Cell): string {
	const s = plain(c);
	return /[;"\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The model as its CSV files read back (every cell text): what a CSV export is sealed on. */
export function asCsvModel(model: WorkbookModel): WorkbookModel {
	return {
		sheets: model.sheets.map((s) => ({
			name: s.name,
			rows: s.rows.map((r) => r.map((c): Cell => (c === null ? null : { t: 's', v: plain(c) })))
		}))
	};
}

/**
 * One CSV text per sheet: UTF-8 with BOM (so Excel reads the accents), «;» between fields and
 * es-CO decimal commas (so Excel and LibreOffice in Spanish open it as numbers), CRLF lines.
 */
export function writeCsvFiles(model: WorkbookModel): { name: string; text: string }[] {
	return model.sheets.map((s) => ({
		name: `${s.name}.csv`,
		text: '\uFEFF' + s.rows.map((r) => r.map(field).join(';')).join('\r\n') + '\r\n'
	}));
}
