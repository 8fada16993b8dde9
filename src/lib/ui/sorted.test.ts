import { describe, expect, it } from 'vitest';
import { compareSortValues, SortedRows } from './sorted.svelte.ts';

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
