/**
 * Word (.docx) -> canonical text. Reads only word/document.xml (headers and
 * footers are page furniture): a body paragraph is a group; a table is a
 * group with one line per row, cells separated by a tab and a cell's
 * paragraphs by line breaks. fflate unzips and @xmldom/xmldom parses, both in
 * node and in the browser.
 */
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';
import type { CanonicalDocument } from './document.ts';
import { joinGroups } from './document.ts';

export class DocxError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DocxError';
	}
}

const W_NAMESPACES = new Set([
	'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
	'http://purl.oclc.org/ooxml/wordprocessingml/main'
]);

/** Word 97-2003 files and password-protected .docx are OLE compound files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

interface XNode {
	nodeType: number;
	localName?: string | null;
	namespaceURI?: string | null;
	childNodes: ArrayLike<XNode>;
	textContent?: string | null;
}

const isW = (n: XNode, name: string) =>
	n.nodeType === 1 && n.localName === name && W_NAMESPACES.has(n.namespaceURI ?? '');

function children(n: XNode): XNode[] {
	return Array.from(n.childNodes);
}

/** Text of one paragraph: runs, tabs and breaks; deleted text (tracked changes) and drawings left out. */
function paragraphText(p: XNode): string {
	let out = '';
	const walk = (n: XNode) => {
		for (const c of children(n)) {
			if (c.nodeType !== 1) continue;
			if (isW(c, 't')) out += c.textContent ?? '';
			else if (isW(c, 'tab')) out += ' ';
			else if (isW(c, 'br') || isW(c, 'cr')) out += '\n';
			else if (isW(c, 'noBreakHyphen')) out += '-';
			else if (
				isW(c, 'del') ||
				isW(c, 'delText') ||
				isW(c, 'drawing') ||
				isW(c, 'pict') ||
				c.localName === 'AlternateContent'
			) {
				continue;
			} else if (isW(c, 'pPr') || isW(c, 'rPr')) continue;
			else walk(c);
		}
	};
	walk(p);
	return out.replace(/[ \u00a0]+/g, ' ').trim();
}

function paragraphLines(p: XNode): string[] {
	return paragraphText(p)
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
}

/** Block content (paragraphs and nested tables) of a body, cell or content control, as lines. */
function blockLines(n: XNode): string[] {
	const lines: string[] = [];
	for (const c of children(n)) {
		if (isW(c, 'p')) lines.push(...paragraphLines(c));
		else if (isW(c, 'tbl')) lines.push(...tableLines(c));
		else if (isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'customXml') || isW(c, 'ins'))
			lines.push(...blockLines(c));
	}
	return lines;
}

function rowCells(tr: XNode): XNode[] {
	const cells: XNode[] = [];
	for (const c of children(tr)) {
		if (isW(c, 'tc')) cells.push(c);
		else if (isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'customXml')) cells.push(...rowCells(c));
	}
	return cells;
}

function tableRows(tbl: XNode): XNode[] {
	const rows: XNode[] = [];
	for (const c of children(tbl)) {
		if (isW(c, 'tr')) rows.push(c);
		else if (isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'customXml')) rows.push(...tableRows(c));
	}
	return rows;
}

/** One line per row: cells joined by tabs, a cell's paragraphs by line breaks. */
function tableLines(tbl: XNode): string[] {
	const lines: string[] = [];
	for (const tr of tableRows(tbl)) {
		const row = rowCells(tr)
			.map((tc) => blockLines(tc).join('\n'))
			.join('\t');
		if (row.replace(/[\t\n ]/g, '')) lines.push(...row.split('\n'));
	}
	return lines;
}

/** The body as groups: each paragraph its own group, each table one group. */
function bodyGroups(body: XNode): string[] {
	const lines: string[] = [];
	for (const c of children(body)) {
		const part = isW(c, 'p')
			? paragraphLines(c)
			: isW(c, 'tbl')
				? tableLines(c)
				: isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'customXml')
					? blockLines(c)
					: [];
		if (part.length) lines.push(...part, '');
	}
	return lines;
}

/** Reads a .docx file's bytes; throws DocxError (in Spanish) for anything that is not a readable Word document. */
export function readDocx(bytes: Uint8Array): CanonicalDocument {
	if (startsWith(bytes, OLE)) {
		throw new DocxError(
			'El archivo es un documento de Word 97-2003 (.doc) o un .docx protegido con contraseña: ábralo en Word, quite la contraseña si la tiene y guárdelo como «Documento de Word (.docx)».'
		);
	}
	if (!startsWith(bytes, ZIP)) {
		throw new DocxError(
			'El archivo no es un documento de Word (.docx): no tiene el formato comprimido que usa Word.'
		);
	}
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
	} catch (e) {
		throw new DocxError(`El archivo .docx está dañado y no se puede descomprimir (${(e as Error).message}).`);
	}
	const xml = files['word/document.xml'];
	if (!xml) {
		throw new DocxError(
			'El archivo comprimido no tiene «word/document.xml»: no es un documento de Word (¿es una hoja de cálculo .xlsx o una presentación .pptx?).'
		);
	}
	let doc: XNode;
	try {
		doc = new DOMParser({
			onError: (level, message) => {
				if (level !== 'warning') throw new Error(message);
			}
		}).parseFromString(strFromU8(xml), 'text/xml') as unknown as XNode;
	} catch (e) {
		throw new DocxError(`El contenido del .docx no es XML válido (${(e as Error).message}).`);
	}
	const root = children(doc).find((n) => isW(n, 'document'));
	const body = root && children(root).find((n) => isW(n, 'body'));
	if (!body) throw new DocxError('El documento de Word no tiene cuerpo («w:body»): no hay texto que leer.');
	return { format: 'docx', text: joinGroups(bodyGroups(body)) };
}
