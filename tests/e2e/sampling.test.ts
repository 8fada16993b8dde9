import { describe, expect, it } from 'vitest';
import { freeCentres, judge, windowMatches, type Rgb } from './sampling.ts';

/** A width × height region map from a function of (x, y). */
function grid(width: number, height: number, f: (x: number, y: number) => number) {
	const ids = new Int16Array(width * height);
	for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) ids[y * width + x] = f(x, y);
	return ids;
}

describe('freeCentres', () => {
	// Region 0 is x 0-14, region 1 x 15-29, 20 rows: with R = 3 the free pixels of 0 are x 3-11, y 3-16.
	const halves = grid(30, 20, (x) => (x < 15 ? 0 : 1));

	it('picks the middle, then the farthest free pixels, by hand', () => {
		const [zero, one] = freeCentres(halves, 30, 20, 2, 3, 3, 5);
		// Middle of x 3-11, y 3-16 is (7, 9.5): (7, 9) comes first; then the far corner (3, 16);
		// then (11, 16), 8 from (3, 16) and 8,06 from (7, 9).
		expect(zero).toEqual([
			[7, 9],
			[3, 16],
			[11, 16]
		]);
		expect(one[0]).toEqual([22, 9]);
	});

	it('keeps every pick farther apart than the spacing', () => {
		const [zero] = freeCentres(halves, 30, 20, 2, 3, 3, 12);
		// No free pixel is 12 from (7, 9): the farthest, (3, 16), is 8,06 away.
		expect(zero).toEqual([[7, 9]]);
	});

	it('finds nothing in a region smaller than its window, nor next to a blacked-out pixel', () => {
		const small = grid(20, 20, (x, y) => (x >= 5 && x < 10 && y >= 5 && y < 10 ? 1 : 0));
		expect(freeCentres(small, 20, 20, 2, 3)[1]).toEqual([]);
		// A label blacked out at (7, 9) in region 0 of the halves: no centre within 3 of it.
		const label = Int16Array.from(halves);
		label[9 * 30 + 7] = -1;
		const [zero] = freeCentres(label, 30, 20, 2, 3, 50, 1);
		expect(zero.length).toBeGreaterThan(0);
		for (const [x, y] of zero) expect(Math.max(Math.abs(x - 7), Math.abs(y - 9))).toBeGreaterThan(3);
	});

	it('never counts "no region" pixels', () => {
		expect(
			freeCentres(
				grid(10, 10, () => -1),
				10,
				10,
				1,
				1
			)
		).toEqual([[]]);
	});
});

describe('windowMatches', () => {
	const fill = (c: Rgb, n = 81): Rgb[] => Array.from({ length: n }, () => c);
	// A 9 × 9 window of white with two diagonal hatch lines of #8a949c.
	const hatched: Rgb[] = Array.from({ length: 81 }, (_, i) =>
		(i % 9) + Math.floor(i / 9) === 4 || (i % 9) + Math.floor(i / 9) === 12
			? [138, 148, 156]
			: [255, 255, 255]
	);

	it.each([
		['a class colour', fill([37, 52, 148]), { kind: 'class', colors: ['#253494'] }, true],
		['another class colour', fill([44, 127, 184]), { kind: 'class', colors: ['#253494'] }, false],
		['the hatch', hatched, { kind: 'no-reach', colors: ['#ffffff'] }, true],
		[
			'plain white where a hatch is due',
			fill([255, 255, 255]),
			{ kind: 'no-reach', colors: ['#ffffff'] },
			false
		],
		['grey where a hatch is due', fill([230, 230, 230]), { kind: 'no-reach', colors: ['#ffffff'] }, false],
		['a hatch where a class is due', hatched, { kind: 'class', colors: ['#ffffcc'] }, false],
		['«sin monto» grey', fill([230, 230, 230]), { kind: 'zero', colors: ['#e6e6e6'] }, true]
	] as const)('%s', (_, pixels, expected, ok) => {
		expect(windowMatches(pixels, { kind: expected.kind, colors: [...expected.colors] })).toBe(ok);
	});

	it('judges a municipality by the majority of its windows, and one with none as unsampled', () => {
		const v = judge(
			{ '54001': [fill([37, 52, 148]), fill([37, 52, 148]), fill([255, 255, 255])], '54003': [] },
			{ '54001': { kind: 'class', colors: ['#253494'] }, '54003': { kind: 'class', colors: ['#253494'] } }
		);
		expect(v.sampled).toBe(1);
		expect(v.windows).toBe(3);
		expect(v.wrong).toEqual(['54003: ninguna ventana libre de bordes y etiquetas']);
	});
});
