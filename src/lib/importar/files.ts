/**
 * Which files the import page takes and what it does with each: a workbook (.xlsx, .ods, or
 * .csv files, one per sheet) is checked and previewed; a report document (.docx, .txt) is read
 * into a draft. Decided from the names before anything is read; the readers then check the
 * bytes themselves (a .xls renamed .xlsx still gets its own message).
 */
import { LIMITS } from '../workbook/container.ts';
import { IMPORT_TEXT } from './labels.ts';

/** The edition id a previewed workbook is built under (never written anywhere). */
// An edition id must start with a year (src/lib/report/schema.ts EDITION_ID); year 0000 is no report's.
export const PREVIEW_ID = '0000-vista-previa';

/** A report larger than this is not a report in the template (as `informe:borrador`). */
export const DOCUMENT_BYTES = 60 * 1024 * 1024;

export const WORKBOOK_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const WORKBOOK_EXT = ['.xlsx', '.ods', '.csv'];
const DOCUMENT_EXT = ['.docx', '.txt'];

/** The file input's `accept`: what the page reads. */
export const ACCEPT = [...WORKBOOK_EXT, ...DOCUMENT_EXT].join(',');

export type FileRole = 'libro' | 'documento';

export interface PickedFile {
	name: string;
	size: number;
}

export type Plan = { ok: true; role: FileRole; files: PickedFile[] } | { ok: false; message: string };

const extOf = (name: string) => {
	const i = name.lastIndexOf('.');
	return i < 0 ? '' : name.slice(i).toLowerCase();
};

export function roleOf(name: string): FileRole | null {
	const ext = extOf(name);
	if (WORKBOOK_EXT.includes(ext)) return 'libro';
	if (DOCUMENT_EXT.includes(ext)) return 'documento';
	// Legacy formats go to the readers that explain them (.xls to the workbook, .doc to Word's).
	if (ext === '.xls') return 'libro';
	if (ext === '.doc') return 'documento';
	return null;
}

/**
 * What to do with the files picked: one workbook, several .csv (one per sheet), or one document.
 * Refuses, in Spanish, an empty pick, an unknown type, a mix, several workbooks or documents, and
 * files over the size the readers accept (checked before reading them into memory).
 */
export function planFiles(files: readonly PickedFile[]): Plan {
	if (files.length === 0) return { ok: false, message: IMPORT_TEXT.noFile };
	const unknown = files.find((f) => roleOf(f.name) === null);
	if (unknown) return { ok: false, message: IMPORT_TEXT.unknownType(unknown.name) };
	const roles = new Set(files.map((f) => roleOf(f.name)));
	if (roles.size > 1) return { ok: false, message: IMPORT_TEXT.mixed };
	const role = [...roles][0] as FileRole;
	if (files.length > 1 && (role === 'documento' || files.some((f) => extOf(f.name) !== '.csv'))) {
		return { ok: false, message: IMPORT_TEXT.tooMany };
	}
	const limit = role === 'libro' ? LIMITS.fileBytes : DOCUMENT_BYTES;
	const big = files.find((f) => f.size > limit);
	if (big) return { ok: false, message: IMPORT_TEXT.tooLarge(big.name, big.size, limit) };
	return { ok: true, role, files: [...files] };
}
