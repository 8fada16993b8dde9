/**
 * Sampling the rendered colour inside each municipality, on the SVG map and
 * on the MapLibre canvas, and judging a sample against the legend's class.
 * A sample is a small window of pixels away from borders and labels (a
 * label's halo would hide the fill); a municipality is judged by the
 * majority of its windows. Where no window fits at the start view, the SVG
 * is sampled with its label layer hidden (and, for a strip a few pixels
 * wide, over all its inner pixels), MapLibre zoomed in on the municipality.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { feature } from 'topojson-client';
import { bbox, booleanPointInPolygon, point, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Expected } from './views.ts';
import { LABELS_MORE_LAYER } from '../../src/lib/map/maplibre/style.ts';

export type Rgb = [number, number, number];
/** Half the side of a sampled window, in CSS pixels (a 9 × 9 window). */
export const HALF = 4;
/** The «no alcanzado» hatch grey (src/lib/scales NO_REACH_HATCH), written here independently. */
const HATCH: Rgb = [0x8a, 0x94, 0x9c];

const hex = (c: string): Rgb => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as Rgb;
const near = (a: Rgb, b: Rgb, tol: number) => a.every((v, i) => Math.abs(v - b[i]) <= tol);

/** How much hatch grey a pixel holds over white (0 = white, 1 = the grey), or null if it is neither. */
function hatchShare(p: Rgb): number | null {
	const a = (255 - p[0]) / (255 - HATCH[0]);
	const fits = p.every((v, i) => Math.abs(v - (255 - a * (255 - HATCH[i]))) <= 10);
	return fits && a >= -0.05 && a <= 1.15 ? a : null;
}

/** Whether one window shows what the legend says: the class colour, or hatch grey and white. */
export function windowMatches(pixels: readonly Rgb[], e: Expected): boolean {
	if (e.kind === 'no-reach') {
		const shares = pixels.map(hatchShare);
		const grey = shares.filter((a) => a !== null && a >= 0.4).length;
		const white = shares.filter((a) => a !== null && a <= 0.05).length;
		const other = shares.filter((a) => a === null).length;
		return grey >= 3 && white >= 10 && other <= pixels.length * 0.1;
	}
	return e.colors.some((c) => pixels.filter((p) => near(p, hex(c), 8)).length >= pixels.length * 0.6);
}

export interface Verdict {
	sampled: number;
	windows: number;
	wrong: string[];
}

/** Judges every municipality by the majority of its windows. */
export function judge(samples: Record<string, Rgb[][]>, expected: Record<string, Expected>): Verdict {
	const wrong: string[] = [];
	let sampled = 0;
	let windows = 0;
	for (const [code, e] of Object.entries(expected)) {
		const ws = samples[code] ?? [];
		if (ws.length === 0) {
			wrong.push(`${code}: ninguna ventana libre de bordes y etiquetas`);
			continue;
		}
		sampled++;
		windows += ws.length;
		const ok = ws.filter((w) => windowMatches(w, e)).length;
		if (ok * 2 <= ws.length) {
			const centre = ws[0][Math.floor(ws[0].length / 2)];
			wrong.push(
				`${code}: se ve rgb(${centre}) en ${ws.length - ok} de ${ws.length} ventanas; leyenda ${e.kind} ${e.colors}`
			);
		}
	}
	return { sampled, windows, wrong };
}

type Area = Feature<Polygon | MultiPolygon, { divipola: string }>;

export interface GlCandidates {
	/** Points inside the municipality, deepest first (farthest from its border). */
	points: [number, number][];
	bbox: [number, number, number, number];
}

/**
 * Candidate sample points per municipality from the geometry MapLibre draws
 * (geodata/norte-de-santander.topo.json): a grid inside each polygon, kept
 * at least 0,5 km from the border, deepest first.
 */
export function glCandidates(): Record<string, GlCandidates> {
	const topo = JSON.parse(
		readFileSync(resolve(import.meta.dirname, '../../geodata/norte-de-santander.topo.json'), 'utf8')
	) as Topology;
	const fc = feature(topo, topo.objects.municipios as GeometryCollection) as unknown as FeatureCollection<
		Polygon | MultiPolygon,
		{ divipola: string }
	>;
	const out: Record<string, GlCandidates> = {};
	for (const f of fc.features as Area[]) {
		const box = bbox(f) as [number, number, number, number];
		const n = 24;
		const points: { p: [number, number]; depth: number }[] = [];
		for (let i = 0; i < n; i++)
			for (let j = 0; j < n; j++) {
				const p: [number, number] = [
					box[0] + ((i + 0.5) / n) * (box[2] - box[0]),
					box[1] + ((j + 0.5) / n) * (box[3] - box[1])
				];
				if (!booleanPointInPolygon(point(p), f)) continue;
				const depth = -pointToPolygonDistance(point(p), f, { units: 'kilometers' });
				if (depth >= 0.5) points.push({ p, depth });
			}
		points.sort((a, b) => b.depth - a.depth);
		out[f.properties.divipola] = { points: points.slice(0, 60).map((x) => x.p), bbox: box };
	}
	return out;
}

