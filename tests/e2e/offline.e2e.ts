/**
 * Offline after the first visit (src/service-worker.ts): a page seen once
 * reloads without a connection, the app moves to the other pages offline, a
 * new build replaces the old caches and no one else's, and all of it under a
 * base path too. The rest of the suite blocks service workers
 * (playwright.config.ts); these tests let it run.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, recordCspViolations, visit, watch } from './fixtures.ts';
import { BUILD_DIR, buildSite, startStatic, type Running } from './site.ts';

test.use({ serviceWorkers: 'allow' });
// MapLibre through SwiftShader takes up to a minute when the machine is shared.
test.describe.configure({ timeout: 180_000 });
const MAP_IDLE = { timeout: 120_000 };

/** Waits until the worker is active and controls the page, which means install stored everything. */
async function controlled(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Every cache of the origin and the addresses (path only) each holds. */
async function cacheContents(page: Page): Promise<Record<string, string[]>> {
	return page.evaluate(async () => {
		const out: Record<string, string[]> = {};
		for (const name of await caches.keys()) {
			const keys = await (await caches.open(name)).keys();
			out[name] = keys.map((r) => new URL(r.url).pathname).sort();
		}
		return out;
	});
}

/** Bytes stored in the origin's caches (bodies as the page would read them, uncompressed). */
async function cachedBytes(page: Page): Promise<number> {
	return page.evaluate(async () => {
		let total = 0;
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const r of await cache.keys()) total += (await (await cache.match(r))!.arrayBuffer()).byteLength;
		}
		return total;
	});
}

/** Files of the built site under `dir`, as site paths (`/meta/6/__data.json`). */
function builtFiles(root: string, dir = root): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => `/${relative(root, join(e.parentPath, e.name)).split(sep).join('/')}`);
}

/** The build's version, as SvelteKit writes it for the app's update check. */
const versionOf = (dir: string) =>
	(JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')) as { version: string }).version;

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
	await context.setOffline(true);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
}

/** Asserts the explorer's page: title, the SVG map with its 40 municipalities, the legend, and MapLibre drawing. */
async function explorerShown(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Dónde se intervino?');
	await expect(page.locator('.mapview svg a')).toHaveCount(40);
	await expect(page.locator('.legend li').first()).toBeVisible();
	// Its topology, its worker and its font came from the cache.
	await expect(page.locator('[data-map-state="idle"]')).toBeAttached(MAP_IDLE);
	await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
}

