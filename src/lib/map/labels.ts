/**
 * Print-quality municipal labels: every label is identifiable with its own
 * polygon and never sits on another municipality's fill. Pure and
 * deterministic (same input, same output); all coordinates are projected SVG
 * units (y down).
 *
 * ```ts
 * placePrintLabels({ areas, candidates, required, fontSize, minFontSize, frame, obstacles?, gap? }): PrintLabels
 * projectedAreas(geo: TerritoryGeo, projection: GeoProjection): ProjectedArea[]
 * ```
 *
 * Each `required` municipality (those a meta names in LOCALIZACIÓN; on
 * department maps every coloured one) gets, in this order of preference:
 * 1. a label whose box lies inside its own polygon: at the anchor, then at
 *    the nearest position that fits, then at smaller sizes down to `minFontSize`;
 * 2. else a label with a leader line from a point inside its polygon, placed
 *    where its box overlaps no municipality at all (neighbouring departments,
 *    Venezuela), as close as possible and at most a quarter of the frame's
 *    diagonal away (farther, a number reads better); the labels nearest to
 *    such a place go first;
 * 3. else a number inside its polygon and its name in `key`, which the
 *    composer lists under the legend.
 * Optional candidates (not required) are added afterwards, by priority, only
 * where they fit inside their own polygon.
 *
 * Every box keeps `gap` units from polygon edges, from the other boxes, the
 * frame's border and the `obstacles` (scale bar, north arrow); no leader
 * line crosses a box or another leader. The tests are exact, not sampled: a
 * box is inside a polygon when no edge of the polygon (holes included)
 * touches the box and its centre is inside (even-odd rule); a box meets a
 * polygon when an edge touches it or its centre is inside.
 *
 * Box estimate (Noto Sans): width = characters × 0.53 em (0.58 em bold),
 * height = 1.2 em; `x`, `y` is the box's centre (text-anchor middle; the
 * composer shifts the baseline by +0.35 em).
 */
