/**
 * placePrintLabels on constructed geometries (expected values from the
 * geometry, worked out by hand) and on the real municipalities, checked with
 * an independent implementation: turf's point-in-polygon sampled densely
 * along each box's border and turf's intersection tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	booleanIntersects,
	booleanPointInPolygon,
	lineString,
	multiPolygon,
	point,
	polygon
} from '@turf/turf';
import type { Topology } from 'topojson-specification';
import { readSources } from '../../../scripts/data/sources.ts';
import { buildDataset } from '../dataset/index.ts';
import { parseTerritory } from '../geo/index.ts';
import { border, overlap, type Box } from './box-checks.ts';
import { fitProjection, municipalLabelCandidates, territoryFromTopology } from './geometry.ts';
import {
	placePrintLabels,
	projectedAreas,
	type LabelInput,
	type PrintLabelOptions,
	type PrintLabels,
	type ProjectedArea
} from './labels.ts';

/** The box estimate the composer uses: 0.53 em a character (0.58 bold), 1.2 em high, centred. */
function boxOf(text: string, x: number, y: number, size: number, bold = false): Box {
	const w = [...text].length * size * (bold ? 0.58 : 0.53);
	const h = size * 1.2;
	return [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
}

const square = (divipola: string, x0: number, y0: number, x1: number, y1: number, holes: Box[] = []) => ({
	divipola,
	rings: [
		[
			[
				[x0, y0],
				[x1, y0],
				[x1, y1],
				[x0, y1],
				[x0, y0]
			] as [number, number][],
			...holes.map(
				([a, b, c, d]) =>
					[
						[a, b],
						[a, d],
						[c, d],
						[c, b],
						[a, b]
					] as [number, number][]
			)
		]
	]
});

const boxPolygon = ([x0, y0, x1, y1]: Box) =>
	polygon([
		[
			[x0, y0],
			[x1, y0],
			[x1, y1],
			[x0, y1],
			[x0, y0]
		]
	]);

/**
 * Every rule of the issue, checked independently of the placement code.
 * Returns how many required labels are inside, on a leader, in the key.
 */
function expectPrintRules(o: PrintLabelOptions, r: PrintLabels) {
	const shape = new Map(o.areas.map((a) => [a.divipola, multiPolygon(a.rings)]));
	const textOf = new Map(o.candidates.map((c) => [c.divipola, c]));
	const boxes: { divipola: string; box: Box }[] = [];
	const bboxOf = new Map(
		o.areas.map((a) => {
			const pts = a.rings.flat(2);
			const xs = pts.map((p) => p[0]);
			const ys = pts.map((p) => p[1]);
			return [a.divipola, [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as Box];
		})
	);
	const meets = (box: Box, divipola: string) =>
		overlap(box, bboxOf.get(divipola) as Box) &&
		booleanIntersects(boxPolygon(box), shape.get(divipola) as ReturnType<typeof multiPolygon>);
	const counts = { inside: 0, leader: 0, key: 0 };

	for (const l of r.labels) {
		const c = textOf.get(l.divipola) as LabelInput;
		expect(l.text).toBe(c.text);
		expect(l.size).toBeLessThanOrEqual(o.fontSize);
		expect(l.size).toBeGreaterThanOrEqual(o.minFontSize);
		const box = boxOf(l.text, l.x, l.y, l.size, c.bold);
		boxes.push({ divipola: l.divipola, box });
		const own = shape.get(l.divipola) as ReturnType<typeof multiPolygon>;
		if (l.leader) {
			expect(o.required, `${l.text}: only required labels get a leader`).toContain(l.divipola);
			// Over no municipality at all.
			for (const a of o.areas)
				expect(meets(box, a.divipola), `${l.text} (leader) on ${a.divipola}`).toBe(false);
			expect(booleanPointInPolygon(point([l.leader.x1, l.leader.y1]), own), `${l.text}: leader start`).toBe(
				true
			);
			const [x0, y0, x1, y1] = box;
			const { x2, y2 } = l.leader;
			const onBorder =
				x2 >= x0 - 0.05 &&
				x2 <= x1 + 0.05 &&
				y2 >= y0 - 0.05 &&
				y2 <= y1 + 0.05 &&
				Math.min(Math.abs(x2 - x0), Math.abs(x2 - x1), Math.abs(y2 - y0), Math.abs(y2 - y1)) <= 0.05;
			expect(onBorder, `${l.text}: leader ends on its box`).toBe(true);
			counts.leader++;
		} else {
			// Inside its own polygon, its border sampled every half unit ...
			for (const p of border(box))
				expect(booleanPointInPolygon(point(p), own), `${l.text} leaves its polygon at ${p}`).toBe(true);
			if (o.required.includes(l.divipola)) counts.inside++;
		}
		// ... and never on another municipality's fill.
		for (const a of o.areas)
			if (a.divipola !== l.divipola) expect(meets(box, a.divipola), `${l.text} on ${a.divipola}`).toBe(false);
	}

	expect(r.key.map((k) => k.n)).toEqual(r.key.map((_, i) => i + 1));
	for (const k of r.key) {
		expect(o.required).toContain(k.divipola);
		expect(k.text).toBe(textOf.get(k.divipola)?.text);
		const own = shape.get(k.divipola) as ReturnType<typeof multiPolygon>;
		expect(booleanPointInPolygon(point([k.x, k.y]), own), `number of ${k.text}`).toBe(true);
		boxes.push({ divipola: k.divipola, box: boxOf(String(k.n), k.x, k.y, k.size, true) });
		counts.key++;
	}

	// Every required municipality with a candidate and an area: exactly once, labelled or keyed.
	const expected = o.required.filter((d) => textOf.has(d) && shape.has(d)).sort();
	const got = [...r.labels.map((l) => l.divipola), ...r.key.map((k) => k.divipola)].sort();
	expect(got.filter((d) => o.required.includes(d))).toEqual(expected);
	expect(new Set(got).size).toBe(got.length);

	// No two boxes collide; all inside the frame, clear of the obstacles; no leader crosses a box.
	for (let i = 0; i < boxes.length; i++) {
		const b = boxes[i].box;
		expect(
			b[0] >= 0 && b[1] >= 0 && b[2] <= o.frame.width && b[3] <= o.frame.height,
			`${boxes[i].divipola} in frame`
		).toBe(true);
		for (const q of o.obstacles ?? [])
			expect(overlap(b, [...q]), `${boxes[i].divipola} on an obstacle`).toBe(false);
		for (let j = i + 1; j < boxes.length; j++)
			expect(overlap(b, boxes[j].box), `${boxes[i].divipola} × ${boxes[j].divipola}`).toBe(false);
	}
	for (const l of r.labels.filter((x) => x.leader)) {
		const { x1, y1, x2, y2 } = l.leader as NonNullable<typeof l.leader>;
		const line = lineString([
			[x1, y1],
			[x2, y2]
		]);
		for (const b of boxes)
			if (b.divipola !== l.divipola)
				expect(booleanIntersects(line, boxPolygon(b.box)), `leader of ${l.text} × ${b.divipola}`).toBe(false);
	}
	return counts;
}

const base = { fontSize: 6.4, minFontSize: 5 };
const label = (divipola: string, text: string, anchor: [number, number], priority = 1): LabelInput => ({
	divipola,
	text,
	anchor,
	priority
});

describe('placePrintLabels on constructed geometries', () => {
	// Two squares side by side: A is 100 wide, B only 30; the frame leaves 70 units of empty context east of B.
	const sideBySide: ProjectedArea[] = [square('A', 0, 0, 100, 100), square('B', 100, 0, 130, 100)];

	it('keeps a label that fits at its anchor exactly there, at full size', () => {
		const o = {
			...base,
			areas: sideBySide,
			candidates: [label('A', 'Alfa', [50, 50])],
			required: ['A'],
			frame: { width: 200, height: 100 }
		};
		const r = placePrintLabels(o);
		// «Alfa»: 4 × 0.53 × 6.4 = 13.6 wide, 7.7 high, centred at (50, 50): far from every edge.
		expect(r).toEqual({ labels: [{ divipola: 'A', text: 'Alfa', x: 50, y: 50, size: 6.4 }], key: [] });
		expectPrintRules(o, r);
	});

	it('moves a label off its neighbour: an anchor near the shared border gives a box wholly in its own square', () => {
		// At the anchor (97, 50) «Alfa» would reach x = 103.8, onto B; inside A it must end before x = 100.
		const o = {
			...base,
			areas: sideBySide,
			candidates: [label('A', 'Alfa', [97, 50])],
			required: ['A'],
			frame: { width: 200, height: 100 }
		};
		const r = placePrintLabels(o);
		expect(r.labels).toHaveLength(1);
		expect(r.labels[0].leader).toBeUndefined();
		expect(r.labels[0].x + (4 * 0.53 * r.labels[0].size) / 2).toBeLessThan(100);
		expectPrintRules(o, r);
	});

	it('shrinks a label that fits its polygon only below the full size', () => {
		// «Bravo Brav» (10 characters) is 5.3 × size wide: 33.9 at 6.4 > 30 (B's width), 26.5 at 5.
		const o = {
			...base,
			areas: sideBySide,
			candidates: [label('B', 'Bravo Brav', [115, 50])],
			required: ['B'],
			frame: { width: 130, height: 100 }
		};
		const r = placePrintLabels(o);
		expect(r.key).toEqual([]);
		expect(r.labels).toHaveLength(1);
		expect(r.labels[0].leader).toBeUndefined();
		expect(r.labels[0].size).toBeLessThan(6.4);
		expect(r.labels[0].size).toBeGreaterThanOrEqual(5);
		expect(10 * 0.53 * r.labels[0].size).toBeLessThan(30);
		expectPrintRules(o, r);
	});

	it('gives a required name too long for its polygon a leader to the empty context, not onto its neighbour', () => {
		// «Bravo con nombre largo»: 22 × 0.53 × 5 = 58 units even at the minimum size, B is 30 wide.
		// The only place over no municipality is x > 130; the old placement put it at the anchor, over A and B.
		const o = {
			...base,
			areas: sideBySide,
			candidates: [label('A', 'Alfa', [50, 50]), label('B', 'Bravo con nombre largo', [115, 50])],
			required: ['A', 'B'],
			frame: { width: 200, height: 100 }
		};
		const r = placePrintLabels(o);
		const b = r.labels.find((l) => l.divipola === 'B');
		expect(b?.leader).toBeDefined();
		expect(b && b.x - (22 * 0.53 * b.size) / 2).toBeGreaterThan(130);
		expect(b?.leader && [b.leader.x1, b.leader.y1]).toEqual([115, 50]);
		expect(r.key).toEqual([]);
		expect(expectPrintRules(o, r)).toEqual({ inside: 1, leader: 1, key: 0 });
	});

	it('drops an optional name that does not fit its own polygon (no leader, no key)', () => {
		const o = {
			...base,
			areas: sideBySide,
			candidates: [label('A', 'Alfa', [50, 50]), label('B', 'Bravo con nombre largo', [115, 50])],
			required: [],
			frame: { width: 200, height: 100 }
		};
		const r = placePrintLabels(o);
		expect(r).toEqual({ labels: [{ divipola: 'A', text: 'Alfa', x: 50, y: 50, size: 6.4 }], key: [] });
		expectPrintRules(o, r);
	});

	// A tiny 10 × 10 square in a hole of a 200 × 200 one; the big one's anchor falls in the hole.
	const nested: ProjectedArea[] = [
		square('G', 0, 0, 200, 200, [[95, 95, 105, 105]]),
		square('T', 95, 95, 105, 105)
	];

	it('keeps the big label off the hole and the tiny one keyed when the frame has no empty place', () => {
		// «Pequeño» is 7 × 0.53 × 5 = 18.6 wide > 10, and the frame is all municipality: a number and the key.
		const o = {
			...base,
			areas: nested,
			candidates: [label('G', 'Grande', [100, 100], 10), label('T', 'Pequeño', [100, 100])],
			required: ['G', 'T'],
			frame: { width: 200, height: 200 }
		};
		const r = placePrintLabels(o);
		expect(r.key).toEqual([{ divipola: 'T', text: 'Pequeño', n: 1, x: 100, y: 100, size: 5 }]);
		expect(r.labels.map((l) => l.divipola)).toEqual(['G']);
		expect(expectPrintRules(o, r)).toEqual({ inside: 1, leader: 0, key: 1 });
	});

	it('gives a tiny square a leader when the frame has empty room near the big one', () => {
		// The hole [60, 45]-[70, 55] of a 100 × 100 square, the frame 200 wide: «Pequeño» (23.7 wide at 6.4)
		// goes right of x = 100, its centre about 50 from the tiny square's centre (within a quarter of the
		// frame's diagonal, 56, the farthest a leader may reach).
		const o = {
			...base,
			areas: [square('G', 0, 0, 100, 100, [[60, 45, 70, 55]]), square('T', 60, 45, 70, 55)],
			candidates: [label('G', 'Grande', [30, 50], 10), label('T', 'Pequeño', [65, 50])],
			required: ['G', 'T'],
			frame: { width: 200, height: 100 }
		};
		const r = placePrintLabels(o);
		const t = r.labels.find((l) => l.divipola === 'T');
		expect(t?.leader).toBeDefined();
		expect(t && t.x - (7 * 0.53 * t.size) / 2).toBeGreaterThan(100);
		expect(expectPrintRules(o, r)).toEqual({ inside: 1, leader: 1, key: 0 });
	});

	// A 6 × 6 square on the frame's left edge, a big square from x = 20; the strip x < 20 is empty context.
	const atEdge: ProjectedArea[] = [square('E', 0, 47, 6, 53), square('G', 20, 0, 100, 100)];

	it('puts a short name of a square at the frame edge on a leader in the empty strip', () => {
		// «Ab» at 5: 5.3 × 6 plus the gap does not fit 6 × 6; at 6.4 (6.8 × 7.7) it fits the 20-unit strip.
		const o = {
			...base,
			areas: atEdge,
			candidates: [label('E', 'Ab', [3, 50]), label('G', 'Grande', [60, 50])],
			required: ['E', 'G'],
			frame: { width: 100, height: 100 }
		};
		const r = placePrintLabels(o);
		const e = r.labels.find((l) => l.divipola === 'E');
		expect(e?.leader).toBeDefined();
		expect(e && e.x + (2 * 0.53 * e.size) / 2).toBeLessThan(20);
		expect(expectPrintRules(o, r)).toEqual({ inside: 1, leader: 1, key: 0 });
	});

	it('keys a long name of a square at the frame edge that fits neither the square nor the strip', () => {
		// «Diminuto largo»: 14 × 0.53 × 5 = 37 units, the strip is 20 wide.
		const o = {
			...base,
			areas: atEdge,
			candidates: [label('E', 'Diminuto largo', [3, 50]), label('G', 'Grande', [60, 50])],
			required: ['E', 'G'],
			frame: { width: 100, height: 100 }
		};
		const r = placePrintLabels(o);
		expect(r.key.map((k) => [k.divipola, k.n])).toEqual([['E', 1]]);
		expect(expectPrintRules(o, r)).toEqual({ inside: 1, leader: 0, key: 1 });
	});

	it('numbers the key in alphabetical order of the names', () => {
		const areas = [square('1', 0, 0, 4, 4), square('2', 4, 0, 8, 4), square('3', 0, 4, 8, 8)];
		const o = {
			...base,
			areas,
			candidates: [
				label('1', 'Zulia', [2, 2], 9),
				label('2', 'Ábrego', [6, 2], 1),
				label('3', 'Mutiscua', [4, 6])
			],
			required: ['1', '2', '3'],
			frame: { width: 8, height: 8 }
		};
		const r = placePrintLabels(o);
		expect(r.key.map((k) => [k.text, k.n])).toEqual([
			['Ábrego', 1],
			['Mutiscua', 2],
			['Zulia', 3]
		]);
	});

	it('moves a label off an obstacle and keeps it in the frame', () => {
		const o = {
			...base,
			areas: [square('A', 0, 0, 100, 100)],
			candidates: [label('A', 'Alfa', [50, 50])],
			required: ['A'],
			frame: { width: 100, height: 100 },
			obstacles: [[40, 40, 60, 60]] as [number, number, number, number][]
		};
		const r = placePrintLabels(o);
		expect(r.labels).toHaveLength(1);
		expect(overlap(boxOf('Alfa', r.labels[0].x, r.labels[0].y, r.labels[0].size), [40, 40, 60, 60])).toBe(
			false
		);
		expectPrintRules(o, r);
	});

	it('places nothing for empty input and ignores required codes without a candidate or an area', () => {
		const empty = { ...base, areas: [], candidates: [], required: ['X'], frame: { width: 100, height: 100 } };
		expect(placePrintLabels(empty)).toEqual({ labels: [], key: [] });
		const r = placePrintLabels({
			...base,
			areas: sideBySide,
			candidates: [label('A', 'Alfa', [50, 50]), label('Z', 'Sin área', [10, 10])],
			required: ['B', 'Z'],
			frame: { width: 200, height: 100 }
		});
		expect(r).toEqual({ labels: [{ divipola: 'A', text: 'Alfa', x: 50, y: 50, size: 6.4 }], key: [] });
	});

	it('is deterministic and does not mutate its input', () => {
		const o = {
			...base,
			areas: nested,
			candidates: [label('G', 'Grande', [50, 50], 10), label('T', 'Pequeño', [100, 100])],
			required: ['G', 'T'],
			frame: { width: 260, height: 200 },
			obstacles: [[0, 180, 60, 200]] as [number, number, number, number][]
		};
		const copy = structuredClone(o);
		const first = placePrintLabels(o);
		expect(o).toEqual(copy);
		expect(placePrintLabels(structuredClone(o))).toEqual(first);
	});
});

describe('placePrintLabels on the 40 municipalities', () => {
	const root = resolve(import.meta.dirname, '../../..');
	const territory = parseTerritory(readFileSync(resolve(root, 'geodata/municipios.json'), 'utf8'));
	const geo = territoryFromTopology(
		JSON.parse(readFileSync(resolve(root, 'geodata/norte-de-santander.topo.json'), 'utf8')) as Topology
	);
	const dataset = buildDataset(readSources());
	const localizacion = dataset.metas.map((m) => ({
		meta: m.number,
		required: [
			...new Set(
				m.places.filter((p) => p.evidence === 'localizacion' && p.divipola).map((p) => p.divipola as string)
			)
		]
	}));
	const all = territory.municipalities.map((m) => m.divipola);
	const small = {
		'Los Patios': '54405',
		'Puerto Santander': '54553',
		'San Cayetano': '54673',
		Chinácota: '54172',
		Pamplonita: '54518'
	};

	const frames = [
		{ name: 'A4 vertical', width: 527, height: 520, fontSize: 6.4, minFontSize: 5 },
		{ name: 'A4 horizontal', width: 560, height: 420, fontSize: 6.4, minFontSize: 5 },
		{ name: 'pantalla', width: 560, height: 720, fontSize: 10.5, minFontSize: 8 }
	];
	const setup = (f: (typeof frames)[number]) => {
		const projection = fitProjection(geo, { width: f.width, height: f.height, padding: 8 });
		const s = f.fontSize / 6.4;
		return {
			areas: projectedAreas(geo, projection),
			candidates: municipalLabelCandidates(territory.municipalities).map((c) => ({
				divipola: c.divipola,
				text: c.text,
				anchor: projection(c.lonLat) as [number, number],
				priority: c.priority
			})),
			fontSize: f.fontSize,
			minFontSize: f.minFontSize,
			frame: { width: f.width, height: f.height },
			// Where the composer draws the scale bar (bottom left) and the north arrow (top right).
			obstacles: [
				[6 * s, f.height - 26 * s, 6 * s + f.width * 0.22 + 30 * s, f.height - 6 * s],
				[f.width - 26 * s, 10 * s, f.width - 10 * s, 42 * s]
			] as [number, number, number, number][]
		};
	};

	it('projects the 40 municipalities into the frame', () => {
		const { areas } = setup(frames[0]);
		expect(areas).toHaveLength(40);
		const xs = areas.flatMap((a) => a.rings.flat(2).map((p) => p[0]));
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(8 - 1e-6);
		expect(Math.max(...xs)).toBeLessThanOrEqual(527 - 8 + 1e-6);
	});

	it.each(frames)('$name: all 40 required, every one identifiable and none on a neighbour', (f) => {
		const o = { ...setup(f), required: all };
		const t = performance.now();
		const r = placePrintLabels(o);
		const ms = performance.now() - t;
		const counts = expectPrintRules(o, r);
		expect(counts.inside + counts.leader + counts.key).toBe(40);
		console.log(`${f.name}, 40 required: ${JSON.stringify(counts)}, ${ms.toFixed(0)} ms`);
	});

	it.each(frames)('$name: the LOCALIZACIÓN municipalities of every meta, and the small ones named', (f) => {
		const o0 = setup(f);
		const seen = new Set<string>();
		for (const { meta, required } of localizacion) {
			const o = { ...o0, required };
			const r = placePrintLabels(o);
			expectPrintRules(o, r);
			const identified = new Set([...r.labels.map((l) => l.divipola), ...r.key.map((k) => k.divipola)]);
			for (const [name, code] of Object.entries(small))
				if (required.includes(code)) {
					expect(identified.has(code), `meta ${meta}: ${name}`).toBe(true);
					seen.add(code);
				}
		}
		// The report names all but Puerto Santander in some meta's LOCALIZACIÓN: those were checked.
		expect([...seen].sort()).toEqual(['54172', '54405', '54518', '54673']);
	});

	it.each(frames)('$name: the small municipalities around Cúcuta, all required, each identifiable', (f) => {
		// Cúcuta (54001) and Villa del Rosario (54874) are their big and their crowded neighbours.
		const o = { ...setup(f), required: [...Object.values(small), '54001', '54874'] };
		const r = placePrintLabels(o);
		const counts = expectPrintRules(o, r);
		expect(counts.inside + counts.leader + counts.key).toBe(7);
	});

	it('keeps optional labels only inside their own polygon (nothing required)', () => {
		const o = { ...setup(frames[0]), required: [] };
		const r = placePrintLabels(o);
		expect(r.key).toEqual([]);
		expect(r.labels.every((l) => !l.leader)).toBe(true);
		expect(r.labels.length).toBeGreaterThan(10);
		expectPrintRules(o, r);
	});
});
