/**
 * The staff guide (docs/guia-edicion.md) says what the code does: every sheet, column and
 * «edicion» field, every kind of error with its remedy, and its example messages are real ones
 * (the ones the data:import tests expect).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD } from '../../../tests/workbook/bad-workbooks.ts';
import { PROBLEM_CATALOGUE } from './problems.ts';
import { EDITION_FIELDS, SHEETS } from './sheets.ts';

const guide = readFileSync(resolve(import.meta.dirname, '../../../docs/guia-edicion.md'), 'utf8');
/** The guide as one line of text: prettier may wrap a sentence anywhere. */
const flat = guide.replace(/\s+/g, ' ');

describe('docs/guia-edicion.md', () => {
	it.each(SHEETS.filter((s) => s.columns.length).map((s) => [s.name, s] as const))(
		'describes the sheet «%s» and every one of its columns',
		(name, s) => {
			expect(guide).toContain(`### Hoja «${name}»`);
			const section = guide.slice(guide.indexOf(`### Hoja «${name}»`)).split('\n### ')[0];
			for (const c of s.columns) expect(section).toContain(`| \`${c.key}\``);
		}
	);

	it('describes every field of «edicion»', () => {
		const section = guide
			.slice(guide.indexOf('### Campos de la hoja «edicion»'))
			.split('\n### ')[0]
			.replace(/\s+/g, ' ');
		expect(EDITION_FIELDS.filter((f) => !section.includes(`| \`${f.key}\` |`)).map((f) => f.key)).toEqual([]);
	});

	it('explains every kind of error, with what to do', () => {
		const missing = Object.values(PROBLEM_CATALOGUE).filter(
			(p) => !flat.includes(`| **${p.title}** | ${p.fix.replace(/\|/g, '\\|')} |`)
		);
		expect(missing.map((p) => p.title)).toEqual([]);
	});

	it('quotes only messages the importer really gives', () => {
		const examples = [...guide.slice(guide.indexOf('Ejemplos de mensajes')).matchAll(/^- `(.+)`$/gm)].map(
			(m) => m[1]
		);
		expect(examples.length).toBeGreaterThanOrEqual(5);
		const real = BAD.map((b) => b.message).filter((m): m is string => typeof m === 'string');
		expect(examples.filter((e) => !real.includes(e))).toEqual([]);
	});
});
