import { describe, expect, it } from 'vitest';
import { compareSortValues, formatSortOrder, parseSortOrder, SortedRows } from './sorted.svelte.ts';

describe('compareSortValues', () => {
	it.each([
		{ x: 'Ábrego', y: 'Bochalema', sign: -1 },
		{ x: 'Ocaña', y: 'Ocamonte', sign: 1 },
		{ x: 10, y: 9, sign: 1 },
		{ x: -1, y: 0, sign: -1 }
	])('$x vs $y', ({ x, y, sign }) => {
		expect(Math.sign(compareSortValues(x, y))).toBe(sign);
	});
});

describe('SortedRows', () => {
	const data = [
		{ name: 'Tibú', value: 22 },
		{ name: 'Ábrego', value: 5 },
		{ name: 'Cúcuta', value: 300 }
	];
	const make = () => new SortedRows(() => data, { name: (r) => r.name, value: (r) => r.value }, 'value');
	const names = (s: ReturnType<typeof make>) => s.rows.map((r) => r.name);

	it('starts on the initial column, largest first', () => {
		const s = make();
		expect(names(s)).toEqual(['Cúcuta', 'Tibú', 'Ábrego']);
		expect(s.ariaSort('value')).toBe('descending');
		expect(s.ariaSort('name')).toBe('none');
	});

	it('sorts a text column A→Z on first click and reverses on the second', () => {
		const s = make();
		s.sortBy('name');
		expect(names(s)).toEqual(['Ábrego', 'Cúcuta', 'Tibú']);
		expect(s.ariaSort('name')).toBe('ascending');
		s.sortBy('name');
		expect(names(s)).toEqual(['Tibú', 'Cúcuta', 'Ábrego']);
	});

	it('sorts a number column largest first when chosen again', () => {
		const s = make();
		s.sortBy('name');
		s.sortBy('value');
		expect(names(s)).toEqual(['Cúcuta', 'Tibú', 'Ábrego']);
		s.sortBy('value');
		expect(s.ariaSort('value')).toBe('ascending');
		expect(names(s)).toEqual(['Ábrego', 'Tibú', 'Cúcuta']);
	});

	it('does not reorder the rows it was given', () => {
		make().sortBy('name');
		expect(data.map((r) => r.name)).toEqual(['Tibú', 'Ábrego', 'Cúcuta']);
	});
});

describe('rows without a value', () => {
	// «No nombrado» has no value: last whichever way the column runs.
	const data = [
		{ name: 'Tibú', value: 22 as number | null },
		{ name: 'Ábrego', value: null },
		{ name: 'Cúcuta', value: 300 },
		{ name: 'Bochalema', value: null },
		{ name: 'Sardinata', value: 5 }
	];
	const make = () => new SortedRows(() => data, { name: (r) => r.name, value: (r) => r.value }, 'value');
	const names = (s: ReturnType<typeof make>) => s.rows.map((r) => r.name);

	it('go last largest first and smallest first', () => {
		const s = make();
		expect(names(s).slice(0, 3)).toEqual(['Cúcuta', 'Tibú', 'Sardinata']);
		expect(names(s).slice(3).sort()).toEqual(['Bochalema', 'Ábrego'].sort());
		s.sortBy('value');
		expect(names(s).slice(0, 3)).toEqual(['Sardinata', 'Tibú', 'Cúcuta']);
		expect(names(s).slice(3).sort()).toEqual(['Bochalema', 'Ábrego'].sort());
	});
});

describe('an order kept in the URL', () => {
	const names = { name: 'municipio', value: 'valor' };
	it.each([
		{ text: 'valor-desc', expected: { key: 'value', ascending: false } },
		{ text: 'municipio-asc', expected: { key: 'name', ascending: true } },
		{ text: 'valor', expected: null },
		{ text: 'poblacion-asc', expected: null },
		{ text: 'valor-asc-x', expected: null },
		{ text: '', expected: null },
		{ text: null, expected: null }
	])('«$text»', ({ text, expected }) => {
		expect(parseSortOrder(text, names)).toEqual(expected);
		if (expected) expect(formatSortOrder(parseSortOrder(text, names)!, names)).toBe(text);
	});

	it('is read from and written to its store', () => {
		let param: string | null = 'municipio-desc';
		const data = [
			{ name: 'Ábrego', value: 1 },
			{ name: 'Tibú', value: 2 }
		];
		const s = new SortedRows(() => data, { name: (r) => r.name, value: (r) => r.value }, 'value', {
			store: { get: () => param, set: (t) => (param = t) },
			names
		});
		expect(s.ariaSort('name')).toBe('descending');
		s.sortBy('name');
		expect(param).toBe('municipio-asc');
		s.sortBy('value');
		expect(param).toBe('valor-desc');
		param = 'nada-asc';
		expect(s.key).toBe('value');
	});
});
