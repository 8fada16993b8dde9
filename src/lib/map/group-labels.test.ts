/**
 * Subregion names on the screen map: the interior point and the placement on
 * constructed shapes (expected values worked out by hand), then on the real
 * subregions, checked independently with turf: every label's point lies in
 * its subregion (lon/lat, unprojected) and its estimated box inside it.
 */
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, multiPolygon, point } from '@turf/turf';
import { GROUP_LABELS, mapTheme, NARROW_LABELS, svgLayers, type MapLabel } from './cartography.ts';
import { fittedMap } from './geometry.ts';
import { areaOf, interiorPoint, placeGroupLabels, ringArea } from './group-labels.ts';
import { border, overlap } from './box-checks.ts';
import { labelBox, type ProjectedArea } from './labels.ts';
import { SCREEN_MAP, screenGeo, screenGroupMap, screenTerritory } from './screen.ts';

type Ring = [number, number][];
const rect = (x0: number, y0: number, x1: number, y1: number): Ring => [
	[x0, y0],
	[x1, y0],
	[x1, y1],
	[x0, y1],
	[x0, y0]
];
const area = (divipola: string, ...parts: Ring[][]): ProjectedArea => ({ divipola, rings: parts });
/** A U open upwards: two 10-wide arms on a 10-high base, 30 × 30; its centroid (15, 17.2) is in the notch. */
const U: Ring = [
	[0, 0],
	[10, 0],
	[10, 20],
	[20, 20],
	[20, 0],
	[30, 0],
	[30, 30],
	[0, 30],
	[0, 0]
];
const inside = (p: [number, number], rings: Ring[][]) => booleanPointInPolygon(point(p), multiPolygon(rings));
const boxOf = (l: MapLabel) => labelBox(l.text, l.x, l.y, l.size!, true);

describe('ringArea', () => {
	it.each([
		{ name: 'a 10 × 10 square', ring: rect(0, 0, 10, 10), area: 100 },
		{ name: 'the same, the other way round', ring: rect(0, 0, 10, 10).reverse(), area: 100 },
		{
			name: 'a right triangle',
			ring: [
				[0, 0],
				[4, 0],
				[0, 3],
				[0, 0]
			] as Ring,
			area: 6
		},
		{ name: 'the U', ring: U, area: 30 * 30 - 10 * 20 },
		{ name: 'no ring', ring: [] as Ring, area: 0 }
	])('$name: $area', ({ ring, area }) => {
		expect(ringArea(ring)).toBeCloseTo(area, 9);
	});

	it('areaOf takes the holes out and adds the parts', () => {
		expect(areaOf(area('a', [rect(0, 0, 30, 30), rect(10, 10, 20, 20)], [rect(40, 0, 42, 2)]))).toBe(
			900 - 100 + 4
		);
	});
});

describe('interiorPoint', () => {
	it.each([
		{ name: 'a square: its centre', rings: [[rect(0, 0, 10, 10)]], expected: [5, 5] },
		{ name: 'a wide rectangle: on its axis', rings: [[rect(0, 0, 40, 10)]], expected: [undefined, 5] },
		{
			name: 'a square with a hole at its centre: in the ring, not the hole',
			rings: [[rect(0, 0, 30, 30), rect(10, 10, 20, 20)]],
			expected: undefined
		},
		{ name: 'a U: in the U, not in its notch', rings: [[U]], expected: undefined },
		{
			name: 'a small part and a large one: in the large one',
			rings: [[rect(0, 0, 2, 2)], [rect(100, 100, 120, 120)]],
			expected: [110, 110]
		}
	])('$name', ({ rings, expected }) => {
		const p = interiorPoint(rings as Ring[][]);
		expect(inside(p, rings as Ring[][])).toBe(true);
		if (expected?.[0] !== undefined) expect(p[0]).toBeCloseTo(expected[0], 1);
		if (expected?.[1] !== undefined) expect(p[1]).toBeCloseTo(expected[1], 1);
	});

	it('is not the centroid where the centroid falls outside (the cases above are meaningful)', () => {
		expect(inside([15, 15], [[rect(0, 0, 30, 30), rect(10, 10, 20, 20)]])).toBe(false);
		expect(inside([15, 17.2], [[U]])).toBe(false);
	});

	it('throws on an area without polygons', () => {
		expect(() => interiorPoint([])).toThrow(/ningún polígono/);
		expect(() => interiorPoint([[]])).toThrow(/ningún polígono/);
	});

	it('does not mutate its input', () => {
		const rings = [[U.map((p) => [...p] as [number, number])]];
		const copy = structuredClone(rings);
		interiorPoint(rings);
		expect(rings).toEqual(copy);
	});
});