/**
 * Pixels whose square of side 2R + 1 holds a single region id (>= 0), per
 * region: the spots of a region map free of its borders. Pure: `ids` is
 * row-major, -1 for "no region".
 */
export function freePixels(
	ids: Int16Array,
	width: number,
	height: number,
	regions: number,
	R: number
): [number, number][][] {
	const at = (x: number, y: number) => ids[y * width + x];
	// Along rows: pixels at least R inside a run of one id.
	const rowFree = new Uint8Array(width * height);
	for (let y = 0; y < height; y++) {
		let start = 0;
		for (let x = 1; x <= width; x++) {
			if (x < width && at(x, y) === at(start, y)) continue;
			if (at(start, y) >= 0) for (let c = start + R; c < x - R; c++) rowFree[y * width + c] = 1;
			start = x;
		}
	}
	// Along columns, over the row-free pixels of one id.
	const free: [number, number][][] = Array.from({ length: regions }, () => []);
	for (let x = 0; x < width; x++) {
		let start = 0;
		const ok = (y: number) => rowFree[y * width + x] === 1;
		for (let y = 1; y <= height; y++) {
			if (y < height && ok(y) === ok(start) && at(x, y) === at(x, start)) continue;
			if (ok(start)) for (let c = start + R; c < y - R; c++) free[at(x, c)].push([x, c]);
			start = y;
		}
	}
	return free;
}

/**
 * Up to `count` centres per region whose square of side 2R + 1 is all that
 * region: the first nearest the middle of its free pixels, each next one
 * farthest from those picked, none closer than `spacing`.
 */
export function freeCentres(
	ids: Int16Array,
	width: number,
	height: number,
	regions: number,
	R: number,
	count = 3,
	spacing = 3 * HALF
): [number, number][][] {
	const d = (p: [number, number], q: [number, number]) => Math.hypot(p[0] - q[0], p[1] - q[1]);
	return freePixels(ids, width, height, regions, R).map((pts) => {
		if (pts.length === 0) return [];
		const mid: [number, number] = [
			pts.reduce((s, p) => s + p[0], 0) / pts.length,
			pts.reduce((s, p) => s + p[1], 0) / pts.length
		];
		const picked = [pts.reduce((best, p) => (d(p, mid) < d(best, mid) ? p : best))];
		while (picked.length < count) {
			const gap = (p: [number, number]) => Math.min(...picked.map((q) => d(p, q)));
			const far = pts.reduce((best, p) => (gap(p) > gap(best) ? p : best));
			if (gap(far) < spacing) break;
			picked.push(far);
		}
		return picked;
	});
}

/**
 * The SVG map as a region map, drawn by the browser from the SVG's own paths
 * and transform: municipality i painted rgb(40 + 5i, 255 - 5i, 128), every
 * outline stroked black over it, each visible label's box (with its halo)
 * blacked out. Anything else (black, antialiased blends) is no region.
 */