import type { GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';
import type { TerritoryGeo } from './geometry.ts';

/** A projected planar MultiPolygon (polygons of rings of [x, y]; first ring outer). */
export interface ProjectedArea {
	divipola: string;
	rings: [number, number][][][];
}

export interface LabelInput {
	divipola: string;
	text: string;
	/** A point well inside the polygon (its pole of inaccessibility), projected. */
	anchor: [number, number];
	/** Higher first among the optional labels and among leader labels. */
	priority: number;
	/** Drawn bold (wider box). */
	bold?: boolean;
}

export interface PlacedLabel {
	divipola: string;
	text: string;
	/** Centre of the label's box. */
	x: number;
	y: number;
	size: number;
	/** From a point inside the municipality to the nearest point of the label's box. */
	leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** A number `n` drawn at x, y inside the municipality; `text` goes in the key. */
export interface KeyedLabel {
	divipola: string;
	text: string;
	n: number;
	x: number;
	y: number;
	size: number;
}

export interface PrintLabels {
	labels: PlacedLabel[];
	key: KeyedLabel[];
}

export interface PrintLabelOptions {
	areas: readonly ProjectedArea[];
	candidates: readonly LabelInput[];
	/** DIVIPOLA codes that must be identifiable; codes without a candidate or an area are ignored. */
	required: readonly string[];
	fontSize: number;
	minFontSize: number;
	frame: { width: number; height: number };
	/** Boxes to keep clear, [x0, y0, x1, y1]. */
	obstacles?: readonly (readonly [number, number, number, number])[];
	/** Clearance around every box (default 0.08 em of `fontSize`). */
	gap?: number;
}

/** [x0, y0, x1, y1] */
export type Box = [number, number, number, number];

const EM_REGULAR = 0.53;
const EM_BOLD = 0.58;
const LINE = 1.2;

/** The estimated box of `text` centred at x, y. */
export function labelBox(text: string, x: number, y: number, size: number, bold = false): Box {
	const w = [...text].length * size * (bold ? EM_BOLD : EM_REGULAR);
	const h = size * LINE;
	return [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
}

/** A polygon's rings as flat coordinate arrays, with the area's bounding box. */
export interface PreparedArea {
	divipola: string;
	rings: Float64Array[];
	bbox: Box;
}

export function prepareArea(a: ProjectedArea): PreparedArea {
	const rings: Float64Array[] = [];
	const bbox: Box = [Infinity, Infinity, -Infinity, -Infinity];
	for (const polygon of a.rings)
		for (const ring of polygon) {
			const flat = new Float64Array(ring.length * 2);
			ring.forEach(([x, y], i) => {
				flat[2 * i] = x;
				flat[2 * i + 1] = y;
				bbox[0] = Math.min(bbox[0], x);
				bbox[1] = Math.min(bbox[1], y);
				bbox[2] = Math.max(bbox[2], x);
				bbox[3] = Math.max(bbox[3], y);
			});
			rings.push(flat);
		}
	return { divipola: a.divipola, rings, bbox };
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
const grow = (b: Box, d: number): Box => [b[0] - d, b[1] - d, b[2] + d, b[3] + d];

/** Even-odd point in area (rings of every polygon together; parts do not overlap). */
export function pointInArea(x: number, y: number, a: PreparedArea): boolean {
	if (x < a.bbox[0] || x > a.bbox[2] || y < a.bbox[1] || y > a.bbox[3]) return false;
	let inside = false;
	for (const r of a.rings) {
		const n = r.length / 2;
		for (let i = 0, j = n - 1; i < n; j = i++) {
			const xi = r[2 * i],
				yi = r[2 * i + 1],
				xj = r[2 * j],
				yj = r[2 * j + 1];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}

/** Whether segment (ax, ay)-(bx, by) touches the closed box (Liang–Barsky clipping). */
export function segmentMeetsBox(ax: number, ay: number, bx: number, by: number, b: Box): boolean {
	if (
		Math.max(ax, bx) < b[0] ||
		Math.min(ax, bx) > b[2] ||
		Math.max(ay, by) < b[1] ||
		Math.min(ay, by) > b[3]
	)
		return false;
	const dx = bx - ax;
	const dy = by - ay;
	let t0 = 0;
	let t1 = 1;
	// Each side in turn: p is the direction towards its outside, q the room left before it.
	for (let side = 0; side < 4; side++) {
		const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
		const q = side === 0 ? ax - b[0] : side === 1 ? b[2] - ax : side === 2 ? ay - b[1] : b[3] - ay;
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) {
			if (t > t1) return false;
			if (t > t0) t0 = t;
		} else {
			if (t < t0) return false;
			if (t < t1) t1 = t;
		}
	}
	return true;
}

function edgeMeetsBox(a: PreparedArea, b: Box): boolean {
	for (const r of a.rings) {
		const n = r.length / 2;
		for (let i = 0, j = n - 1; i < n; j = i++)
			if (segmentMeetsBox(r[2 * j], r[2 * j + 1], r[2 * i], r[2 * i + 1], b)) return true;
	}
	return false;
}

/** The box lies in the area's interior: no edge touches it and its centre is inside. */
export function boxInsideArea(b: Box, a: PreparedArea): boolean {
	if (b[0] < a.bbox[0] || b[1] < a.bbox[1] || b[2] > a.bbox[2] || b[3] > a.bbox[3]) return false;
	return !edgeMeetsBox(a, b) && pointInArea((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, a);
}

/** The box meets the area: an edge touches it or the box lies inside. */
export function boxMeetsArea(b: Box, a: PreparedArea): boolean {
	if (!overlaps(b, grow(a.bbox, 1e-9))) return false;
	return edgeMeetsBox(a, b) || pointInArea((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, a);
}

/**
 * Every edge of every area in a uniform grid of cells, so that a box is
 * tested only against the edges near it, and each area's edges by grid row,
 * so that a point is tested only against the edges its ray can cross. Same
 * answers as the plain functions above, many times faster.
 */
class EdgeGrid {
	private readonly segs: Float64Array;
	private readonly owner: Int32Array;
	private readonly cells: number[][];
	/** rows[area][row]: that area's edges whose y range meets the row. */
	private readonly rows: number[][][];
	private readonly x0: number;
	private readonly y0: number;
	private readonly cell: number;
	private readonly nx: number;
	private readonly ny: number;

	constructor(private readonly areas: readonly PreparedArea[]) {
		const all: Box = [Infinity, Infinity, -Infinity, -Infinity];
		let count = 0;
		for (const a of areas) {
			all[0] = Math.min(all[0], a.bbox[0]);
			all[1] = Math.min(all[1], a.bbox[1]);
			all[2] = Math.max(all[2], a.bbox[2]);
			all[3] = Math.max(all[3], a.bbox[3]);
			for (const r of a.rings) count += r.length / 2;
		}
		if (!count) all.splice(0, 4, 0, 0, 1, 1);
		this.x0 = all[0];
		this.y0 = all[1];
		this.cell = Math.max(all[2] - all[0], all[3] - all[1], 1e-6) / 96;
		this.nx = Math.floor((all[2] - all[0]) / this.cell) + 1;
		this.ny = Math.floor((all[3] - all[1]) / this.cell) + 1;
		this.cells = Array.from({ length: this.nx * this.ny }, () => []);
		this.rows = areas.map(() => Array.from({ length: this.ny }, () => []));
		this.segs = new Float64Array(count * 4);
		this.owner = new Int32Array(count);
		let k = 0;
		areas.forEach((a, ai) => {
			for (const r of a.rings) {
				const n = r.length / 2;
				for (let i = 0, j = n - 1; i < n; j = i++) {
					const ax = r[2 * j];
					const ay = r[2 * j + 1];
					const bx = r[2 * i];
					const by = r[2 * i + 1];
					this.segs[4 * k] = ax;
					this.segs[4 * k + 1] = ay;
					this.segs[4 * k + 2] = bx;
					this.segs[4 * k + 3] = by;
					this.owner[k] = ai;
					const c0 = this.col(Math.min(ax, bx));
					const c1 = this.col(Math.max(ax, bx));
					const r0 = this.row(Math.min(ay, by));
					const r1 = this.row(Math.max(ay, by));
					for (let cy = r0; cy <= r1; cy++) {
						this.rows[ai][cy].push(k);
						for (let cx = c0; cx <= c1; cx++) this.cells[cy * this.nx + cx].push(k);
					}
					k++;
				}
			}
		});
	}

	private col(x: number): number {
		return Math.max(0, Math.min(this.nx - 1, Math.floor((x - this.x0) / this.cell)));
	}

	private row(y: number): number {
		return Math.max(0, Math.min(this.ny - 1, Math.floor((y - this.y0) / this.cell)));
	}

	/** Whether an edge (of area index `only`, or of any area) touches the box. */
	edgeMeets(b: Box, only = -1): boolean {
		const c0 = this.col(b[0]);
		const c1 = this.col(b[2]);
		const r0 = this.row(b[1]);
		const r1 = this.row(b[3]);
		const s = this.segs;
		for (let cy = r0; cy <= r1; cy++)
			for (let cx = c0; cx <= c1; cx++)
				for (const k of this.cells[cy * this.nx + cx]) {
					if (only >= 0 && this.owner[k] !== only) continue;
					if (segmentMeetsBox(s[4 * k], s[4 * k + 1], s[4 * k + 2], s[4 * k + 3], b)) return true;
				}
		return false;
	}

	/** Even-odd point in area `ai`, as pointInArea. */
	contains(x: number, y: number, ai: number): boolean {
		const bb = this.areas[ai].bbox;
		if (x < bb[0] || x > bb[2] || y < bb[1] || y > bb[3]) return false;
		const s = this.segs;
		let inside = false;
		for (const k of this.rows[ai][this.row(y)]) {
			const yj = s[4 * k + 1];
			const yi = s[4 * k + 3];
			if (yi > y !== yj > y && x < ((s[4 * k] - s[4 * k + 2]) * (y - yi)) / (yj - yi) + s[4 * k + 2])
				inside = !inside;
		}
		return inside;
	}

	/** The box lies inside area `ai`: no edge of it touches the box and the box's centre is inside. */
	inside(b: Box, ai: number): boolean {
		const a = this.areas[ai];
		if (b[0] < a.bbox[0] || b[1] < a.bbox[1] || b[2] > a.bbox[2] || b[3] > a.bbox[3]) return false;
		return !this.edgeMeets(b, ai) && this.contains((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, ai);
	}

	/**
	 * A raster of `frame` in square cells of `cell` units, with a summed-area
	 * table: clear(box) is true when every cell the box covers is clear of
	 * every area by `gap` (conservative: a box near an edge may be refused).
	 */
	clearance(frame: { width: number; height: number }, cell: number, gap: number) {
		const nx = Math.ceil(frame.width / cell);
		const ny = Math.ceil(frame.height / cell);
		const blocked = new Uint8Array(nx * ny);
		const cx = (x: number) => Math.max(0, Math.min(nx - 1, Math.floor(x / cell)));
		const cy = (y: number) => Math.max(0, Math.min(ny - 1, Math.floor(y / cell)));
		const s = this.segs;
		// Cells an edge (grown by gap) may touch.
		for (let k = 0; k < this.owner.length; k++) {
			const x0 = Math.min(s[4 * k], s[4 * k + 2]) - gap;
			const x1 = Math.max(s[4 * k], s[4 * k + 2]) + gap;
			const y0 = Math.min(s[4 * k + 1], s[4 * k + 3]) - gap;
			const y1 = Math.max(s[4 * k + 1], s[4 * k + 3]) + gap;
			if (x1 < 0 || y1 < 0 || x0 > frame.width || y0 > frame.height) continue;
			const [i0, i1, j0, j1] = [cx(x0), cx(x1), cy(y0), cy(y1)];
			for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) blocked[j * nx + i] = 1;
		}
		// Cells inside the union of the areas: scanlines at the cells' centres (shared borders cancel out).
		for (let j = 0; j < ny; j++) {
			const y = (j + 0.5) * cell;
			const xs: number[] = [];
			for (const byRow of this.rows)
				for (const k of byRow[this.row(y)]) {
					const ya = s[4 * k + 1];
					const yb = s[4 * k + 3];
					if (ya > y !== yb > y) xs.push(s[4 * k] + ((y - ya) * (s[4 * k + 2] - s[4 * k])) / (yb - ya));
				}
			xs.sort((p, q) => p - q);
			for (let m = 0; m + 1 < xs.length; m += 2)
				for (let i = Math.max(0, Math.ceil(xs[m] / cell - 0.5)); i < nx && (i + 0.5) * cell <= xs[m + 1]; i++)
					blocked[j * nx + i] = 1;
		}
		const sat = new Int32Array((nx + 1) * (ny + 1));
		for (let j = 0; j < ny; j++)
			for (let i = 0; i < nx; i++)
				sat[(j + 1) * (nx + 1) + i + 1] =
					blocked[j * nx + i] +
					sat[j * (nx + 1) + i + 1] +
					sat[(j + 1) * (nx + 1) + i] -
					sat[j * (nx + 1) + i];
		return (b: Box) => {
			if (b[0] < 0 || b[1] < 0 || b[2] > frame.width || b[3] > frame.height) return false;
			const [i0, j0, i1, j1] = [cx(b[0]), cy(b[1]), cx(b[2]) + 1, cy(b[3]) + 1];
			const w = nx + 1;
			return sat[j1 * w + i1] - sat[j0 * w + i1] - sat[j1 * w + i0] + sat[j0 * w + i0] === 0;
		};
	}
}

function segmentsCross(s: readonly number[], t: readonly number[]): boolean {
	const o = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
		Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
	const [a, b, c, d, e, f, g, h] = [...s, ...t];
	return o(a, b, c, d, e, f) !== o(a, b, c, d, g, h) && o(e, f, g, h, a, b) !== o(e, f, g, h, c, d);
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Font sizes from `max` down to `min`, in steps of 1/16 of `max`. */
function sizes(max: number, min: number): number[] {
	const out: number[] = [];
	for (let s = max; s > min + 1e-9; s -= max / 16) out.push(round(s));
	out.push(round(Math.min(min, max)));
	return out;
}

/**
 * Centres for a box of w × h inside `bbox`: (x, y) itself, then a grid of
 * `step` in square rings around it (nearest rings first), lazily.
 */
function* positionsNear(x: number, y: number, w: number, h: number, bbox: Box, step: number) {
	const x0 = bbox[0] + w / 2;
	const x1 = bbox[2] - w / 2;
	const y0 = bbox[1] + h / 2;
	const y1 = bbox[3] - h / 2;
	if (x0 > x1 || y0 > y1) return;
	yield [x, y] as const;
	const cx = Math.min(x1, Math.max(x0, x));
	const cy = Math.min(y1, Math.max(y0, y));
	const reach = Math.ceil(Math.max(cx - x0, x1 - cx, cy - y0, y1 - cy) / step);
	for (let k = 0; k <= reach; k++)
		for (let j = -k; j <= k; j++) {
			const py = cy + j * step;
			if (py < y0 || py > y1) continue;
			const edge = j === -k || j === k;
			for (let i = -k; i <= k; i += edge ? 1 : 2 * k) {
				const px = cx + i * step;
				if (px >= x0 && px <= x1) yield [px, py] as const;
			}
		}
}

/**
 * Places print labels; see the module comment for the rules. Labels come out
 * sorted by DIVIPOLA, the key numbered in alphabetical order of the names.
 */
export function placePrintLabels(o: PrintLabelOptions): PrintLabels {
	const gap = o.gap ?? o.fontSize * 0.08;
	const areas = o.areas.map(prepareArea);
	const grid = new EdgeGrid(areas);
	const clear = grid.clearance(o.frame, Math.max(o.frame.width, o.frame.height) / 400, gap);
	const areaOf = new Map(areas.map((a) => [a.divipola, a]));
	const indexOf = new Map(areas.map((a, i) => [a.divipola, i]));
	const frame: Box = [gap, gap, o.frame.width - gap, o.frame.height - gap];
	const obstacles = (o.obstacles ?? []).map((b) => [...b] as Box);
	const boxes: Box[] = [...obstacles];
	const leaders: number[][] = [];
	const labels: PlacedLabel[] = [];
	const required = new Set(o.required);
	const byPriority = [...o.candidates]
		.filter((c) => areaOf.has(c.divipola))
		.sort(
			(a, b) => b.priority - a.priority || (a.divipola < b.divipola ? -1 : a.divipola > b.divipola ? 1 : 0)
		);
	const seen = new Set<string>();
	const unique = byPriority.filter((c) => !seen.has(c.divipola) && seen.add(c.divipola));
	const req = unique.filter((c) => required.has(c.divipola));
	const opt = unique.filter((c) => !required.has(c.divipola));

	const inFrame = (b: Box) => b[0] >= frame[0] && b[1] >= frame[1] && b[2] <= frame[2] && b[3] <= frame[3];
	const free = (b: Box) => {
		const g = grow(b, gap);
		return (
			inFrame(b) &&
			!boxes.some((q) => overlaps(g, q)) &&
			!leaders.some((l) => segmentMeetsBox(l[0], l[1], l[2], l[3], g))
		);
	};
	/** A box inside its own polygon, clear of everything placed: [x, y, size] or null. */
	const inside = (
		text: string,
		bold: boolean,
		x: number,
		y: number,
		area: PreparedArea,
		max: number,
		min: number
	) => {
		for (const size of sizes(max, min)) {
			const [bx0, by0, bx1, by1] = labelBox(text, 0, 0, size, bold);
			const w = bx1 - bx0 + 2 * gap;
			const h = by1 - by0 + 2 * gap;
			const ai = indexOf.get(area.divipola) as number;
			for (const [px, py] of positionsNear(x, y, w, h, area.bbox, Math.max(0.5, size * 0.25))) {
				const g: Box = [px - w / 2, py - h / 2, px + w / 2, py + h / 2];
				if (grid.inside(g, ai) && free(grow(g, -gap))) return [px, py, size] as const;
			}
		}
		return null;
	};
	/** A point inside the area for the leader or the number: the anchor when it is inside. */
	const start = (c: LabelInput, area: PreparedArea): [number, number] => {
		if (pointInArea(c.anchor[0], c.anchor[1], area)) return c.anchor;
		const step = Math.max(0.25, Math.min(area.bbox[2] - area.bbox[0], area.bbox[3] - area.bbox[1]) / 20);
		for (const [x, y] of positionsNear(c.anchor[0], c.anchor[1], 0, 0, area.bbox, step))
			if (pointInArea(x, y, area)) return [x, y];
		return [(area.bbox[0] + area.bbox[2]) / 2, (area.bbox[1] + area.bbox[3]) / 2];
	};
	const put = (c: LabelInput, x: number, y: number, size: number, leader?: PlacedLabel['leader']) => {
		boxes.push(labelBox(c.text, x, y, size, c.bold));
		if (leader) leaders.push([leader.x1, leader.y1, leader.x2, leader.y2]);
		labels.push({
			divipola: c.divipola,
			text: c.text,
			x: round(x),
			y: round(y),
			size,
			...(leader && { leader })
		});
	};

	// 1. Required labels inside their own polygon.
	const pending: LabelInput[] = [];
	for (const c of req) {
		const area = areaOf.get(c.divipola) as PreparedArea;
		const p = inside(c.text, !!c.bold, c.anchor[0], c.anchor[1], area, o.fontSize, o.minFontSize);
		if (p) put(c, ...p);
		else pending.push(c);
	}

	// 2. Leader lines to a place over no municipality: the labels nearest to such a place first.
	const keyed: LabelInput[] = [];
	const reach = Math.hypot(o.frame.width, o.frame.height) / 4;
	const starts = new Map(pending.map((c) => [c.divipola, start(c, areaOf.get(c.divipola) as PreparedArea)]));
	const distance = new Map(
		pending.map((c) => {
			const [sx, sy] = starts.get(c.divipola) as [number, number];
			return [c.divipola, leaderPlace(c, sx, sy, 0, true)?.[4] ?? Infinity];
		})
	);
	pending.sort((a, b) => (distance.get(a.divipola) as number) - (distance.get(b.divipola) as number));
	for (const c of pending) {
		const [sx, sy] = starts.get(c.divipola) as [number, number];
		const found = leaderPlace(c, sx, sy, distance.get(c.divipola) as number, false);
		if (found) put(c, found[0], found[1], found[2], found[3]);
		else keyed.push(c);
	}
	/**
	 * The nearest place clear of every area and of everything placed; with
	 * `areasOnly`, the nearest clear of every area at full size only. Its
	 * distance, `clearFrom`, lets the full-size search skip what is nearer.
	 */
	function leaderPlace(c: LabelInput, sx: number, sy: number, clearFrom: number, areasOnly: boolean) {
		for (const size of areasOnly ? [o.fontSize] : [o.fontSize, o.minFontSize]) {
			const [bx0, by0, bx1, by1] = labelBox(c.text, 0, 0, size, c.bold);
			const hw = (bx1 - bx0) / 2;
			const hh = (by1 - by0) / 2;
			const step = size * 0.6;
			const from = size === o.fontSize && !areasOnly ? clearFrom : step;
			for (let r = from; r <= reach; r += step) {
				const n = Math.max(16, Math.ceil((2 * Math.PI * r) / step));
				for (let k = 0; k < n; k++) {
					const t = (2 * Math.PI * k) / n;
					const x = sx + r * Math.cos(t);
					const y = sy + r * Math.sin(t);
					const b: Box = [x - hw, y - hh, x + hw, y + hh];
					if (!clear(b)) continue;
					if (areasOnly) return [x, y, size, undefined, r] as const;
					if (!free(b)) continue;
					const ex = Math.min(b[2], Math.max(b[0], sx));
					const ey = Math.min(b[3], Math.max(b[1], sy));
					const line = [sx, sy, ex, ey];
					if (boxes.some((q) => segmentMeetsBox(sx, sy, ex, ey, grow(q, gap / 2)))) continue;
					if (leaders.some((l) => segmentsCross(l, line))) continue;
					const leader = { x1: round(sx), y1: round(sy), x2: round(ex), y2: round(ey) };
					return [x, y, size, leader, r] as const;
				}
			}
		}
		return null;
	}

	// 3. Numbers inside the polygon, names in the key (alphabetical).
	const collator = new Intl.Collator('es');
	keyed.sort((a, b) => collator.compare(a.text, b.text) || (a.divipola < b.divipola ? -1 : 1));
	const key: KeyedLabel[] = keyed.map((c, i) => {
		const area = areaOf.get(c.divipola) as PreparedArea;
		const [sx, sy] = start(c, area);
		const text = String(i + 1);
		const p = inside(text, true, sx, sy, area, o.minFontSize, o.minFontSize * 0.8) ?? [sx, sy, o.minFontSize];
		boxes.push(labelBox(text, p[0], p[1], p[2], true));
		return { divipola: c.divipola, text: c.text, n: i + 1, x: round(p[0]), y: round(p[1]), size: p[2] };
	});

	// 4. Optional labels, only inside their own polygon.
	for (const c of opt) {
		const area = areaOf.get(c.divipola) as PreparedArea;
		const p = inside(c.text, !!c.bold, c.anchor[0], c.anchor[1], area, o.fontSize, o.minFontSize);
		if (p) put(c, ...p);
	}

	labels.sort((a, b) => (a.divipola < b.divipola ? -1 : a.divipola > b.divipola ? 1 : 0));
	return { labels, key };
}

type Area = TerritoryGeo['municipios']['features'][number]['geometry'];

/** A (Multi)Polygon's vertices projected (no clipping, no resampling). */
function projectRings(g: Area, projection: GeoProjection): ProjectedArea['rings'] {
	const pt = (p: Position) => (projection([p[0], p[1]]) ?? [NaN, NaN]) as [number, number];
	const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	return polygons.map((poly) => poly.map((ring) => ring.map(pt)));
}

/** The municipalities' projected polygons (vertices projected; no clipping, no resampling). */
export function projectedAreas(geo: TerritoryGeo, projection: GeoProjection): ProjectedArea[] {
	return geo.municipios.features.map((f) => ({
		divipola: f.properties.divipola,
		rings: projectRings(f.geometry, projection)
	}));
}

/** The groups' (subregions') projected polygons, each named by its group's name in `divipola`. */
export function projectedGroupAreas(geo: TerritoryGeo, projection: GeoProjection): ProjectedArea[] {
	return geo.grupos.features.map((f) => ({
		divipola: f.properties.name,
		rings: projectRings(f.geometry, projection)
	}));
}