test('after one visit the explorer reloads offline, and the app moves to a municipality and a meta offline', async ({
	page,
	context,
	problems
}) => {
	await visit(page, '/');
	await controlled(page);

	// What install stored, against the files of the build itself.
	const version = versionOf(BUILD_DIR);
	const stored = await cacheContents(page);
	expect(Object.keys(stored).sort()).toEqual([
		`donde-se-intervino / app ${version}`,
		`donde-se-intervino / paginas ${version}`
	]);
	const files = builtFiles(BUILD_DIR);
	const edition = /^\/\d{4}(-[a-z0-9]+)*\//;
	expect(stored[`donde-se-intervino / app ${version}`]).toEqual(
		files.filter((f) => f.startsWith('/_app/immutable/') || f === '/favicon.svg').sort()
	);
	const data = files.filter((f) => f.endsWith('/__data.json') && !edition.test(f));
	expect(data.length).toBeGreaterThan(60);
	// Every file of the root edition that is not a page (each page's data, the downloads), and the page visited.
	const notPages = files.filter(
		(f) =>
			!f.endsWith('.html') &&
			!f.startsWith('/_app/') &&
			!edition.test(f) &&
			!['/favicon.svg', '/.nojekyll', '/service-worker.js'].includes(f)
	);
	expect(notPages).toEqual(expect.arrayContaining([...data, '/datos/informe-2024-2025.json']));
	expect(stored[`donde-se-intervino / paginas ${version}`]).toEqual([...notPages, '/'].sort());
	console.log(`Guardado al instalar: ${((await cachedBytes(page)) / 2 ** 20).toFixed(2)} MiB sin comprimir`);

	await goOffline(context, page);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await explorerShown(page);

	// Moving in the app, offline: a marker on window survives only if no page is loaded.
	await page.evaluate(() => ((window as unknown as { sinRecargar: boolean }).sinRecargar = true));
	const table = page.getByRole('table').first();
	await table.getByRole('link', { name: 'Tibú', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tibú');
	await expect(page.locator('.minimap svg a')).toHaveCount(40);
	await expect(page.locator('.minimap .legend')).toBeVisible();
	await page.getByRole('link', { name: 'Meta 6', exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Meta 6: /);
	await expect(page.locator('.loc svg a')).toHaveCount(40);
	await page
		.getByRole('navigation', { name: 'Secciones' })
		.getByRole('link', { name: 'Método y fuentes' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page).toHaveURL(/\/metodo\/?$/);
	expect(await page.evaluate(() => (window as unknown as { sinRecargar?: boolean }).sinRecargar)).toBe(true);
	// The worker's own requests stay in the policy (worker-src 'self') and on this machine.
	expect(problems.cspViolations).toEqual([]);
});

test('a municipality page visited first reloads offline', async ({ page, context, problems }) => {
	await visit(page, '/municipio/54810');
	await controlled(page);
	await goOffline(context, page);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tibú');
	await expect(page.locator('.minimap svg a')).toHaveCount(40);
	await expect(page.locator('.minimap .legend')).toBeVisible();
	// Its one table is the comparison with its subregion and the department (not the explorer's).
	await expect(page.getByRole('table')).toHaveCount(1);
	await expect(page.locator('table.compare tbody tr')).toHaveCount(3);
	expect(problems.cspViolations).toEqual([]);
});

test('a page reached in the app while online reloads offline, at its address with or without «/»', async ({
	page,
	context,
	problems
}) => {
	await visit(page, '/');
	await controlled(page);
	await page
		.getByRole('navigation', { name: 'Secciones' })
		.getByRole('link', { name: 'Subregiones' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Subregiones de /);
	// The page asked the worker to keep its HTML (only its __data.json was fetched).
	await expect
		.poll(async () => Object.values(await cacheContents(page)).some((keys) => keys.includes('/subregiones/')))
		.toBe(true);
	await goOffline(context, page);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Subregiones de /);
	await expect(page.locator('.grid svg a')).toHaveCount(40);
	// As the links write it, without the «/»: the worker redirects to the folder, as the server does.
	await page.goto('/subregiones');
	await expect(page).toHaveURL(/\/subregiones\/$/);
	expect(problems.cspViolations).toEqual([]);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Subregiones de /);
});

test.describe('a new build', () => {
	let work: string;
	let server: Running;
	test.beforeAll(() => {
		work = mkdtempSync(join(tmpdir(), 'donde-offline-'));
		cpSync(BUILD_DIR, work, { recursive: true });
	});
	test.afterAll(async () => {
		await server?.stop();
		if (work) rmSync(work, { recursive: true, force: true });
	});

	test("replaces this site's old caches and leaves everyone else's", async ({ page, context, problems }) => {
		server = await startStatic({ root: work, notFound: '404.html', headers: true });
		const v1 = versionOf(work);
		await visit(page, `${server.origin}/`);
		await controlled(page);
		// Caches this worker did not create: another app's, and a copy of the site under another folder.
		const others = ['otra-aplicacion', `donde-se-intervino /mapas/desarrollo app ${v1}`];
		await page.evaluate((names) => Promise.all(names.map((n) => caches.open(n))), others);
		expect(Object.keys(await cacheContents(page)).sort()).toEqual(
			[...others, `donde-se-intervino / app ${v1}`, `donde-se-intervino / paginas ${v1}`].sort()
		);

		// The next publication: same files, another version.
		const v2 = `${v1}9`;
		const script = join(work, 'service-worker.js');
		const code = readFileSync(script, 'utf8');
		expect(code).toContain(v1);
		writeFileSync(script, code.replaceAll(v1, v2));
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration!.update();
		});
		// Installed (it stores the new build first), then waiting for the old build's pages to close.
		await expect
			.poll(
				() =>
					page.evaluate(async () => {
						const r = await navigator.serviceWorker.getRegistration();
						return r?.waiting ? 'waiting' : r?.installing ? `installing ${r.installing.state}` : 'none';
					}),
				{ timeout: 60_000 }
			)
			.toBe('waiting');
		// It takes over once no page of the old build is open. The next page opens only after it has:
		// a page opened while the closed one is still the old worker's client would keep the old build.
		await page.close();
		const took = async () => {
			for (const worker of context.serviceWorkers()) {
				try {
					const r = await worker.evaluate(() => {
						const reg = (self as unknown as { registration: ServiceWorkerRegistration }).registration;
						return reg.waiting === null && reg.active?.state === 'activated';
					});
					if (r) return true;
				} catch {
					// A worker stopped while idle: the next one answers.
				}
			}
			return false;
		};
		await expect.poll(took, { timeout: 60_000 }).toBe(true);
		const next = await context.newPage();
		const nextProblems = watch(next);
		await recordCspViolations(next, nextProblems);
		await visit(next, `${server.origin}/metas/`);
		await expect
			.poll(async () => Object.keys(await cacheContents(next)).sort(), { timeout: 30_000 })
			.toEqual([...others, `donde-se-intervino / app ${v2}`, `donde-se-intervino / paginas ${v2}`].sort());
		await controlled(next);
		const pages = (await cacheContents(next))[`donde-se-intervino / paginas ${v2}`];
		expect(pages).toContain('/metas/');
		expect(pages).toContain('/metas/__data.json');
		expect(problems.cspViolations).toEqual([]);
		expect(nextProblems).toEqual({
			consoleErrors: [],
			pageErrors: [],
			offsiteRequests: [],
			failedResponses: [],
			cspViolations: []
		});
	});
});

test.describe('built for a sub-folder (BASE_PATH=/mapas/desarrollo)', () => {
	const BASE = '/mapas/desarrollo';
	let work: string;
	let site: string;
	let cleanKit: (() => void) | undefined;
	let server: Running;
	test.beforeAll(async () => {
		test.setTimeout(600_000);
		work = mkdtempSync(join(tmpdir(), 'donde-offline-base-'));
		site = join(work, 'sitio', ...BASE.split('/').filter(Boolean));
		cleanKit = await buildSite({ BASE_PATH: BASE }, site, 'offline-base');
		server = await startStatic({ root: join(work, 'sitio'), notFound: `${BASE.slice(1)}/404.html` });
	});
	test.afterAll(async () => {
		await server?.stop();
		cleanKit?.();
		if (work) rmSync(work, { recursive: true, force: true });
	});

	test('the worker is scoped to the folder, names its caches after it and works offline', async ({
		page,
		context,
		problems
	}) => {
		const at = (path: string) => `${server.origin}${BASE}${path}`;
		await visit(page, at('/'));
		await controlled(page);
		expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(at('/'));
		const version = versionOf(site);
		const stored = await cacheContents(page);
		expect(Object.keys(stored).sort()).toEqual([
			`donde-se-intervino ${BASE} app ${version}`,
			`donde-se-intervino ${BASE} paginas ${version}`
		]);
		const everything = Object.values(stored).flat();
		expect(everything.filter((p) => !p.startsWith(`${BASE}/`))).toEqual([]);
		expect(everything).toContain(`${BASE}/meta/6/__data.json`);

		await goOffline(context, page);
		await page.reload();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await explorerShown(page);
		await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Metas' }).click();
		await expect(page).toHaveURL(at('/metas/'));
		expect(problems.offsiteRequests).toEqual([]);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Las metas del informe');
	});
});
