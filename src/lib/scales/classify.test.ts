import { describe, expect, it } from 'vitest';
import { buildClasses, classify } from './breaks.ts';
import { classIndex, classRanges, palette, rangeLabel } from './classify.ts';

describe('classify', () => {
	const values = [1, 2, 3, 10, 11, 12, 100, 110, 120];
	it.each([
		{ method: 'jenks' as const, k: 3, expected: [1, 100, 120, 120] },
		{ method: 'equal' as const, k: 3, expected: [1, 40.666666666666664, 80.33333333333333, 120] },
		{ method: 'quantile' as const, k: 3, expected: [1, 7.666666666666667, 41.333333333333336, 120] }
	])('$method with $k classes', ({ method, k, expected }) => {
		expect(classify(values, method, k).map((b) => +b.toFixed(6))).toEqual(expected.map((b) => +b.toFixed(6)));
	});

	it('gives fewer classes than asked when there are fewer distinct values', () => {
		expect(classify([5, 5, 7], 'jenks', 5)).toEqual([5, 7, 7]);
		expect(classify([4, 4, 4], 'quantile', 5)).toEqual([4, 4]);
	});

	it('gives no classes for no values', () => {
		expect(classify([], 'jenks', 5)).toEqual([]);
	});

	it('does not mutate its input', () => {
		const input = [3, 1, 2];
		classify(input, 'quantile', 3);
		expect(input).toEqual([3, 1, 2]);
	});
});

describe('classIndex', () => {
	const breaks = [1, 10, 100, 120];
	it.each([
		{ value: 1, expected: 0 },
		{ value: 9.99, expected: 0 },
		{ value: 10, expected: 1 },
		{ value: 120, expected: 2 },
		{ value: 500, expected: 2 },
		{ value: 0, expected: 0 }
	])('$value is in class $expected', ({ value, expected }) => {
		expect(classIndex(value, breaks)).toBe(expected);
	});
});

describe('palette', () => {
	it('has one colour per class, light to dark', () => {
		expect(palette(5)).toEqual(['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494']);
		expect(palette(1)).toHaveLength(1);
		expect(palette(0)).toEqual([]);
	});
	it('pairs breaks and colours', () => {
		const c = buildClasses([1, 2, 3, 4, 5, 6, 7, 8], 'equal', 4);
		expect(c.colors).toHaveLength(c.breaks.length - 1);
	});
});

describe('classRanges', () => {
	const values = [78.66, 118, 171.81, 3002.77, 3188.06, 9018];
	const classes = buildClasses(values, 'jenks', 4);

	it('gives the smallest and largest value in each class, so labels never straddle a boundary', () => {
		const ranges = classRanges(values, classes);
		expect(ranges.map((r) => [r.min, r.max, r.count])).toEqual([
			[78.66, 171.81, 3],
			[3002.77, 3002.77, 1],
			[3188.06, 3188.06, 1],
			[9018, 9018, 1]
		]);
		expect(ranges.reduce((n, r) => n + r.count, 0)).toBe(values.length);
	});

	it('keeps an empty class with its interval, so colours stay one per class', () => {
		// Equal intervals of 0..100 in 4: [0, 25) [25, 50) [50, 75) [75, 100]; nothing in 25..75.
		const c = buildClasses([0, 10, 80, 100], 'equal', 4);
		expect(c.breaks).toEqual([0, 25, 50, 75, 100]);
		expect(classRanges([0, 10, 80, 100], c)).toEqual([
			{ min: 0, max: 10, count: 2, from: 0, to: 25 },
			{ min: null, max: null, count: 0, from: 25, to: 50 },
			{ min: null, max: null, count: 0, from: 50, to: 75 },
			{ min: 80, max: 100, count: 2, from: 75, to: 100 }
		]);
	});

	it.each([
		[{ min: 1, max: 2, count: 2, from: 1, to: 3 }, '1 – 2'],
		[{ min: 5, max: 5, count: 1, from: 4, to: 6 }, '5'],
		[{ min: null, max: null, count: 0, from: 25, to: 50 }, '25 – 50: ningún municipio']
	])('labels %j as "%s"', (r, label) => {
		expect(rangeLabel(r, String)).toBe(label);
	});
});