describe('placeGroupLabels on constructed shapes', () => {
	const frame = { width: 200, height: 200 };
	const o = { fontSize: 10, minFontSize: 6, frame };

	it('puts each name inside its own group, bold, in the order of the areas', () => {
		const areas = [area('Norte', [rect(0, 0, 200, 100)]), area('Sur', [rect(0, 100, 200, 200)])];
		const labels = placeGroupLabels(areas, o);
		expect(labels.map((l) => [l.divipola, l.text, l.bold, l.size])).toEqual([
			['Norte', 'Norte', true, 10],
			['Sur', 'Sur', true, 10]
		]);
		// At the pole of inaccessibility, the centre of each half.
		expect([labels[0].x, labels[0].y]).toEqual([100, 50]);
		expect([labels[1].x, labels[1].y]).toEqual([100, 150]);
	});

	it('moves a name off its pole to the nearest place inside where it fits', () => {
		// A U 120 wide whose 40-wide arms hold its pole; «Suroccidental» at 10 (75 wide) fits only in the base.
		const u = [U.map(([x, y]) => [x * 4, y * 4] as [number, number])];
		const pole = interiorPoint([u]);
		const [l] = placeGroupLabels([area('Suroccidental', u)], o);
		expect(l.size).toBe(10);
		expect([l.x, l.y]).not.toEqual(pole);
		expect(l.y).toBeGreaterThan(80);
		for (const p of border(boxOf(l))) expect(inside(p, [u])).toBe(true);
	});

	it('shrinks a name to fit, not under minFontSize', () => {
		// «Occidental» at 10 is 58 wide: a 50-wide strip takes it at a smaller size.
		const [l] = placeGroupLabels([area('Occidental', [rect(0, 0, 50, 200)])], o);
		expect(l.size).toBeLessThan(10);
		expect(l.size).toBeGreaterThanOrEqual(6);
		for (const p of border(boxOf(l))) expect(inside(p, [[rect(0, 0, 50, 200)]])).toBe(true);
	});

	it('puts a name that fits nowhere at minFontSize, its centre inside, as much of it inside as it can', () => {
		// «Suroccidental» at 6 is 45 wide: a 10 × 10 square shows the middle of it, centred.
		const [l] = placeGroupLabels([area('Suroccidental', [rect(10, 10, 20, 20)])], o);
		expect(l.size).toBe(6);
		expect(Math.abs(l.x - 15)).toBeLessThanOrEqual(1.5);
		expect(Math.abs(l.y - 15)).toBeLessThanOrEqual(1.5);
	});

	it('moves such a name off its pole to keep clear of a name already there', () => {
		// Both too small; the second one's pole box (y 3,4 to 10,6) would overlap the first's (y 1,4 to 8,6).
		const areas = [area('Suroccidental', [rect(0, 0, 10, 10)]), area('Suroriental', [rect(10, 0, 20, 14)])];
		const [a, b] = placeGroupLabels(areas, o);
		expect([a.size, b.size]).toEqual([6, 6]);
		expect(inside([a.x, a.y], [[rect(0, 0, 10, 10)]])).toBe(true);
		expect(inside([b.x, b.y], [[rect(10, 0, 20, 14)]])).toBe(true);
		expect(b.y).toBeGreaterThan(7);
		expect(overlap(boxOf(a), boxOf(b))).toBe(false);
	});

	it('leaves a name on its pole when no place is clear of the others (the last resort)', () => {
		const areas = [area('Suroccidental', [rect(0, 0, 10, 10)]), area('Suroriental', [rect(10, 0, 20, 10)])];
		const [, b] = placeGroupLabels(areas, o);
		expect([b.x, b.y]).toEqual(interiorPoint([[rect(10, 0, 20, 10)]]).map((v) => +v.toFixed(2)));
	});

	it('keeps names clear of each other', () => {
		// Two groups side by side whose poles are 20 apart: each name stays in its own group.
		const areas = [area('Centro', [rect(0, 0, 60, 30)]), area('Norte', [rect(60, 0, 120, 30)])];
		const [a, b] = placeGroupLabels(areas, o);
		expect(overlap(boxOf(a), boxOf(b))).toBe(false);
	});

	it('returns nothing for no groups and does not mutate its input', () => {
		expect(placeGroupLabels([], o)).toEqual([]);
		const areas = [area('Norte', [rect(0, 0, 200, 100)])];
		const copy = structuredClone(areas);
		placeGroupLabels(areas, o);
		expect(areas).toEqual(copy);
	});
});

