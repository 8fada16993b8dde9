/**
 * The build works on plain static servers: every page is a folder with an
 * index.html (old addresses without the «/» are redirected there), unknown
 * addresses get the Spanish 404 page, Python's http.server serves every page,
 * and a build for a sub-folder (BASE_PATH) works entirely under it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, seriousViolations, visit } from './fixtures.ts';
import {
	BUILD_DIR,
	NEWEST_ID,
	buildSite,
	builtPages,
	exportFromPanel,
	startPython,
	startStatic,
	type Running
} from './site.ts';

// MapLibre through SwiftShader takes up to a minute when the machine is shared.
test.describe.configure({ timeout: 150_000 });
const MAP_IDLE = { timeout: 120_000 };

/** Addresses that worked before pages became folders, one per kind of page. */
const PAGES = ['/metas', '/subregiones', '/metodo', '/municipio/54810', '/meta/6'];
const UNKNOWN = ['/no-existe', '/meta/99/', '/municipio/00000', '/a/b/c/d/e.html'];

/** Checks a response is the Spanish 404 page, styled and hydrated, naming the address. */
async function expectNotFoundPage(page: Page, address: string) {
	await expect(page.locator('html[lang="es-CO"][data-hydrated]')).toBeAttached();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página no encontrada');
	await expect(page.locator('main code')).toHaveText(address);
	// app.css loaded (from an absolute URL: relative ones break at this depth).
	expect(await page.locator('.skip').evaluate((e) => getComputedStyle(e).position)).toBe('absolute');
}

