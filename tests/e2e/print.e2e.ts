/**
 * Printing a page (the browser's «Imprimir», to paper or PDF): the map, its
 * legend, the tables and the sources on A4 pages, with nothing to click. Read
 * back as the reader gets it: the page in print media, then Chromium's A4 PDF
 * turned into text (pdftotext) and its first pages into PNG (pdftoppm).
 * Set PRINT_PNG_DIR to keep those PNGs somewhere to look at them.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { PNG } from 'pngjs';
import { GL_START_LABEL } from '../../src/lib/map/renderer.ts';
import { expect, settleMap, test, visit } from './fixtures.ts';
import { pdfPages, squash, tool } from './print.ts';

interface Printed {
	name: string;
	path: string;
	/** The rows of the page's table (or list of municipalities): the first and the last must print. */
	rows: (page: Page) => Locator;
	/** Whether the page has a map with its legend. */
	map: boolean;
}

const PRINTED: Printed[] = [
	{
		name: 'inicio',
		path: '/',
		rows: (p) => p.getByRole('table', { name: /^Tabla del mapa/ }).locator('tbody th[scope="row"]'),
		map: true
	},
	{
		// A selected municipality adds its box with «Cerrar».
		name: 'inicio-seleccion',
		path: '/?municipio=54001',
		rows: (p) => p.getByRole('table', { name: /^Tabla del mapa/ }).locator('tbody th[scope="row"]'),
		map: true
	},
	{
		name: 'municipio',
		path: '/municipio/54001/',
		rows: (p) => p.getByRole('table', { name: /^Inversión estimada frente/ }).locator('tbody th'),
		map: true
	},
	{
		name: 'meta',
		path: '/meta/18/',
		rows: (p) =>
			p
				.getByRole('heading', { name: 'Nombrados en LOCALIZACIÓN' })
				.locator('xpath=following-sibling::p[1]')
				.getByRole('link'),
		map: true
	},
	{
		name: 'subregiones',
		path: '/subregiones/',
		rows: (p) => p.getByRole('table', { name: /por subregión$/ }).locator('tbody th'),
		map: true
	},
	{
		name: 'metas',
		path: '/metas/',
		rows: (p) =>
			p.getByRole('table', { name: 'Metas del informe: cifras reportadas' }).locator('tbody td:nth-child(2)'),
		map: false
	}
];

/** Labels of what one clicks or types in: none of them may print. */
const CONTROL_LABELS = [
	'Saltar al contenido',
	'Copiar enlace',
	'Descargar',
	'Opciones del mapa',
	GL_START_LABEL,
	'Cerrar',
	'Buscar un municipio',
	'Seleccionar un municipio',
	'Ver la edición',
	'Para la Secretaría'
];

/** The map's place names outside the department, near its four edges (SvgMap's context layer). */
const EDGE_LABELS = ['CESAR', 'VENEZUELA', 'SANTANDER', 'BOYACÁ', 'ARAUCA'];

/** Elements that are controls, not content: none may be visible in print. */
function controls(page: Page): [string, Locator][] {
	return [
		['el enlace para saltar al contenido', page.getByRole('link', { name: 'Saltar al contenido' })],
		['la navegación del sitio', page.getByRole('navigation')],
		['el buscador', page.getByRole('search')],
		['un campo o una lista de selección', page.locator('input, select, textarea')],
		['un formulario', page.locator('form')],
		// Sort buttons print as their column's header text: every other button is a control.
		['un botón', page.locator('button:not(th > button)')],
		['un enlace de descarga', page.locator('a[download]')],
		['un panel de exportación u opciones', page.locator('details').filter({ has: page.locator('form') })],
		['«Opciones del mapa»', page.getByText('Opciones del mapa')],
		['el lienzo de MapLibre', page.locator('canvas')]
	];
}

interface Word {
	text: string;
	xMin: number;
	xMax: number;
	yMin: number;
	yMax: number;
}

/** The words of `pdftotext -bbox` output, page by page, with the page's size in points. */
function bboxPages(html: string): { width: number; height: number; words: Word[] }[] {
	return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
		width: +p[1],
		height: +p[2],
		words: [
			...p[3].matchAll(
				/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
			)
		].map((w) => ({ xMin: +w[1], yMin: +w[2], xMax: +w[3], yMax: +w[4], text: w[5] }))
	}));
}

