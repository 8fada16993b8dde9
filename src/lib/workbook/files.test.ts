/**
 * Files before any spreadsheet library reads them (container sniffing), CSV text, and the seal
 * that tells the export's own unchanged workbook from any other file.
 */
import { describe, expect, it } from 'vitest';
import { encryptedOoxml, jpeg, legacyXls, zip, zipBomb } from '../../../tests/workbook/files.ts';
import { minimalWorkbook } from '../../../tests/workbook/fixtures.ts';
import { sniff } from './container.ts';
import { asCsvModel, decodeText, readCsvFiles, separatorOf, sheetNameOfFile, writeCsvFiles } from './csv.ts';
import { instructionsSheet } from './export.ts';
import type { WorkbookModel } from './model.ts';
import { fingerprint, isSealedUnchanged, seal } from './seal.ts';
import { writeWorkbookBytes } from './sheetjs.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const xml = (s: string) => enc(`<?xml version="1.0"?>${s}`);

describe('sniff', () => {
	it.each<[string, Uint8Array, string]>([
		['an .xlsx', writeWorkbookBytes(minimalWorkbook(), 'xlsx'), 'xlsx'],
		['an .ods', writeWorkbookBytes(minimalWorkbook(), 'ods'), 'ods'],
		['CSV text', enc('meta;titulo\n1;x\n'), 'text'],
		['UTF-16 text with BOM (Excel «Texto Unicode»)', new Uint8Array([0xff, 0xfe, 0x6d, 0, 0x65, 0]), 'text']
	])('accepts %s', (_, bytes, kind) => {
		expect(sniff(bytes, 'archivo')).toEqual({ ok: true, kind });
	});

	it.each<[string, Uint8Array, string, string]>([
		['a legacy .xls', legacyXls(minimalWorkbook()), 'archivo-xls', 'formato antiguo .xls'],
		['an encrypted OOXML workbook', encryptedOoxml(), 'archivo-cifrado', 'protegido con contraseña'],
		['a zip bomb', zipBomb(), 'archivo-grande', 'descomprimido ocuparía 120 MB'],
		[
			'a Word document',
			zip([{ name: 'word/document.xml', data: xml('<w:document/>') }]),
			'archivo-desconocido',
			'documento de texto'
		],
		[
			'a zip of something else',
			zip([{ name: 'foto.png', data: enc('x') }]),
			'archivo-desconocido',
			'archivo comprimido'
		],
		[
			'a cut-off zip',
			writeWorkbookBytes(minimalWorkbook(), 'xlsx').slice(0, 2000),
			'archivo-danado',
			'dañado o incompleto'
		],
		['a PDF', enc('%PDF-1.7 ...'), 'archivo-desconocido', 'es un PDF'],
		['a picture', jpeg(), 'archivo-desconocido', 'no es una hoja de cálculo'],
		['an empty file', new Uint8Array(), 'archivo-desconocido', 'vacío'],
		[
			'SpreadsheetML 2003 saved as .xls',
			enc('<?xml version="1.0"?><Workbook>'),
			'archivo-xls',
			'XML o página web'
		],
		[
			'a web page saved as .xls',
			enc('<html><table><tr><td>1</td></tr></table></html>'),
			'archivo-xls',
			'XML o página web'
		],
		[
			'a file over the size cap',
			new Uint8Array(10 * 1024 * 1024 + 1),
			'archivo-grande',
			'el archivo ocupa 10 MB'
		]
	])('refuses %s in Spanish', (_, bytes, code, found) => {
		const r = sniff(bytes, 'archivo');
		expect(r).toMatchObject({ ok: false, problem: { code, file: 'archivo' } });
		expect(!r.ok && r.problem.found).toContain(found);
	});

	it('detects an encrypted ODF spreadsheet (content.xml stored as ciphertext)', () => {
		const bytes = zip([
			{ name: 'mimetype', data: enc('application/vnd.oasis.opendocument.spreadsheet'), stored: true },
			{
				name: 'META-INF/manifest.xml',
				data: xml('<manifest:manifest><manifest:encryption-data/></manifest:manifest>')
			},
			{ name: 'content.xml', data: new Uint8Array([0x9c, 0x11, 0x42, 0x07]), stored: true }
		]);
		expect(sniff(bytes, 'clave.ods')).toMatchObject({ ok: false, problem: { code: 'archivo-cifrado' } });
		const plain = zip([
			{ name: 'mimetype', data: enc('application/vnd.oasis.opendocument.spreadsheet'), stored: true },
			{ name: 'content.xml', data: xml('<office:document-content/>'), stored: true }
		]);
		expect(sniff(plain, 'libre.ods')).toEqual({ ok: true, kind: 'ods' });
	});
});

