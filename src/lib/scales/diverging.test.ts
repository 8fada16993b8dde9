import { describe, expect, it } from 'vitest';
import { divergingClasses, divergingColor, divergingIndex, NO_CHANGE_COLOR } from './diverging.ts';

describe('divergingClasses', () => {
	it.each([
		{ name: 'no values', values: [], magnitudes: [], colors: 1 },
		{ name: 'only zeros', values: [0, 0], magnitudes: [], colors: 1 },
		{ name: 'non-finite values are ignored', values: [NaN, Infinity, 5], magnitudes: [5, 5], colors: 3 },
		// Magnitudes 4, 2, 6, 8: their quantiles at 0, 1/3, 2/3 and 1 are 2, 4, 6, 8.
		{ name: 'three classes a side', values: [-4, 2, 6, 8, 0], magnitudes: [2, 4, 6, 8], colors: 7 }
	])('$name', ({ values, magnitudes, colors }) => {
		const c = divergingClasses(values, 3);
		expect(c.magnitudes).toEqual(magnitudes);
		expect(c.colors).toHaveLength(colors);
		expect(c.colors[(c.colors.length - 1) / 2]).toBe(NO_CHANGE_COLOR);
	});

	it('clamps the classes a side to 1…5', () => {
		const values = Array.from({ length: 50 }, (_, i) => i - 25);
		expect(divergingClasses(values, 0).colors).toHaveLength(3);
		expect(divergingClasses(values, 9).colors).toHaveLength(11);
	});

	it('is symmetric: a fall and a rise of the same size get mirrored colours', () => {
		const c = divergingClasses([-10, -3, 1, 7, 10], 3);
		for (const v of [1, 3, 7, 10]) {
			expect(divergingIndex(-v, c)).toBe(-divergingIndex(v, c));
			const i = c.colors.indexOf(divergingColor(v, c));
			expect(c.colors.indexOf(divergingColor(-v, c))).toBe(c.colors.length - 1 - i);
		}
	});

	it('does not mutate its input', () => {
		const input = [3, -1, 2];
		divergingClasses(input, 2);
		expect(input).toEqual([3, -1, 2]);
	});
});