/** Pixels within `tolerance` of a #rrggbb colour in each channel. */
function countColour(png: PNG, hex: string, tolerance = 8): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	let n = 0;
	for (let i = 0; i < png.data.length; i += 4)
		if (
			Math.abs(png.data[i] - r) <= tolerance &&
			Math.abs(png.data[i + 1] - g) <= tolerance &&
			Math.abs(png.data[i + 2] - b) <= tolerance
		)
			n++;
	return n;
}

/** Renders PDF pages `first`–`last` to PNG at `dpi`; returns the files, in page order. */
function toPng(pdf: string, prefix: string, dpi: number, first: number, last: number): string[] {
	tool('pdftoppm', ['-png', '-r', String(dpi), '-f', String(first), '-l', String(last), pdf, prefix]);
	// pdftoppm pads the page number to the width of the page count: name-1.png or name-01.png.
	const dir = dirname(prefix);
	const re = new RegExp(`^${basename(prefix)}-0*(\\d+)\\.png$`);
	return readdirSync(dir)
		.map((f) => [re.exec(f), f] as const)
		.filter(([m]) => m && +m[1] >= first && +m[1] <= last)
		.sort(([a], [b]) => +(a as RegExpExecArray)[1] - +(b as RegExpExecArray)[1])
		.map(([, f]) => join(dir, f));
}

/** Keeps a copy of the PNGs where PRINT_PNG_DIR says, to look at them. */
function keep(files: string[], name: string): void {
	const dir = process.env.PRINT_PNG_DIR;
	if (!dir) return;
	mkdirSync(dir, { recursive: true });
	files.forEach((f, i) => copyFileSync(f, join(dir, `${name}-${i + 1}.png`)));
}

async function printToPdf(page: Page, info: TestInfo, name: string): Promise<string> {
	const pdf = info.outputPath(`${name}.pdf`);
	await page.pdf({ path: pdf, format: 'A4' });
	return pdf;
}

// A laptop's window: with WebGL, the home page starts MapLibre by itself.
test.use({ viewport: { width: 1366, height: 768 } });

