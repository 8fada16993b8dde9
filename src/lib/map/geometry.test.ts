import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { placeLabels, scaleBarKm, svgMapGeometry, territoryFromTopology, fitProjection } from './geometry.ts';

const topo = JSON.parse(
	readFileSync(resolve(import.meta.dirname, '../../../geodata/norte-de-santander.topo.json'), 'utf8')
) as Topology;
const geo = territoryFromTopology(topo);
const options = { width: 600, height: 800, padding: 20 };

describe('svgMapGeometry', () => {
	const g = svgMapGeometry(geo, options);
	it('draws 40 municipalities inside the frame', () => {
		expect(g.municipios).toHaveLength(40);
		for (const m of g.municipios) {
			expect(m.d).toMatch(/^M/);
			const nums = (m.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
			expect(Math.min(...nums)).toBeGreaterThanOrEqual(0);
			expect(Math.max(...nums)).toBeLessThanOrEqual(800);
		}
	});

	it('winds polygons for d3 so no municipality covers the whole frame', () => {
		// A wrongly wound polygon becomes "the world minus the polygon": a frame-sized rectangle.
		expect(g.municipios.every((m) => !m.d.includes('M0,0L600,0'))).toBe(true);
	});

	it('draws the context layers and a plausible scale', () => {
		expect(g.vecinos.map((v) => v.name)).toEqual(['Boyacá', 'Cesar', 'Santander', 'Arauca']);
		expect(g.venezuela.d.length).toBeGreaterThan(10);
		// The department is ~270 km tall in ~760 units.
		expect(g.kmPerUnit).toBeGreaterThan(0.2);
		expect(g.kmPerUnit).toBeLessThan(0.5);
	});

	it('is deterministic', () => {
		expect(svgMapGeometry(geo, options)).toEqual(g);
	});
});

describe('placeLabels', () => {
	const project = (p: [number, number]): [number, number] => [p[0] * 10, p[1] * 10];
	it('drops a label that would overlap a more important one', () => {
		const labels = placeLabels(
			[
				{ divipola: '1', text: 'Cúcuta', lonLat: [10, 10], priority: 100 },
				{ divipola: '2', text: 'Los Patios', lonLat: [10.2, 10], priority: 10 },
				{ divipola: '3', text: 'Tibú', lonLat: [40, 40], priority: 5 }
			],
			project,
			12
		);
		expect(labels.map((l) => l.text)).toEqual(['Cúcuta', 'Tibú']);
	});

	it('always places the labels it is told to, first', () => {
		const labels = placeLabels(
			[
				{ divipola: '1', text: 'Cúcuta', lonLat: [10, 10], priority: 100 },
				{ divipola: '2', text: 'Los Patios', lonLat: [10.2, 10], priority: 10 }
			],
			project,
			12,
			['2']
		);
		expect(labels.map((l) => l.text)).toEqual(['Los Patios']);
	});

	it('keeps one of several labels at the same point', () => {
		const projection = fitProjection(geo, options);
		const labels = placeLabels(
			geo.municipios.features.map((f, i) => ({
				divipola: f.properties.divipola,
				text: 'Municipio',
				lonLat: [0, 0] as [number, number],
				priority: i
			})),
			(p) => projection(p) as [number, number],
			11
		);
		expect(labels).toHaveLength(1);
	});
});

describe('scaleBarKm', () => {
	it.each([
		{ args: [0.35, 100], expected: 50 },
		{ args: [0.35, 200], expected: 50 },
		{ args: [1, 100], expected: 100 },
		{ args: [0.02, 100], expected: 2 }
	])('%j', ({ args, expected }) => {
		expect(scaleBarKm(args[0], args[1])).toBe(expected);
	});
});
