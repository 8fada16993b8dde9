import { describe, expect, it } from 'vitest';
import { areaReferences, type AreaRow } from './averages.ts';

// Two subregions: A (800 + 200 inhabitants), B (500 + 500). Values by hand.
const rows: AreaRow[] = [
	{ divipola: '1', subregion: 'A', population: 800, value: 10 },
	{ divipola: '2', subregion: 'A', population: 200, value: 40 },
	{ divipola: '3', subregion: 'B', population: 500, value: null },
	{ divipola: '4', subregion: 'B', population: 500, value: 6 }
];

describe('areaReferences', () => {
	it.each([
		// mean: (10+40+0+6)/4 = 14; A: 50/2 = 25; B: 6/2 = 3
		{ code: '1', kind: 'mean', department: 14, subregion: ['A', 2, 25] },
		{ code: '3', kind: 'mean', department: 14, subregion: ['B', 2, 3] },
		// rate: (10·800 + 40·200 + 0 + 6·500) / 2000 = 19000/2000 = 9.5; A: 16000/1000 = 16; B: 3000/1000 = 3
		{ code: '2', kind: 'rate', department: 9.5, subregion: ['A', 2, 16] },
		{ code: '4', kind: 'rate', department: 9.5, subregion: ['B', 2, 3] }
	] as const)('$kind for $code', ({ code, kind, department, subregion }) => {
		const r = areaReferences(rows, code, kind);
		expect(r.department).toEqual({ name: null, municipalities: 4, value: department });
		expect(r.subregion).toEqual({ name: subregion[0], municipalities: subregion[1], value: subregion[2] });
	});

	it('a rate is the area total over its population, not the mean of the rates', () => {
		// Mean of rates would be (10+40)/2 = 25 for A; the area's rate is 16.
		expect(areaReferences(rows, '1', 'rate').subregion.value).not.toBe(25);
	});

	it('refuses a code that is not among the rows', () => {
		expect(() => areaReferences(rows, '9', 'mean')).toThrow(/No existe el municipio 9 entre los 4/);
	});
});