describe('the subregion names of the screen map', () => {
	const geo = screenGeo();
	const { projection } = fittedMap(geo, SCREEN_MAP);
	const map = screenGroupMap();
	const names = screenTerritory()
		.subregions.map((s) => s.name)
		.sort();
	const featureOf = new Map(geo.grupos.features.map((f) => [f.properties.name, f]));
	/** The group's projected rings, for the box test in map units. */
	const projected = (name: string) => {
		const g = featureOf.get(name)!.geometry;
		const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		return multiPolygon(
			parts.map((poly) => poly.map((ring) => ring.map((p) => projection(p as [number, number])!)))
		);
	};

	for (const [set, labels, min, max] of [
		['wide', map.labels, GROUP_LABELS.minSize, GROUP_LABELS.size],
		['narrow', map.narrowLabels, GROUP_LABELS.narrowSize, GROUP_LABELS.narrowSize]
	] as const) {
		describe(set, () => {
			it('name every subregion of the data once', () => {
				expect(labels.map((l) => l.text).sort()).toEqual(names);
				expect(labels.map((l) => l.divipola)).toEqual(labels.map((l) => l.text));
			});

			it('each at a point inside its subregion (turf, in longitude and latitude)', () => {
				for (const l of labels) {
					const lonLat = projection.invert!([l.x, l.y])!;
					expect(booleanPointInPolygon(point(lonLat), featureOf.get(l.text)!), l.text).toBe(true);
				}
			});

			it(`each with ${set === 'wide' ? 'its whole box' : 'most of its box'} inside its subregion, clear of the others`, () => {
				for (const l of labels) {
					const own = projected(l.text);
					const samples = border(boxOf(l), 1);
					const share = samples.filter((p) => booleanPointInPolygon(point(p), own)).length / samples.length;
					// On a narrow map the names keep their size: a long one may reach past a narrow subregion.
					expect(share, l.text).toBeGreaterThanOrEqual(set === 'wide' ? 1 : 0.75);
				}
				for (const [i, a] of labels.entries())
					for (const b of labels.slice(i + 1))
						expect(overlap(boxOf(a), boxOf(b)), `${a.text} y ${b.text}`).toBe(false);
			});

			it(`at ${min} to ${max} units, bold`, () => {
				for (const l of labels) {
					expect(l.size, l.text).toBeGreaterThanOrEqual(min);
					expect(l.size, l.text).toBeLessThanOrEqual(max);
					expect(l.bold).toBe(true);
				}
			});
		});
	}

	it('read at 11 px or more: the wide set from NARROW_LABELS.belowPx, the narrow one from 343 px', () => {
		const px = (units: number, mapPx: number) => (units * mapPx) / SCREEN_MAP.width;
		expect(px(GROUP_LABELS.minSize, NARROW_LABELS.belowPx)).toBeGreaterThanOrEqual(11);
		expect(px(GROUP_LABELS.narrowSize, 343)).toBeGreaterThanOrEqual(11);
	});

	it('are drawn by the cartography in the two label layers, bold, at their own size', () => {
		const layers = svgLayers(map.geometry, { paint: {}, ...map, groups: true }, mapTheme('screen'), 'h');
		for (const [id, labels] of [
			['etiquetas', map.labels],
			['etiquetas-estrecho', map.narrowLabels]
		] as const) {
			const els = layers.find((l) => l.id === id)!.elements;
			expect(els.map((e) => e.text)).toEqual(labels.map((l) => l.text));
			for (const [i, e] of els.entries()) {
				expect(e.attrs['font-weight']).toBe(700);
				expect(e.attrs['font-size']).toBe(labels[i].size);
			}
		}
	});
});