async function svgRegions(
	page: Page
): Promise<{ ids: Int16Array; width: number; height: number; codes: string[] }> {
	const { url, codes } = await page.locator('.mapview svg').evaluate(async (el) => {
		const root = el as SVGSVGElement;
		// The shapes are drawn by reference (<use href="sprite#id">): their paths are in the sprite.
		const spriteOf = (use: Element | null) => (use?.getAttribute('href') ?? '#').split('#');
		const [file] = spriteOf(root.querySelector('use.municipio'));
		const sprite = new DOMParser().parseFromString(await (await fetch(file)).text(), 'image/svg+xml');
		const pathOf = (use: Element | null) => sprite.getElementById(spriteOf(use)[1])?.getAttribute('d') ?? '';
		const box = root.getBoundingClientRect();
		const ctm = root.getScreenCTM() as DOMMatrix;
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(box.width);
		canvas.height = Math.round(box.height);
		const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
		ctx.setTransform(ctm.a, ctm.b, ctm.c, ctm.d, ctm.e - box.left, ctm.f - box.top);
		const anchors = [...root.querySelectorAll('a')];
		const shapes = anchors.map((a) => new Path2D(pathOf(a.querySelector('.municipio'))));
		shapes.forEach((shape, i) => {
			ctx.fillStyle = `rgb(${40 + 5 * i}, ${255 - 5 * i}, 128)`;
			ctx.fill(shape);
		});
		ctx.strokeStyle = '#000';
		ctx.lineWidth = 2 / ctm.a;
		for (const shape of shapes) ctx.stroke(shape);
		ctx.fillStyle = '#000';
		const halo = 2.5 / ctm.a;
		for (const t of root.querySelectorAll('g.labels text')) {
			// Only the label set the map's width shows (SvgMap's container query) and none hidden below.
			if (!t.checkVisibility({ visibilityProperty: true })) continue;
			const b = (t as SVGTextElement).getBBox();
			ctx.fillRect(b.x - halo, b.y - halo, b.width + 2 * halo, b.height + 2 * halo);
		}
		return {
			url: canvas.toDataURL('image/png'),
			codes: anchors.map((a) => a.getAttribute('href')?.split('/').pop() ?? '')
		};
	});
	const png = PNG.sync.read(Buffer.from(url.split(',')[1], 'base64'));
	const ids = new Int16Array(png.width * png.height).fill(-1);
	for (let p = 0; p < ids.length; p++) {
		const [r, g, b] = [png.data[4 * p], png.data[4 * p + 1], png.data[4 * p + 2]];
		const i = (r - 40) / 5;
		if (b === 128 && Number.isInteger(i) && i >= 0 && i < codes.length && g === 255 - 5 * i) ids[p] = i;
	}
	return { ids, width: png.width, height: png.height, codes };
}

async function svgShot(page: Page): Promise<{ png: PNG; scale: number }> {
	// A clip of the page, not an element screenshot: Playwright's wait for a "stable" element
	// never ended for this SVG on a loaded machine, though its box does not move.
	const clip = await page.locator('.mapview svg').evaluate((el) => {
		el.scrollIntoView({ block: 'start' });
		const b = el.getBoundingClientRect();
		return { x: b.left, y: b.top, width: b.width, height: b.height };
	});
	const png = PNG.sync.read(await page.screenshot({ clip, animations: 'disabled' }));
	return { png, scale: png.width / clip.width };
}

export interface SvgSamples {
	windows: Record<string, Rgb[][]>;
	/** Municipalities whose every free spot is under a label: sampled with the labels hidden. */
	underLabels: string[];
	/** Too narrow for a window (a few pixels wide): judged on all their inner pixels instead. */
	narrow: string[];
}

function pixelsAt(png: PNG, at: readonly [number, number][], scale: number): Rgb[] {
	return at.map(([x, y]) => {
		const k = (Math.round((y + 0.5) * scale) * png.width + Math.round((x + 0.5) * scale)) * 4;
		return [png.data[k], png.data[k + 1], png.data[k + 2]];
	});
}

const square = ([cx, cy]: [number, number]): [number, number][] =>
	Array.from({ length: (2 * HALF + 1) ** 2 }, (_, i) => [
		cx + (i % (2 * HALF + 1)) - HALF,
		cy + Math.floor(i / (2 * HALF + 1)) - HALF
	]);

/**
 * Windows inside every municipality of the SVG map, found on a region map
 * the browser draws from the SVG's own paths (clear of borders and of the
 * placed labels), then read from a screenshot of the drawn map. One its
 * label covers is sampled again with the label layer hidden (the fill is
 * below it); one too narrow for a window is judged on all its inner pixels.
 */
export async function sampleSvg(page: Page): Promise<SvgSamples> {
	await page.mouse.move(0, 0);
	const shot = await svgShot(page);
	const map = await svgRegions(page);
	const R = HALF + 1; // the window, plus a pixel beside the 2-px border already blacked out
	const windows: Record<string, Rgb[][]> = {};
	freeCentres(map.ids, map.width, map.height, map.codes.length, R).forEach((cs, i) => {
		windows[map.codes[i]] = cs.map((c) => pixelsAt(shot.png, square(c), shot.scale));
	});
	const underLabels = map.codes.filter((c) => windows[c].length === 0);
	const narrow: string[] = [];
	if (underLabels.length) {
		const labels = page.locator('.mapview svg g.labels');
		await labels.evaluateAll((gs) => gs.forEach((g) => ((g as SVGGElement).style.visibility = 'hidden')));
		const bare = await svgShot(page);
		const open = await svgRegions(page);
		const centres = freeCentres(open.ids, open.width, open.height, open.codes.length, R);
		const inner = freePixels(open.ids, open.width, open.height, open.codes.length, 1);
		for (const code of underLabels) {
			const i = open.codes.indexOf(code);
			windows[code] = centres[i].map((c) => pixelsAt(bare.png, square(c), bare.scale));
			if (windows[code].length === 0 && inner[i].length > 0) {
				narrow.push(code);
				windows[code] = [pixelsAt(bare.png, inner[i], bare.scale)];
			}
		}
		await labels.evaluateAll((gs) => gs.forEach((g) => ((g as SVGGElement).style.visibility = '')));
	}
	return { windows, underLabels, narrow };
}

