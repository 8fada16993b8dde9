/**
 * What kind of file was given, from its bytes, before any spreadsheet library touches it: a
 * legacy .xls or a password-protected workbook (both OLE/CFB containers, D0 CF 11 E0), a zip
 * that would inflate to far more than any edition needs, a Word document, a PDF… each gets its
 * own Spanish explanation instead of a library's stack trace.
 */
import type { Problem } from './problems.ts';
import { formatMegabytes as mb } from '../text/index.ts';

export const LIMITS = {
	/** An edition's workbook is about 60 kB; staff files with a logo stay far below this. */
	fileBytes: 10 * 1024 * 1024,
	/** What the zip's entries may add up to once inflated. */
	unzippedBytes: 100 * 1024 * 1024,
	zipEntries: 2000,
	/** Rows and columns a sheet the import reads may declare. */
	rows: 5000,
	columns: 200
} as const;

export type FileKind = 'xlsx' | 'ods' | 'text';

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
	return sig.every((b, i) => bytes[at + i] === b);
}

function contains(bytes: Uint8Array, needle: Uint8Array, limit = bytes.length): boolean {
	outer: for (let i = 0; i + needle.length <= Math.min(limit, bytes.length); i++) {
		for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
		return true;
	}
	return false;
}

const utf16le = (s: string) => new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0), 0]));
const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

interface ZipEntry {
	name: string;
	method: number;
	encrypted: boolean;
	compressed: number;
	uncompressed: number;
	localOffset: number;
}

/** The zip's central directory (names, sizes); null when the zip is not readable. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | 'zip64' | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let eocd = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) return null;
	const count = view.getUint16(eocd + 10, true);
	const cdOffset = view.getUint32(eocd + 16, true);
	if (count === 0xffff || cdOffset === 0xffffffff) return 'zip64';
	const entries: ZipEntry[] = [];
	let p = cdOffset;
	for (let n = 0; n < count; n++) {
		if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return null;
		const nameLen = view.getUint16(p + 28, true);
		const extraLen = view.getUint16(p + 30, true);
		const commentLen = view.getUint16(p + 32, true);
		const compressed = view.getUint32(p + 20, true);
		const uncompressed = view.getUint32(p + 24, true);
		if (compressed === 0xffffffff || uncompressed === 0xffffffff) return 'zip64';
		entries.push({
			name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)),
			method: view.getUint16(p + 10, true),
			encrypted: (view.getUint16(p + 8, true) & 1) === 1,
			compressed,
			uncompressed,
			localOffset: view.getUint32(p + 42, true)
		});
		p += 46 + nameLen + extraLen + commentLen;
	}
	return entries;
}

/** The first bytes of a stored (uncompressed) entry. */
function storedData(bytes: Uint8Array, e: ZipEntry, n: number): Uint8Array {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const at = e.localOffset;
	if (at + 30 > bytes.length) return new Uint8Array();
	const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
	return bytes.subarray(start, Math.min(start + n, start + e.compressed, bytes.length));
}

type Sniffed = { ok: true; kind: FileKind } | { ok: false; problem: Problem };

function problem(
	file: string,
	code: Problem['code'],
	found: string,
	expected: string,
	suggestion?: string
): Sniffed {
	return {
		ok: false,
		problem: {
			code,
			file,
			sheet: null,
			row: null,
			column: null,
			value: null,
			found,
			expected,
			...(suggestion ? { suggestion } : {})
		}
	};
}

const WORKBOOK = 'un libro .xlsx u .ods, o archivos .csv (uno por hoja)';

