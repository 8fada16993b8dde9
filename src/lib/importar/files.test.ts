import { describe, expect, it } from 'vitest';
import { LIMITS } from '../workbook/container.ts';
import { ACCEPT, DOCUMENT_BYTES, planFiles, roleOf } from './files.ts';

const f = (name: string, size = 1000) => ({ name, size });

describe('roleOf', () => {
	it.each([
		['libro.xlsx', 'libro'],
		['LIBRO.ODS', 'libro'],
		['metas.csv', 'libro'],
		['viejo.xls', 'libro'],
		['informe.docx', 'documento'],
		['informe.txt', 'documento'],
		['informe.doc', 'documento'],
		['informe.pdf', null],
		['sin-extension', null],
		['.xlsx.zip', null]
	])('%s -> %s', (name, role) => expect(roleOf(name)).toBe(role));
});

describe('planFiles', () => {
	it.each([
		{ name: 'one workbook', files: [f('a.xlsx')], role: 'libro' },
		{ name: 'one .ods', files: [f('a.ods')], role: 'libro' },
		{ name: 'several .csv (one per sheet)', files: [f('metas.csv'), f('lugares.csv')], role: 'libro' },
		{ name: 'one document', files: [f('informe.docx')], role: 'documento' }
	])('takes $name', ({ files, role }) => {
		expect(planFiles(files)).toEqual({ ok: true, role, files });
	});

	it.each([
		{ name: 'nothing', files: [], message: /ningún archivo/ },
		{ name: 'a PDF', files: [f('informe.pdf')], message: /«informe\.pdf» no es un libro/ },
		{ name: 'a workbook and a document', files: [f('a.xlsx'), f('b.docx')], message: /no los dos/ },
		{ name: 'two workbooks', files: [f('a.xlsx'), f('b.xlsx')], message: /un solo libro/ },
		{ name: 'a workbook and a .csv', files: [f('a.xlsx'), f('metas.csv')], message: /un solo libro/ },
		{ name: 'two documents', files: [f('a.docx'), f('b.txt')], message: /un solo libro/ },
		{
			name: 'a workbook over the importer’s limit',
			files: [f('a.xlsx', LIMITS.fileBytes + 1)],
			message: /«a\.xlsx» ocupa 10 MB; se aceptan archivos de hasta 10 MB/
		},
		{ name: 'a document over its limit', files: [f('a.docx', DOCUMENT_BYTES + 1)], message: /hasta 60 MB/ }
	])('refuses $name in Spanish', ({ files, message }) => {
		const plan = planFiles(files);
		expect(plan.ok).toBe(false);
		if (!plan.ok) expect(plan.message).toMatch(message);
	});

	it('accepts exactly the sizes at the limits', () => {
		expect(planFiles([f('a.xlsx', LIMITS.fileBytes)]).ok).toBe(true);
		expect(planFiles([f('a.docx', DOCUMENT_BYTES)]).ok).toBe(true);
	});

	it('does not change its input', () => {
		const files = [f('metas.csv'), f('lugares.csv')];
		const copy = structuredClone(files);
		planFiles(files);
		expect(files).toEqual(copy);
	});

	it('offers in the file input what it takes', () => {
		expect(ACCEPT.split(',')).toEqual(['.xlsx', '.ods', '.csv', '.docx', '.txt']);
	});
});