/**
 * Windows inside every municipality of the MapLibre canvas: candidate points
 * projected with map.project, kept only where no label or border is
 * rendered (queryRenderedFeatures) and the fill under it is that
 * municipality; read from the canvas after `idle` (preserveDrawingBuffer).
 * A municipality too small for a free window at the start view is sampled
 * zoomed in on it.
 */
export async function sampleGl(
	page: Page,
	candidates: Record<string, GlCandidates>
): Promise<{ windows: Record<string, Rgb[][]>; zoomed: string[] }> {
	await page.mouse.move(0, 0);
	return page.locator('.mapview .canvas').evaluate(
		async (el, { candidates, half, labelLayers }) => {
			type GlMap = {
				project(p: [number, number]): { x: number; y: number };
				queryRenderedFeatures(
					g: [number, number] | [[number, number], [number, number]],
					o: { layers: string[] }
				): { id?: string | number }[];
				getCanvas(): HTMLCanvasElement;
				triggerRepaint(): void;
				once(type: string, f: () => void): void;
				fitBounds(b: [number, number, number, number], o: object): void;
				getBounds(): { toArray(): [[number, number], [number, number]] };
			};
			const map = (el as HTMLElement & { maplibreMap: GlMap }).maplibreMap;
			const settle = () =>
				new Promise<void>((done) => {
					map.once('idle', () => done());
					map.triggerRepaint();
				});
			const grab = () => {
				const c = map.getCanvas();
				const copy = document.createElement('canvas');
				copy.width = c.width;
				copy.height = c.height;
				const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
				ctx.drawImage(c, 0, 0);
				return { data: ctx.getImageData(0, 0, c.width, c.height), scale: c.width / c.clientWidth };
			};
			const sampleCode = (code: string, image: ReturnType<typeof grab>) => {
				const c = map.getCanvas();
				const picked: { x: number; y: number }[] = [];
				for (const lonLat of candidates[code].points) {
					if (picked.length === 3) break;
					const p = map.project(lonLat);
					const m = half + 3;
					if (p.x < m || p.y < m || p.x > c.clientWidth - m || p.y > c.clientHeight - m) continue;
					if (picked.some((q) => Math.hypot(p.x - q.x, p.y - q.y) < 3 * half)) continue;
					const around: [[number, number], [number, number]] = [
						[p.x - m, p.y - m],
						[p.x + m, p.y + m]
					];
					// No window under a label or its halo (either label layer: the extra labels show once zoomed in).
					const layers = [...labelLayers, 'municipios-borde', 'departamento-borde'];
					if (map.queryRenderedFeatures(around, { layers }).length > 0) continue;
					if (map.queryRenderedFeatures([p.x, p.y], { layers: ['municipios-fill'] })[0]?.id !== code)
						continue;
					picked.push(p);
				}
				return picked.map((p) => {
					const px: [number, number, number][] = [];
					for (let dy = -half; dy <= half; dy++)
						for (let dx = -half; dx <= half; dx++) {
							const ix = Math.round((p.x + dx) * image.scale);
							const iy = Math.round((p.y + dy) * image.scale);
							const k = (iy * image.data.width + ix) * 4;
							px.push([image.data.data[k], image.data.data[k + 1], image.data.data[k + 2]]);
						}
					return px;
				});
			};
			await settle();
			let image = grab();
			const out: Record<string, [number, number, number][][]> = {};
			for (const code of Object.keys(candidates)) out[code] = sampleCode(code, image);
			const start = map.getBounds().toArray().flat() as [number, number, number, number];
			const zoomed = Object.keys(candidates).filter((c) => out[c].length === 0);
			for (const code of zoomed) {
				map.fitBounds(candidates[code].bbox, { animate: false, padding: 60 });
				await settle();
				image = grab();
				out[code] = sampleCode(code, image);
			}
			map.fitBounds(start, { animate: false });
			return { windows: out, zoomed };
		},
		{ candidates, half: HALF, labelLayers: ['etiquetas', LABELS_MORE_LAYER] }
	);
}
