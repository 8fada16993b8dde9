import { schemePuOr, schemeYlGnBu } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { PU_OR } from './schemes-diverging.ts';
import { YL_GN_BU } from './schemes.ts';

describe('the copied ColorBrewer schemes', () => {
	it.each([3, 4, 5, 6, 7, 8, 9])('YlGnBu with %i classes is d3-scale-chromatic’s', (k) => {
		expect(YL_GN_BU[k]).toEqual(schemeYlGnBu[k]);
	});
	it.each([3, 5, 7, 9, 11])('PuOr with %i classes is d3-scale-chromatic’s', (k) => {
		expect(PU_OR[k]).toEqual(schemePuOr[k]);
	});
});