export function sniff(bytes: Uint8Array, fileName: string): Sniffed {
	if (bytes.length > LIMITS.fileBytes) {
		return problem(
			fileName,
			'archivo-grande',
			`el archivo ocupa ${mb(bytes.length)}`,
			`un archivo de hasta ${mb(LIMITS.fileBytes)}`,
			'Quite imágenes, hojas o filas que no sean del informe'
		);
	}
	if (bytes.length === 0) return problem(fileName, 'archivo-desconocido', 'el archivo está vacío', WORKBOOK);
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
		if (contains(bytes, utf16le('EncryptedPackage'))) {
			return problem(
				fileName,
				'archivo-cifrado',
				'el libro está protegido con contraseña',
				'un libro sin contraseña',
				'Ábralo, quite la contraseña y guárdelo de nuevo como .xlsx'
			);
		}
		if (contains(bytes, utf16le('WordDocument'))) {
			return problem(fileName, 'archivo-desconocido', 'es un documento de Word (.doc)', WORKBOOK);
		}
		return problem(
			fileName,
			'archivo-xls',
			'es un libro de Excel en el formato antiguo .xls (97-2003)',
			WORKBOOK,
			'Ábralo y guárdelo como «Libro de Excel (.xlsx)»'
		);
	}
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
		const entries = zipEntries(bytes);
		if (entries === 'zip64') {
			return problem(
				fileName,
				'archivo-grande',
				'el archivo comprimido es de más de 4 GB (zip64)',
				`un libro que descomprimido ocupe hasta ${mb(LIMITS.unzippedBytes)}`
			);
		}
		if (entries === null)
			return problem(
				fileName,
				'archivo-danado',
				'el archivo comprimido está dañado o incompleto',
				WORKBOOK,
				'Ábralo en Excel o LibreOffice y guárdelo de nuevo'
			);
		if (entries.length > LIMITS.zipEntries) {
			return problem(
				fileName,
				'archivo-grande',
				`el libro tiene ${entries.length} partes`,
				`un libro de hasta ${LIMITS.zipEntries} partes`
			);
		}
		const total = entries.reduce((s, e) => s + e.uncompressed, 0);
		if (total > LIMITS.unzippedBytes) {
			return problem(
				fileName,
				'archivo-grande',
				`descomprimido ocuparía ${mb(total)}`,
				`un libro que descomprimido ocupe hasta ${mb(LIMITS.unzippedBytes)}`,
				'Quite imágenes, hojas o filas que no sean del informe'
			);
		}
		if (entries.some((e) => e.encrypted)) {
			return problem(
				fileName,
				'archivo-cifrado',
				'el archivo comprimido está cifrado',
				'un libro sin contraseña',
				'Guárdelo de nuevo sin contraseña'
			);
		}
		const names = new Set(entries.map((e) => e.name));
		if (names.has('xl/workbook.xml') || names.has('xl/workbook.bin')) return { ok: true, kind: 'xlsx' };
		const mimetype = entries.find((e) => e.name === 'mimetype');
		const mime =
			mimetype && mimetype.method === 0 ? new TextDecoder().decode(storedData(bytes, mimetype, 100)) : '';
		if (mime === 'application/vnd.oasis.opendocument.spreadsheet' || (names.has('content.xml') && !mime)) {
			const content = entries.find((e) => e.name === 'content.xml');
			// An encrypted ODF package keeps content.xml stored (method 0) as ciphertext.
			if (content && content.method === 0 && storedData(bytes, content, 1)[0] !== 0x3c) {
				return problem(
					fileName,
					'archivo-cifrado',
					'la hoja de cálculo está protegida con contraseña',
					'un libro sin contraseña',
					'Ábrala, quite la contraseña (Archivo › Propiedades › Seguridad) y guárdela de nuevo'
				);
			}
			return { ok: true, kind: 'ods' };
		}
		if (names.has('word/document.xml') || mime.includes('opendocument.text')) {
			return problem(
				fileName,
				'archivo-desconocido',
				'es un documento de texto, no una hoja de cálculo',
				WORKBOOK
			);
		}
		return problem(
			fileName,
			'archivo-desconocido',
			'es un archivo comprimido que no es una hoja de cálculo',
			WORKBOOK
		);
	}
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
		return problem(
			fileName,
			'archivo-desconocido',
			'es un PDF',
			WORKBOOK,
			'Exporte las cifras a una hoja de cálculo, o use la plantilla'
		);
	const head = bytes.subarray(0, 4096);
	const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
	if (!utf16 && head.includes(0))
		return problem(fileName, 'archivo-desconocido', 'no es una hoja de cálculo ni un texto', WORKBOOK);
	const start = new TextDecoder('utf-8', { fatal: false })
		.decode(head)
		.replace(/^\uFEFF/, '')
		.trimStart()
		.toLowerCase();
	if (
		start.startsWith('<?xml') ||
		start.startsWith('<html') ||
		start.startsWith('<table') ||
		start.startsWith('<!doctype')
	) {
		return problem(
			fileName,
			'archivo-xls',
			'es una hoja guardada como XML o página web (formato antiguo de Excel)',
			WORKBOOK,
			'Ábrala y guárdela como «Libro de Excel (.xlsx)»'
		);
	}
	if (contains(head, ascii('{\\rtf'), 8))
		return problem(fileName, 'archivo-desconocido', 'es un documento RTF', WORKBOOK);
	return { ok: true, kind: 'text' };
}
