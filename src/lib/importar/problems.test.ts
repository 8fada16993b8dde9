import { describe, expect, it } from 'vitest';
import type { Problem } from '../workbook/problems.ts';
import { groupProblems } from './problems.ts';

const at = (
	sheet: string | null,
	row: number | null,
	column: string | null,
	over: Partial<Problem> = {}
): Problem => ({
	code: 'numero',
	sheet,
	row,
	column,
	value: 'x',
	expected: 'un número',
	...over
});

describe('groupProblems', () => {
	it('is empty for no problems', () => expect(groupProblems([])).toEqual([]));

	it('groups by sheet in order of first appearance, rows ascending, whole-sheet problems first', () => {
		const groups = groupProblems([
			at('metas', 7, 'inversion_millones'),
			at('lugares', 3, 'municipio', {
				code: 'municipio',
				value: 'Ocanna',
				suggestion: '¿Quiso decir «Ocaña»?'
			}),
			at('metas', 2, 'cumplimiento_pct'),
			at('metas', null, null, { code: 'columna-falta', value: null, found: 'no está' })
		]);
		expect(groups.map((g) => g.heading)).toEqual(['Hoja «metas»', 'Hoja «lugares»']);
		expect(groups[0].items.map((i) => i.id)).toEqual(['p3', 'p2', 'p0']);
		expect(groups[0].items[1].text).toBe(
			'Hoja «metas», fila 2, columna «cumplimiento_pct»: valor «x»; se esperaba un número'
		);
		expect(groups[1].items[0].text).toMatch(/¿Quiso decir «Ocaña»\?$/);
	});

	it('puts problems with the file under the file’s name, with the catalogue’s title and remedy', () => {
		const [g] = groupProblems([
			at(null, null, null, { code: 'archivo-xls', file: 'viejo.xls', value: null, found: 'es un .xls' })
		]);
		expect(g.heading).toBe('Archivo «viejo.xls»');
		expect(g.items[0]).toMatchObject({
			title: 'Formato .xls antiguo',
			fix: expect.stringContaining('.xlsx')
		});
	});

	it('gives keys that never repeat, even for identical problems', () => {
		const groups = groupProblems([at('metas', 2, 'a'), at('metas', 2, 'a')]);
		const ids = groups.flatMap((g) => g.items.map((i) => i.id));
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('does not change its input', () => {
		const input = [at('metas', 7, 'a'), at('metas', 2, 'b')];
		const copy = structuredClone(input);
		groupProblems(input);
		expect(input).toEqual(copy);
	});
});
