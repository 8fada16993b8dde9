import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { DocxError, readDocx } from './docx.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A .docx whose word/document.xml body is `body` (hand-written WordprocessingML). */
function docx(body: string, ns = W): Uint8Array {
	return zipSync({
		'[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
		'word/document.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${ns}"><w:body>${body}</w:body></w:document>`
		)
	});
}
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (...paragraphs: string[]) => `<w:tc>${paragraphs.join('')}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;

describe('readDocx', () => {
	it.each([
		{ name: 'paragraphs are groups', body: p(r('uno')) + p(r('dos')), text: 'uno\n\ndos' },
		{ name: 'runs join', body: p(r('Meta # '), r('1')), text: 'Meta # 1' },
		{
			name: 'empty paragraphs vanish',
			body: p(r('uno')) + p() + p(r('  ')) + p(r('dos')),
			text: 'uno\n\ndos'
		},
		{
			name: 'a tab inside a paragraph is a space',
			body: p(r('a'), '<w:r><w:tab/></w:r>', r('b')),
			text: 'a b'
		},
		{
			name: 'a line break splits the paragraph',
			body: p(r('a'), '<w:r><w:br/></w:r>', r('b')),
			text: 'a\nb'
		},
		{
			name: 'a table is one group, a row per line, cells by tabs',
			body:
				p(r('antes')) +
				tbl(tr(tc(p(r('Meta # 1'))), tc(p(r('Título')))), tr(tc(p(r('a'))), tc(p(r('b'))))) +
				p(r('después')),
			text: 'antes\n\nMeta # 1\tTítulo\na\tb\n\ndespués'
		},
		{
			name: 'a cell with several paragraphs keeps them as lines',
			body: tbl(
				tr(tc(p(r('¿Qué se hizo? X')), p(r('100% de cumplimiento'))), tc(p(r('¿Cuánto se invirtió?'))))
			),
			text: '¿Qué se hizo? X\n100% de cumplimiento\t¿Cuánto se invirtió?'
		},
		{ name: 'empty rows vanish', body: tbl(tr(tc(p())), tr(tc(p(r('x'))))), text: 'x' },
		{
			name: 'a nested table is read inside its cell',
			body: tbl(tr(tc(p(r('fuera')), tbl(tr(tc(p(r('dentro')))))))),
			text: 'fuera\ndentro'
		},
		{
			name: 'deleted text (tracked changes) is left out, inserted text kept',
			body: p(
				r('$ '),
				`<w:del w:id="1"><w:r><w:delText>999</w:delText></w:r></w:del>`,
				`<w:ins w:id="2">${r('776')}</w:ins>`,
				r(' millones')
			),
			text: '$ 776 millones'
		},
		{
			name: 'content controls and hyperlinks are read',
			body: `<w:sdt><w:sdtContent>${p(`<w:hyperlink>${r('Ocaña')}</w:hyperlink>`)}</w:sdtContent></w:sdt>`,
			text: 'Ocaña'
		},
		{ name: 'entities decode', body: p(r('A &amp; B &lt;C&gt;')), text: 'A & B <C>' }
	])('$name', ({ body, text }) => {
		expect(readDocx(docx(body))).toEqual({ format: 'docx', text });
	});

	it('reads Strict Open XML too', () => {
		expect(readDocx(docx(p(r('Meta # 2')), 'http://purl.oclc.org/ooxml/wordprocessingml/main')).text).toBe(
			'Meta # 2'
		);
	});

	it('reads a document written by Word-compatible software (the docx package)', async () => {
		const doc = new Document({
			sections: [
				{
					children: [
						new Paragraph({ children: [new TextRun('Meta # 3')] }),
						new Table({
							rows: [
								new TableRow({
									children: [
										new TableCell({ children: [new Paragraph('LOCALIZACIÓN ¿Dónde se intervino?')] }),
										new TableCell({ children: [new Paragraph('Ocaña y Tibú.')], columnSpan: 2 })
									]
								})
							]
						})
					]
				}
			]
		});
		const bytes = new Uint8Array(await Packer.toBuffer(doc));
		expect(readDocx(bytes).text).toBe('Meta # 3\n\nLOCALIZACIÓN ¿Dónde se intervino?\tOcaña y Tibú.');
	}, 30_000);

	it.each([
		{
			name: 'a Word 97-2003 or password-protected file',
			bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
			error: /Word 97-2003 \(\.doc\) o un \.docx protegido con contraseña/
		},
		{ name: 'a text file', bytes: strToU8('Meta # 1 Rondas'), error: /no es un documento de Word/ },
		{ name: 'an empty file', bytes: new Uint8Array(), error: /no es un documento de Word/ },
		{
			name: 'a zip without word/document.xml',
			bytes: zipSync({ 'xl/workbook.xml': strToU8('<x/>') }),
			error: /hoja de cálculo/
		},
		{ name: 'a damaged zip', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), error: /dañado/ },
		{
			name: 'broken XML',
			bytes: zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="x"><w:body><w:p>') }),
			error: /XML válido|no tiene cuerpo/
		},
		{
			name: 'no body',
			bytes: zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"/>`) }),
			error: /no tiene cuerpo/
		}
	])('refuses $name in Spanish', ({ bytes, error }) => {
		expect(() => readDocx(bytes)).toThrow(DocxError);
		expect(() => readDocx(bytes)).toThrow(error);
	});
});
