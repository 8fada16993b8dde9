/**
 * The annex PDF's HTML: a cover that names the edition it is given (the
 * fictitious fixture edition here, never the real one), contents whose page
 * numbers follow cover + contents pages, the embedded Noto Sans, and page
 * numbers on every page but the cover. What Chromium prints from it is
 * checked in tests/e2e/annex.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FigureSpec } from '../../src/lib/figure/index.ts';
import { parseEdition } from '../../src/lib/report/index.ts';
import { ROOT, readSources } from '../data/sources.ts';
import { buildDataset } from '../../src/lib/dataset/index.ts';
import { pdfHtml, pdfLayout, type PdfInput } from './pdf.ts';

const fixture = parseEdition(
	readFileSync(resolve(ROOT, 'tests/fixtures/ediciones/2026-prueba/edicion.yaml'))
);
const real = buildDataset(readSources()).edition;

const spec = (title: string): FigureSpec => ({ title, caption: `Pie de ${title}.` }) as FigureSpec;
const input = (n: number, over: Partial<PdfInput> = {}): PdfInput => ({
	figures: Array.from({ length: n }, (_, i) => ({
		spec: spec(`Mapa ${i + 1}`),
		svg: `<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 10 10"></svg>`
	})),
	paper: 'a4',
	orientation: 'vertical',
	fonts: { regular: 'UkVHVUxBUg==', bold: 'Qk9MRA==' },
	cover: {
		shortTitle: fixture.shortTitle,
		entity: fixture.entity,
		government: fixture.government,
		period: fixture.period.label,
		source: fixture.source,
		department: 'Departamento de Prueba',
		date: '2026-11-24'
	},
	...over
});

// By hand: an entry line is 9.5 pt × 1.35 = 4.52 mm, plus 1.6 mm between entries; the titles
// below (≤ 81 characters) take one line (86 fit in A4's 174 mm at 0.6 em each). Room under the
// heading: A4 portrait 297 − 24 − 32 = 241 mm → 39 entries; landscape 154 mm → 25; Letter
// portrait 223.4 mm → 36.
describe('pdfLayout', () => {
	it.each([
		{ n: 1, paper: 'a4', orientation: 'vertical', tocPages: 1, first: 3 },
		{ n: 39, paper: 'a4', orientation: 'vertical', tocPages: 1, first: 3 },
		{ n: 40, paper: 'a4', orientation: 'vertical', tocPages: 2, first: 4 },
		{ n: 26, paper: 'a4', orientation: 'horizontal', tocPages: 2, first: 4 },
		{ n: 73, paper: 'carta', orientation: 'vertical', tocPages: 3, first: 5 }
	] as const)('$n figures on $paper $orientation: $tocPages contents page(s)', (row) => {
		const titles = Array.from(
			{ length: row.n },
			(_, i) => `Figura ${i + 1} · Meta ${i + 1}: ${'x'.repeat(60)}`
		);
		const l = pdfLayout(titles, row.paper, row.orientation);
		expect(l.tocPages).toHaveLength(row.tocPages);
		// Every figure is listed once, in order, and follows cover + contents, one per page.
		expect(l.tocPages.flat()).toEqual(titles.map((_, i) => i));
		expect(l.figurePage(0)).toBe(row.first);
		expect(l.figurePage(row.n - 1)).toBe(row.first + row.n - 1);
		expect(l.pageCount).toBe(1 + row.tocPages + row.n);
	});

	it('gives a long title more room: fewer entries fit on a page', () => {
		const short = pdfLayout(Array(40).fill('Figura 1 · corto'), 'a4', 'vertical');
		const long = pdfLayout(Array(40).fill(`Figura 1 · ${'palabra '.repeat(30)}`), 'a4', 'vertical');
		expect(long.tocPages[0].length).toBeLessThan(short.tocPages[0].length);
	});
});

describe('pdfHtml', () => {
	const html = pdfHtml(input(3));

	it('has a cover naming the edition it is given, never another', () => {
		const cover = html.slice(html.indexOf('<section class="cover">'), html.indexOf('<section class="toc">'));
		for (const w of [fixture.shortTitle, fixture.entity, fixture.government, fixture.period.label])
			expect(cover).toContain(w.replace('«', '«'));
		expect(cover).toContain('Departamento de Prueba');
		expect(cover).toContain('Anexo de mapas');
		expect(cover).toContain('3 figuras');
		expect(cover).toContain('24 de noviembre de 2026');
		expect(cover).toContain('no son figuras del informe original');
		expect(html).not.toContain(real.shortTitle);
		expect(html).not.toContain(real.entity);
	});

	it('lists every figure with the page it is printed on', () => {
		expect(
			[...html.matchAll(/<li><span class="t">(.*?)<\/span>.*?<span class="n">(\d+)<\/span>/g)].map((m) => [
				m[1],
				m[2]
			])
		).toEqual([
			['Figura 1 · Mapa 1', '3'],
			['Figura 2 · Mapa 2', '4'],
			['Figura 3 · Mapa 3', '5']
		]);
		expect(html.match(/<section class="figure">/g)).toHaveLength(3);
	});

	it('embeds both weights of the font and sets every text in it; numbers pages but the cover', () => {
		expect(html).toContain(
			"font-family: 'Noto Sans'; font-weight: 400; font-style: normal; src: url(data:font/woff2;base64,UkVHVUxBUg==)"
		);
		expect(html).toContain('font-weight: 700; font-style: normal; src: url(data:font/woff2;base64,Qk9MRA==)');
		expect(html).toMatch(/html, body \{[^}]*font-family: 'Noto Sans'/);
		expect(html).toMatch(/@bottom-center \{ content: "Página " counter\(page\)/);
		expect(html).toContain('@page :first { @bottom-center { content: none; } }');
	});

	it('escapes the edition words it prints', () => {
		const c = input(1).cover;
		const out = pdfHtml(input(1, { cover: { ...c, entity: 'Secretaría <b>& Co</b>' } }));
		expect(out).toContain('Secretaría &lt;b&gt;&amp; Co&lt;/b&gt;');
	});
});