for (const p of PRINTED) {
	test(`printing ${p.name} (${p.path}): map, legend and table on A4, no controls`, async ({
		page,
		problems
	}, info) => {
		// MapLibre on SwiftShader can take most of a minute on a shared machine.
		test.setTimeout(180_000);
		await visit(page, p.path);
		await settleMap(page);
		if (p.path.startsWith('/?') || p.path === '/')
			// The case that matters: MapLibre draws the screen's map, the SVG map must print.
			await expect(page.locator('.mapview')).toHaveAttribute('data-renderer', 'webgl');

		const title = squash(await page.locator('h1').innerText());
		const rows = p.rows(page);
		expect(await rows.count(), 'la tabla tiene filas').toBeGreaterThan(1);
		const first = squash(await rows.first().innerText());
		const last = squash(await rows.last().innerText());
		const legend = page.getByRole('figure').first();
		const legendTitle = p.map ? squash(await legend.locator('figcaption strong').innerText()) : null;
		const fills = p.map
			? await legend
					.locator('li svg rect:first-child')
					.evaluateAll((rs) => rs.map((r) => r.getAttribute('fill')))
			: [];

		await page.emulateMedia({ media: 'print' });

		// (a) Nothing to click prints.
		for (const [what, loc] of controls(page))
			await expect.soft(loc.filter({ visible: true }), `no se imprime ${what}`).toHaveCount(0);
		// (b) The SVG map and its legend print, the MapLibre canvas does not.
		if (p.map) {
			await expect(page.locator('svg[role="group"]').first()).toBeVisible();
			await expect(legend).toBeVisible();
		}
		await expect(page.getByRole('contentinfo').getByText(/^Fuente de las cifras:/)).toBeVisible();

		// (c) The PDF reads as the page's content, without the controls' labels.
		const pdf = await printToPdf(page, info, p.name);
		const pages = pdfPages(tool('pdftotext', ['-raw', pdf, '-']).toString('utf8')).map(squash);
		const text = pages.join(' ');
		for (const want of [title, first, last, 'Fuente de las cifras:', ...(legendTitle ? [legendTitle] : [])])
			expect.soft(text, `el PDF dice «${want}»`).toContain(want);
		for (const label of CONTROL_LABELS) expect.soft(text, `el PDF no dice «${label}»`).not.toContain(label);

		const shots = toPng(pdf, info.outputPath(p.name), 60, 1, 2);
		keep(shots, p.name);
		if (!p.map) return;

		// The map prints whole, on one page, inside the page's width: its place names
		// near all four edges are words of the page that has the legend.
		const legendPage = pages.findIndex((t) => legendTitle && t.includes(legendTitle));
		expect(legendPage, 'el mapa y su leyenda, en la primera página, bajo el título').toBe(0);
		const sheet = bboxPages(tool('pdftotext', ['-bbox', pdf, '-']).toString('utf8'))[legendPage];
		for (const label of EDGE_LABELS) {
			const w = sheet.words.find((x) => x.text === label);
			expect(
				w,
				`«${label}», del borde del mapa, está en la página de la leyenda (${legendPage + 1})`
			).toBeDefined();
			expect(w!.xMin, `«${label}» dentro de la página`).toBeGreaterThanOrEqual(0);
			expect(w!.xMax, `«${label}» dentro del ancho de la página`).toBeLessThanOrEqual(sheet.width);
			expect(w!.yMax, `«${label}» dentro del alto de la página`).toBeLessThanOrEqual(sheet.height);
		}
		// On that page the map is drawn in the legend's colours: far more of them than
		// the legend's own swatches (22 × 16 CSS px each) hold.
		const dpi = 100;
		const [png] = toPng(pdf, info.outputPath(`${p.name}-mapa`), dpi, legendPage + 1, legendPage + 1);
		const image = PNG.sync.read(readFileSync(png));
		const colours = fills.filter((f): f is string => !!f && f.toLowerCase() !== '#ffffff');
		const swatchPx = 22 * 16 * ((0.75 / 72) * dpi) ** 2;
		const painted = colours.reduce((s, c) => s + countColour(image, c), 0);
		expect(painted, `píxeles de los colores de la leyenda (${colours.join(', ')})`).toBeGreaterThan(
			2 * colours.length * swatchPx
		);
		expect(problems.pageErrors).toEqual([]);
	});
}

test('printing /subregiones/: the bars behind the values keep their colour', async ({ page }, info) => {
	await visit(page, '/subregiones/');
	const bar = await page
		.locator('td span[aria-hidden="true"]')
		.first()
		.evaluate((e) => getComputedStyle(e).backgroundColor);
	const [r, g, b] = (bar.match(/\d+/g) ?? []).map(Number);
	const hex = '#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');
	const pdf = await printToPdf(page, info, 'barras');
	const [png] = toPng(pdf, info.outputPath('barras'), 100, 1, 1);
	// A background prints only with print-color-adjust: exact (Chromium drops backgrounds otherwise).
	expect(
		countColour(PNG.sync.read(readFileSync(png)), hex),
		`píxeles de las barras (${hex})`
	).toBeGreaterThan(200);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	test('printing the home page shows every column of the table, which the screen hides', async ({ page }) => {
		await visit(page, '/');
		const table = page.getByRole('table', { name: /^Tabla del mapa/ });
		await expect(table.getByRole('columnheader', { name: 'Puesto' })).toBeHidden();
		await page.emulateMedia({ media: 'print' });
		for (const h of ['Municipio', 'Subregión', 'Población', 'Valor', 'Metas que lo nombran', 'Puesto'])
			await expect(table.getByRole('columnheader', { name: h })).toBeVisible();
		await expect(table.locator('tbody tr').first().locator('td')).toHaveCount(5);
		for (const cell of await table.locator('tbody tr').first().locator('td').all())
			await expect(cell).toBeVisible();
		// Paper does not scroll: the table's scroll box lets it print whole.
		await expect(page.getByRole('region', { name: /^Tabla del mapa/ })).toHaveCSS('overflow-x', 'visible');
	});
});