describe('CSV', () => {
	it.each([
		[
			'UTF-8 with BOM',
			new Uint8Array([0xef, 0xbb, 0xbf, ...enc('municipio\nCúcuta\n')]),
			'municipio\nCúcuta\n',
			undefined
		],
		['UTF-8 without BOM', enc('municipio\nOcaña\n'), 'municipio\nOcaña\n', undefined],
		[
			'UTF-16 LE with BOM',
			new Uint8Array([0xff, 0xfe, ...[...'Tibú'].flatMap((c) => [c.charCodeAt(0), 0])]),
			'Tibú',
			undefined
		],
		[
			'Windows-1252 (Excel «CSV»)',
			new Uint8Array([0x43, 0xfa, 0x63, 0x75, 0x74, 0x61]),
			'Cúcuta',
			/Windows-1252/
		]
	])('decodes %s', (_, bytes, text, notice) => {
		const r = decodeText(bytes, 'x.csv');
		expect(r).toMatchObject({ ok: true, text });
		if (notice) expect(r.ok && r.notice).toMatch(notice);
		else expect(r.ok && r.notice).toBeUndefined();
	});

	it.each([
		['meta;titulo;fuente\n1;x;y', ';'],
		['meta,titulo,fuente\n1,"x; y",z', ','],
		['meta\ttitulo\n1\tx', '\t'],
		['"a;b",c,d\n', ','],
		['meta\n1\n', ';']
	])('finds the separator of %j', (text, sep) => {
		expect(separatorOf(text)).toBe(sep);
	});

	it.each([
		['metas.csv', 'metas'],
		['Metas.CSV', 'Metas'],
		['/ruta/a/lugares.csv', 'lugares'],
		['libro-lugares.csv', 'lugares'],
		['edicion-2026-notas_al_pie.csv', 'notas_al_pie'],
		['edicion-2026-notas.csv', 'notas'],
		['otra cosa.csv', 'otra cosa']
	])('names the sheet of %s', (file, name) => {
		expect(sheetNameOfFile(file)).toBe(name);
	});

	it('reads every cell as text, keeping quoted separators and line breaks', () => {
		const r = readCsvFiles([
			{ name: 'lugares.csv', bytes: enc('meta;municipio;cita\r\n1;Cúcuta;"una; cita\notra"\r\n') }
		]);
		expect(r).toMatchObject({
			ok: true,
			model: {
				sheets: [
					{
						name: 'lugares',
						rows: [
							[{ v: 'meta' }, { v: 'municipio' }, { v: 'cita' }],
							[{ t: 's', v: '1' }, { v: 'Cúcuta' }, { v: 'una; cita\notra' }]
						]
					}
				]
			}
		});
	});

	it('writes what it reads back: BOM, «;», decimal commas, quoted line breaks', () => {
		const model: WorkbookModel = {
			sheets: [
				{
					name: 'metas',
					rows: [
						[
							{ t: 's', v: 'meta' },
							{ t: 's', v: 'inversion_millones' },
							{ t: 's', v: 'cita' }
						],
						[
							{ t: 'n', v: 5 },
							{ t: 'n', v: 1158.69 },
							{ t: 's', v: 'dice "así"; y\nsigue' }
						]
					]
				}
			]
		};
		const [f] = writeCsvFiles(model);
		expect(f).toEqual({
			name: 'metas.csv',
			text: '\uFEFFmeta;inversion_millones;cita\r\n5;1158,69;"dice ""así""; y\nsigue"\r\n'
		});
		const back = readCsvFiles([{ name: f.name, bytes: enc(f.text) }]);
		expect(back.ok && back.model).toEqual(asCsvModel(model));
	});
});

describe('seal', () => {
	const model = (): WorkbookModel => ({
		sheets: [instructionsSheet('2024-2025'), ...minimalWorkbook().sheets]
	});

	it('recognises its own workbook, unchanged', () => {
		expect(isSealedUnchanged(seal(model()))).toBe(true);
	});

	it('does not recognise it once a cell changes, or without the marker', () => {
		const sealed = seal(model());
		const edited = {
			sheets: sealed.sheets.map((s) =>
				s.name === 'metas'
					? { ...s, rows: [...s.rows.slice(0, 2), [{ t: 'n' as const, v: 9 }], ...s.rows.slice(3)] }
					: s
			)
		};
		expect(isSealedUnchanged(edited)).toBe(false);
		expect(isSealedUnchanged(minimalWorkbook())).toBe(false);
		expect(
			isSealedUnchanged(seal({ sheets: [{ name: 'instrucciones', rows: [[{ t: 's', v: 'otra cosa' }]] }] }))
		).toBe(false);
	});

	it('ignores trailing empty cells and rows and the order of the sheets (CSV folders)', () => {
		const m = model();
		const padded = {
			sheets: [...m.sheets].reverse().map((s) => ({ ...s, rows: [...s.rows.map((r) => [...r, null]), []] }))
		};
		expect(fingerprint(padded)).toBe(fingerprint(m));
	});

	it('does not mutate the model', () => {
		const m = model();
		const copy = structuredClone(m);
		seal(m);
		expect(m).toEqual(copy);
	});
});
