/**
 * Print checks on the annex's files with real renderers and readers: the
 * command-line tools (poppler's pdftotext / pdffonts / pdftoppm, librsvg's
 * rsvg-convert), legend swatches read from an SVG and sampled in its PNG, and a
 * whole-image difference. Pure helpers but `tool`, tested in print.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { PNG } from 'pngjs';

/** Debian package of each tool; `.ci/ensure-print-tools` installs them. */
export const TOOL_PACKAGES = {
	pdftotext: 'poppler-utils',
	pdffonts: 'poppler-utils',
	pdftoppm: 'poppler-utils',
	'rsvg-convert': 'librsvg2-bin'
} as const;
export type Tool = keyof typeof TOOL_PACKAGES;

/** Runs a tool, or fails with what to install when it is missing. */
export function tool(name: Tool, args: string[]): Buffer {
	if (spawnSync(name, ['--version']).error)
		throw new Error(
			`Falta ${name} (paquete Debian ${TOOL_PACKAGES[name]}): instálelo con .ci/ensure-print-tools ` +
				`o apt-get install ${TOOL_PACKAGES[name]}.`
		);
	return execFileSync(name, args, { maxBuffer: 1 << 28 });
}

export interface Swatch {
	x: number;
	y: number;
	width: number;
	height: number;
	/** #rrggbb */
	fill: string;
	/** A hatch pattern is drawn over it. */
	hatched: boolean;
}

/** The legend's swatches of a composed figure, in SVG units (points on paper). */
export function legendSwatches(svg: string): Swatch[] {
	const rects = [...svg.matchAll(/<rect ([^>]*)\/>/g)].map((m) => {
		const a = Object.fromEntries([...m[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((p) => [p[1], p[2]]));
		return a;
	});
	const out: Swatch[] = [];
	rects.forEach((a, i) => {
		if (a.stroke !== '#5f6b76' || !/^#[0-9a-f]{6}$/i.test(a.fill ?? '')) return;
		const next = rects[i + 1];
		out.push({
			x: +a.x,
			y: +a.y,
			width: +a.width,
			height: +a.height,
			fill: a.fill.toLowerCase(),
			hatched: !!next && next.x === a.x && next.y === a.y && /^url\(#[^)]*hatch\)$/.test(next.fill ?? '')
		});
	});
	return out;
}

/** The SVG's viewBox width: the unit swatches are in. */
export function viewBoxWidth(svg: string): number {
	const m = /viewBox="0 0 ([\d.]+) [\d.]+"/.exec(svg);
	if (!m) throw new Error('El SVG no tiene viewBox');
	return +m[1];
}

export interface Sample {
	/** Mean colour 0-255. */
	mean: [number, number, number];
	/** Variance of the pixels' Rec. 709 luma: a hatch shows as a large one. */
	lumaVariance: number;
	pixels: number;
}

/**
 * Pixels inside a swatch (SVG units × scale = PNG pixels), inset by a quarter
 * of its smaller side so the stroke and anti-aliased edges stay out.
 */
export function sampleSwatch(png: PNG, s: Swatch, scale: number): Sample {
	const inset = Math.min(s.width, s.height) / 4;
	const x0 = Math.ceil((s.x + inset) * scale);
	const x1 = Math.floor((s.x + s.width - inset) * scale);
	const y0 = Math.ceil((s.y + inset) * scale);
	const y1 = Math.floor((s.y + s.height - inset) * scale);
	const sum = [0, 0, 0];
	const lumas: number[] = [];
	for (let y = y0; y < y1; y++)
		for (let x = x0; x < x1; x++) {
			const i = (y * png.width + x) * 4;
			const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
			sum[0] += r;
			sum[1] += g;
			sum[2] += b;
			lumas.push(0.2126 * r + 0.7152 * g + 0.0722 * b);
		}
	const n = lumas.length;
	if (!n) throw new Error(`Muestra vacía en ${JSON.stringify(s)}`);
	const m = lumas.reduce((a, v) => a + v, 0) / n;
	return {
		mean: [sum[0] / n, sum[1] / n, sum[2] / n],
		lumaVariance: lumas.reduce((a, v) => a + (v - m) ** 2, 0) / n,
		pixels: n
	};
}

/** Fraction of pixels whose colour differs by more than `threshold` in any channel (same size required). */
export function diffFraction(a: PNG, b: PNG, threshold = 32): number {
	if (a.width !== b.width || a.height !== b.height)
		throw new Error(`Tamaños distintos: ${a.width}×${a.height} y ${b.width}×${b.height}`);
	let differ = 0;
	for (let i = 0; i < a.data.length; i += 4) {
		if (
			Math.abs(a.data[i] - b.data[i]) > threshold ||
			Math.abs(a.data[i + 1] - b.data[i + 1]) > threshold ||
			Math.abs(a.data[i + 2] - b.data[i + 2]) > threshold
		)
			differ++;
	}
	return differ / (a.width * a.height);
}

/** pdftotext's pages (it ends each with a form feed). */
export const pdfPages = (text: string) => text.split('\f').slice(0, -1);

/** Collapses runs of white space: text that wraps compares equal to the same text on one line. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The contents entries of pdftotext -layout pages: «Figura N · título …… página», a title that
 * wraps continuing on the next lines until one ends in the page number.
 */
export function tocEntries(pages: readonly string[]): { figure: number; title: string; page: number }[] {
	const out: { figure: number; title: string; page: number }[] = [];
	let open: { figure: number; parts: string[] } | null = null;
	for (const line of pages.join('\n').split('\n')) {
		const start = /^\s*Figura (\d+) · (.*)$/.exec(line);
		if (start) open = { figure: +start[1], parts: [] };
		if (!open) continue;
		const text = start ? start[2] : line;
		const end = /^(.*?)\s{2,}(\d+)\s*$/.exec(text);
		if (end) {
			open.parts.push(end[1]);
			out.push({ figure: open.figure, title: squash(open.parts.join(' ')), page: +end[2] });
			open = null;
		} else open.parts.push(text);
	}
	return out;
}
