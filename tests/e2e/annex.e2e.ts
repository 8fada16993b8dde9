/**
 * `npm run figures -- --out DIR` on the embedded report: every figure as SVG
 * and 300-dpi PNG, one PDF page per figure, an index; bad options fail in
 * Spanish with a non-zero exit and leave an earlier annex untouched.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dsvFormat } from 'd3-dsv';
import { PDFDocument } from 'pdf-lib';
import { test, expect } from '@playwright/test';
import { pngFacts } from './png.ts';

const run = promisify(execFile);
const figures = (out: string, ...args: string[]) =>
	run('npm', ['run', '--silent', 'figures', '--', '--out', out, ...args], { maxBuffer: 1 << 24 });

test.describe.configure({ timeout: 300_000 });

test('the annex command writes every figure as SVG, 300-dpi PNG and one PDF page', async () => {
	const out = join(mkdtempSync(join(tmpdir(), 'anexo-')), 'anexo');
	const { stdout } = await figures(out, '--fecha', '2026-11-24');
	// Progress is reported figure by figure.
	expect(stdout).toMatch(/\[ 1\/23\] meta-01-localizacion/);
	expect(stdout).toMatch(/Listo: 23 figuras/);

	// The staff's spreadsheet dialect: BOM, «;» between cells (see src/lib/explore/csv.ts).
	const indexText = readFileSync(join(out, 'indice.csv'), 'utf8');
	expect(indexText.startsWith('\uFEFFfigura;svg;png;titulo;leyenda_pie\r\n')).toBe(true);
	const index = dsvFormat(';').parse(indexText.slice(1));
	expect(index).toHaveLength(23);
	const files = readdirSync(out);
	expect(files.filter((f) => f.endsWith('.svg'))).toHaveLength(23);
	expect(files.filter((f) => f.endsWith('.png'))).toHaveLength(23);
	expect(index.filter((r) => r.svg?.endsWith('-localizacion.svg'))).toHaveLength(18);

	for (const row of index) {
		const svg = readFileSync(join(out, row.svg as string), 'utf8');
		expect(svg).toContain('24 de noviembre de 2026');
		// Every legend swatch colour must appear in the PNG's pixels.
		const swatches = [...svg.matchAll(/fill="(#[0-9a-f]{6})" stroke="#5f6b76"/g)].map((m) => m[1]);
		expect(swatches.length, row.svg).toBeGreaterThanOrEqual(1);
		const png = pngFacts(readFileSync(join(out, row.png as string)), swatches);
		expect([png.width, png.height, png.dpi], row.png).toEqual([2480, 3508, 300]);
		expect(png.colours, row.png).toBeGreaterThan(20);
		expect(png.missing, row.png).toEqual([]);
	}

	const pdf = await PDFDocument.load(readFileSync(join(out, 'anexo-mapas.pdf')));
	expect(pdf.getPageCount()).toBe(23);
	const { width, height } = pdf.getPage(0).getSize();
	expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
});

test('a bad option fails with a clear Spanish message and leaves the earlier annex untouched', async () => {
	const out = join(mkdtempSync(join(tmpdir(), 'anexo-')), 'anexo');
	await run('mkdir', ['-p', out]);
	writeFileSync(join(out, 'anterior.txt'), 'anexo anterior');
	const failure = await figures(out, '--papel', 'folio').then(
		() => null,
		(e: { code: number; stderr: string }) => e
	);
	expect(failure?.code).toBe(1);
	expect(failure?.stderr).toContain('Error: --papel «folio» no es válido: use a4 o carta');
	expect(readdirSync(out)).toEqual(['anterior.txt']);
});
