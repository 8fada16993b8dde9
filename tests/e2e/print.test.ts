/**
 * The print checks' helpers on hand-made input: swatches read from SVG text,
 * samples of synthetic PNGs, the difference fraction, the contents parsed from
 * pdftotext's layout, and a clear message when a tool is missing.
 */
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
	diffFraction,
	legendSwatches,
	pdfPages,
	sampleSwatch,
	tocEntries,
	tool,
	viewBoxWidth
} from './print.ts';

const solid = (w: number, h: number, rgb: [number, number, number]) => {
	const png = new PNG({ width: w, height: h });
	for (let i = 0; i < png.data.length; i += 4) png.data.set([...rgb, 255], i);
	return png;
};

describe('legendSwatches', () => {
	const svg =
		'<svg viewBox="0 0 595.28 841.89"><rect x="0" y="0" width="595.28" height="841.89" fill="#ffffff"/>' +
		'<rect x="34" y="651.29" width="14" height="9" fill="#FFFFCC" stroke="#5f6b76" stroke-width="0.5"/>' +
		'<rect x="34" y="665" width="14" height="9" fill="#ffffff" stroke="#5f6b76" stroke-width="0.5"/>' +
		'<rect x="34" y="665" width="14" height="9" fill="url(#f19-hatch)"/></svg>';
	it('reads each stroked swatch, its colour and whether a hatch covers it', () => {
		expect(legendSwatches(svg)).toEqual([
			{ x: 34, y: 651.29, width: 14, height: 9, fill: '#ffffcc', hatched: false },
			{ x: 34, y: 665, width: 14, height: 9, fill: '#ffffff', hatched: true }
		]);
		expect(viewBoxWidth(svg)).toBe(595.28);
	});
	it('finds none in an SVG without a legend', () => expect(legendSwatches('<svg></svg>')).toEqual([]));
});

describe('sampleSwatch', () => {
	it('averages the inside of a swatch (points × scale = pixels), with no variance when flat', () => {
		const s = sampleSwatch(
			solid(100, 100, [10, 20, 30]),
			{ x: 4, y: 4, width: 8, height: 8, fill: '#0a141e', hatched: false },
			5
		);
		expect(s.mean).toEqual([10, 20, 30]);
		expect(s.lumaVariance).toBeCloseTo(0, 9);
		// Inset by 2 pt on each side: 4 pt × 5 = 20 px square.
		expect(s.pixels).toBe(400);
	});
	it('shows a hatch as variance', () => {
		const png = solid(40, 40, [255, 255, 255]);
		for (let y = 0; y < 40; y++) for (let x = 0; x < 40; x += 4) png.data.set([0, 0, 0], (y * 40 + x) * 4);
		const s = sampleSwatch(png, { x: 0, y: 0, width: 40, height: 40, fill: '#ffffff', hatched: true }, 1);
		expect(s.lumaVariance).toBeGreaterThan(1000);
	});
});

describe('diffFraction', () => {
	it('counts pixels apart by more than the threshold in any channel', () => {
		const a = solid(10, 10, [100, 100, 100]);
		const b = solid(10, 10, [100, 100, 100]);
		b.data.set([100, 133, 100], 0);
		b.data.set([100, 132, 100], 4);
		expect(diffFraction(a, b, 32)).toBe(0.01);
		expect(diffFraction(a, a)).toBe(0);
	});
	it('refuses images of different sizes', () =>
		expect(() => diffFraction(solid(2, 2, [0, 0, 0]), solid(2, 3, [0, 0, 0]))).toThrow(/Tamaños distintos/));
});

describe('tocEntries', () => {
	it('reads entries, a wrapped title included, from pdftotext -layout pages', () => {
		const text =
			'Índice de figuras\n\nFigura 1 · Meta 1: Rondas 2024-2025 ____      3\n' +
			'Figura 2 · Meta 4: Organización de rondas para promover a\ncomercial internacional          4\n' +
			'                Página 2 de 4\n\f';
		expect(tocEntries(pdfPages(text))).toEqual([
			{ figure: 1, title: 'Meta 1: Rondas 2024-2025 ____', page: 3 },
			{ figure: 2, title: 'Meta 4: Organización de rondas para promover a comercial internacional', page: 4 }
		]);
	});
});

describe('tool', () => {
	const path = process.env.PATH;
	afterEach(() => {
		process.env.PATH = path;
	});
	it('names the Debian package when the tool is missing', () => {
		process.env.PATH = '/nonexistent';
		expect(() => tool('rsvg-convert', ['--version'])).toThrow(
			'Falta rsvg-convert (paquete Debian librsvg2-bin): instálelo con .ci/ensure-print-tools'
		);
	});
});