/** The 404 document itself is the one expected failure; Chromium logs it too. */
function acceptOwn404(problems: { failedResponses: string[]; consoleErrors: string[] }, count = 1) {
	expect(problems.failedResponses).toHaveLength(count);
	expect(problems.failedResponses.every((r) => r.startsWith('404 '))).toBe(true);
	expect(problems.consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
	problems.failedResponses.length = 0;
	problems.consoleErrors.length = 0;
}

test('every page is a folder with its index.html beside its data; the dataset stays one file', () => {
	const pages = builtPages(BUILD_DIR).map((f) => relative(BUILD_DIR, f));
	expect(pages).toContain('404.html');
	expect(pages.filter((p) => !p.endsWith('index.html'))).toEqual(['404.html']);
	for (const page of ['index.html', 'metas/index.html', 'meta/6/index.html', 'municipio/54810/index.html']) {
		expect(pages).toContain(page);
	}
	for (const data of builtPages(BUILD_DIR).map((f) => join(dirname(f), '__data.json'))) {
		if (existsSync(data)) expect(existsSync(join(dirname(data), 'index.html')), data).toBe(true);
	}
	expect(statSync(join(BUILD_DIR, `datos/informe-${NEWEST_ID}.json`)).isFile()).toBe(true);
});

for (const path of PAGES) {
	test(`${path} redirects to ${path}/ and the page loads and hydrates there`, async ({
		page,
		request,
		problems
	}) => {
		const res = await request.get(path, { maxRedirects: 0 });
		expect(res.status()).toBe(301);
		// Relative (nginx with absolute_redirect off, Python) or absolute (Apache): the same place.
		expect(new URL(res.headers()['location'], res.url()).pathname).toBe(`${path}/`);
		await visit(page, path);
		expect(new URL(page.url()).pathname).toBe(`${path}/`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(problems.pageErrors).toEqual([]);
	});
}

test('unknown addresses get the Spanish 404 page at any depth, and its links work', async ({
	page,
	problems
}) => {
	for (const address of UNKNOWN) {
		const res = await page.goto(address);
		expect(res?.status(), address).toBe(404);
		await expectNotFoundPage(page, address);
		acceptOwn404(problems);
	}
	await page.getByRole('link', { name: 'Las metas del informe' }).click();
	await expect(page).toHaveURL(/\/metas\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Las metas del informe');
});

test('the 404 page has no serious accessibility violations and fits a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/municipio/00000');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	expect(await seriousViolations(page)).toEqual([]);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('a missing page reached by a link inside the app shows the same Spanish page', async ({
	page,
	problems
}) => {
	await visit(page, '/metas');
	await page.evaluate(() => {
		const a = Object.assign(document.createElement('a'), { href: '/meta/99', textContent: 'Meta 99' });
		document.querySelector('main')?.append(a);
	});
	await page.getByRole('link', { name: 'Meta 99' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página no encontrada');
	await expect(page.locator('main code')).toHaveText(/^\/meta\/99\/?$/);
	await expect(page).toHaveTitle('Página no encontrada · ¿Dónde se intervino?');
	// Only the missing page's data fails: asked for on hover (preload), on click, and again for the
	// layout's data to draw the error page; how many times depends on timing.
	expect(problems.failedResponses.length).toBeGreaterThan(0);
	expect(problems.failedResponses.filter((r) => !/^404 \S+\/meta\/99\/__data\.json\?/.test(r))).toEqual([]);
	acceptOwn404(problems, problems.failedResponses.length);
});

test('the dataset is served as a JSON file, at the address the pages link to', async ({ page, request }) => {
	await visit(page, '/metas');
	const href = await page.getByRole('link', { name: /Descargar los datos/ }).getAttribute('href');
	expect(href).toBe(`/datos/informe-${NEWEST_ID}.json`);
	const res = await request.get(href!);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toMatch(/^application\/json/);
	expect((await res.json()).municipalities).toHaveLength(40);
});

test.describe('python3 -m http.server', () => {
	// Skipped only where Python is missing, and then visibly.
	test.skip(spawnSync('python3', ['--version']).status !== 0, 'python3 no está instalado en esta máquina');
	let python: Running;
	test.beforeAll(async () => {
		python = await startPython(BUILD_DIR);
	});
	test.afterAll(async () => python?.stop());

	test('serves every page, the map, client-side navigation and the dataset', async ({ page, problems }) => {
		for (const path of PAGES) {
			await visit(page, `${python.origin}${path}`);
			expect(new URL(page.url()).pathname).toBe(`${path}/`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		}
		await visit(page, `${python.origin}/`);
		await expect(page.locator('[data-map-state="idle"]')).toBeAttached(MAP_IDLE);
		// A link followed by the app fetches the page's __data.json from its folder.
		const data = page.waitForResponse((r) => new URL(r.url()).pathname === '/metas/__data.json');
		await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Metas' }).click();
		expect((await data).status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Las metas del informe');
		const json = await page.request.get(`${python.origin}/datos/informe-${NEWEST_ID}.json`);
		expect(json.headers()['content-type']).toBe('application/json');
		expect(problems.pageErrors).toEqual([]);
	});
});

test.describe('built for a sub-folder (BASE_PATH=/mapas/desarrollo)', () => {
	const BASE = '/mapas/desarrollo';
	test.describe.configure({ mode: 'serial' });
	let work: string;
	let cleanKit: (() => void) | undefined;
	let site: string;
	let server: Running;
	let at: (path: string) => string;

	test.beforeAll(async () => {
		test.setTimeout(600_000);
		// The built site sits in a folder of a bigger site, as on the Gobernación's server.
		work = mkdtempSync(join(tmpdir(), 'donde-base-'));
		site = join(work, 'sitio', ...BASE.split('/').filter(Boolean));
		cleanKit = await buildSite({ BASE_PATH: BASE }, site, 'base');
		server = await startStatic({ root: join(work, 'sitio'), notFound: `${BASE.slice(1)}/404.html` });
		at = (path: string) => `${server.origin}${BASE}${path}`;
	});
	test.afterAll(async () => {
		await server?.stop();
		cleanKit?.();
		if (work) rmSync(work, { recursive: true, force: true });
	});

	test('no built page links to or loads anything outside the base', () => {
		const pages = builtPages(site);
		expect(pages.length).toBeGreaterThan(60);
		for (const file of pages) {
			const html = readFileSync(file, 'utf8');
			const urls = [...html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]);
			expect(urls.length).toBeGreaterThan(5);
			expect(
				urls.filter((u) => !u.startsWith(`${BASE}/`)),
				relative(site, file)
			).toEqual([]);
		}
	});

	test('every page loads under the base with every request inside it', async ({ page, problems }) => {
		const outside: string[] = [];
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (url.protocol.startsWith('http') && !url.pathname.startsWith(`${BASE}/`)) outside.push(r.url());
		});
		for (const path of ['/', ...PAGES.map((p) => `${p}/`)]) {
			await visit(page, at(path));
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const nav = page.getByRole('navigation', { name: 'Secciones' }).getByRole('link');
			for (const href of await nav.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
				expect(href).toMatch(new RegExp(`^${BASE}/`));
			}
		}
		expect(outside).toEqual([]);
		expect(problems.pageErrors).toEqual([]);
	});

	test('the folder without its «/» redirects to the home page, where MapLibre draws', async ({
		page,
		problems
	}) => {
		await visit(page, `${server.origin}${BASE}`);
		expect(new URL(page.url()).pathname).toBe(`${BASE}/`);
		await expect(page.locator('[data-map-state="idle"]')).toBeAttached(MAP_IDLE);
		await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Metas' }).click();
		await expect(page).toHaveURL(at('/metas/'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Las metas del informe');
		expect(problems.pageErrors).toEqual([]);
	});

	test('the figure export fetches its geodata and fonts under the base', async ({ page }) => {
		await visit(page, at('/meta/6/'));
		const png = await exportFromPanel(page, 'png');
		expect(png.name).toBe('meta-06-localizacion-a4-vertical.png');
		expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
		const svg = await exportFromPanel(page, 'svg');
		expect(svg.bytes.toString('utf8')).toContain('Meta 6: Programas de gestión empresarial');
	});

	test('the dataset downloads from under the base', async ({ page }) => {
		await visit(page, at('/metas/'));
		const href = await page.getByRole('link', { name: /Descargar los datos/ }).getAttribute('href');
		expect(href).toBe(`${BASE}/datos/informe-${NEWEST_ID}.json`);
		const res = await page.request.get(`${server.origin}${href}`);
		expect(res.headers()['content-type']).toMatch(/^application\/json/);
		expect((await res.json()).metas.length).toBeGreaterThan(10);
	});

	test('unknown addresses under the base get the 404 page with its assets and links under the base', async ({
		page,
		problems
	}) => {
		for (const address of UNKNOWN) {
			const res = await page.goto(at(address));
			expect(res?.status()).toBe(404);
			await expectNotFoundPage(page, `${BASE}${address}`);
			acceptOwn404(problems);
		}
		await page.getByRole('link', { name: 'Las metas del informe' }).click();
		await expect(page).toHaveURL(at('/metas/'));
	});
});
