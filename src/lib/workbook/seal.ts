/**
 * How the export recognises a workbook it wrote and nobody changed since: the first line of
 * «instrucciones» is the marker and the second ends with a fingerprint of every other sheet.
 * `data:export --reemplazar` overwrites only such a file, so a template someone filled in is
 * never lost. (A change-detecting checksum, not a security measure.)
 */
import { MARKER } from './export.ts';
import { isEmpty, type Cell, type Sheet, type WorkbookModel } from './model.ts';

const INSTRUCTIONS = 'instrucciones';

function cellKey(c: Cell | undefined): string {
	if (isEmpty(c) || c == null) return '';
	switch (c.t) {
		case 's':
			return `s${c.v.replace(/\r\n?/g, '\n')}`;
		case 'n':
			return `n${c.v}`;
		case 'b':
			return `b${c.v}`;
		case 'd':
		case 'e':
			return `${c.t}${c.v}`;
		case 'f':
			return `f${c.f}`;
	}
}

function sheetKey(s: Sheet): string {
	const rows = s.rows.map((r) => {
		const keys = r.map(cellKey);
		while (keys.length && keys[keys.length - 1] === '') keys.pop();
		return keys.join('\u001f');
	});
	while (rows.length && rows[rows.length - 1] === '') rows.pop();
	return `${s.name}\u001e${rows.join('\u001e')}`;
}

/** FNV-1a, 64 bits as two 32-bit halves: enough to tell an edited workbook from its export. */
export function fingerprint(model: WorkbookModel): string {
	const data = model.sheets
		.filter((s) => s.name !== INSTRUCTIONS)
		.map(sheetKey)
		// CSV files come back in folder order, not the workbook's.
		.sort()
		.join('\u001d');
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193 ^ 0x5bd1e995;
	for (let i = 0; i < data.length; i++) {
		const c = data.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
		h2 = Math.imul(h2 ^ c, 0x0100019d) >>> 0;
	}
	return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

const SEALED = / · huella ([0-9a-f]{16})$/;

/** The model with its fingerprint written after the second line of «instrucciones». */
export function seal(model: WorkbookModel): WorkbookModel {
	const fp = fingerprint(model);
	return {
		sheets: model.sheets.map((s) => {
			if (s.name !== INSTRUCTIONS) return s;
			const second = s.rows[1]?.[0];
			const label = second?.t === 's' ? second.v.replace(SEALED, '') : '';
			return {
				...s,
				rows: [s.rows[0] ?? [], [{ t: 's', v: `${label} · huella ${fp}` }], ...s.rows.slice(2)]
			};
		})
	};
}

/** Whether the workbook is one the export wrote, unchanged since. */
export function isSealedUnchanged(model: WorkbookModel): boolean {
	const rows = model.sheets.find((s) => s.name === INSTRUCTIONS)?.rows;
	const [a, b] = [rows?.[0]?.[0], rows?.[1]?.[0]];
	return a?.t === 's' && a.v === MARKER && b?.t === 's' && SEALED.exec(b.v)?.[1] === fingerprint(model);
}
