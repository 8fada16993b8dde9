/**
 * The Content-Security-Policy: every built page carries it as a <meta> that
 * allows no inline script but its own start-up script (by hash), and every
 * route hydrates under it with MapLibre drawing and the figure export
 * working, without one violation. The suite's server also sends the headers
 * of docs/despliegue.md, so this is the policy of a real host.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { test, expect, recordCspViolations, settleMap, visit, watch } from './fixtures.ts';
import { BUILD_DIR, builtPages, exportFromPanel } from './site.ts';

// The policy as the brief and docs/despliegue.md state it, written out here
// (not read from the config) so that an edit of the config shows up as a
// failing test to review. Hashes are checked separately.
const EXPECTED_POLICY = [
	"default-src 'self'",
	"worker-src 'self'",
	"connect-src 'self' data:",
	"font-src 'self'",
	"img-src 'self' data: blob:",
	"object-src 'none'",
	"script-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"style-src-elem 'self'",
	"style-src-attr 'unsafe-inline'",
	"base-uri 'self'",
	"form-action 'self'"
];

const ROUTES = [
	'/',
	'/?metrica=beneficiarios&normalizacion=por-mil',
	'/metas',
	'/subregiones',
	'/metodo',
	'/municipio/54810',
	'/municipio/54109',
	'/meta/6',
	'/meta/10',
	'/importar',
	'/comparar',
	'/no-existe'
];

// MapLibre through SwiftShader takes up to a minute when the machine is shared.
test.describe.configure({ timeout: 150_000 });
const MAP_IDLE = { timeout: 120_000 };

function metaPolicy(html: string): string[] {
	const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/g)];
	expect(metas, 'una sola política por página').toHaveLength(1);
	return metas[0][1].replaceAll('&#39;', "'").split('; ');
}

/** The CSP source that allows an inline script or style with exactly this content. */
const hashSource = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;

test('every built page carries the policy before any script or style, with the hash of each inline script and style', () => {
	const pages = builtPages(BUILD_DIR);
	expect(pages.length).toBeGreaterThan(60);
	for (const file of pages) {
		const name = relative(BUILD_DIR, file);
		const html = readFileSync(file, 'utf8');
		const policy = metaPolicy(html);
		const [scriptSrc] = policy.filter((d) => d.startsWith('script-src '));
		// Every directive as expected once the page's own hashes are taken out.
		expect(
			policy.map((d) => d.replace(/ 'sha256-[^']+'/g, '')),
			name
		).toEqual(EXPECTED_POLICY);
		// The only inline code is SvelteKit's start-up script, allowed by its hash.
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
		expect(inline.length, name).toBeGreaterThan(0);
		for (const code of inline)
			expect(scriptSrc, `${name}: hash del script en línea`).toContain(hashSource(code));
		expect(scriptSrc).not.toMatch(/unsafe-(inline|eval)/);
		// The page's styles are inlined (kit.inlineStyleThreshold): each <style> element by its hash.
		const [styleElem] = policy.filter((d) => d.startsWith('style-src-elem '));
		const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
		expect(styles.length, `${name}: estilos en línea`).toBeGreaterThan(0);
		for (const css of styles)
			expect(styleElem, `${name}: hash del estilo en línea`).toContain(hashSource(css));
		expect(styleElem).not.toMatch(/unsafe-inline/);
		// Nothing the policy would block silently: no on*= handler.
		expect(html, name).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
		// A <meta> policy applies only to what follows it.
		const at = html.indexOf('http-equiv="content-security-policy"');
		for (const tag of ['<script', 'rel="modulepreload"', 'rel="stylesheet"', '<style']) {
			expect(html.indexOf(tag), `${name}: ${tag} antes de la política`).toBeGreaterThan(at);
		}
	}
});

for (const route of ROUTES) {
	test(`${route} hydrates under the policy without a single violation`, async ({ page, problems }) => {
		await visit(page, route);
		await settleMap(page);
		// The policy is in force in the live document, not only in the file.
		await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
		if (route === '/no-existe') {
			// The page itself is the 404; everything it loads must succeed.
			expect(problems.failedResponses).toEqual([expect.stringMatching(/^404 .*\/no-existe$/)]);
			expect(problems.consoleErrors).toEqual([expect.stringMatching(/status of 404/)]);
			problems.failedResponses.length = 0;
			problems.consoleErrors.length = 0;
		}
		expect(problems.cspViolations).toEqual([]);
	});
}

test('on the home page MapLibre draws, its worker and font load, and hovering shows the tooltip', async ({
	page,
	problems
}) => {
	const loaded: string[] = [];
	page.on('response', (r) => loaded.push(new URL(r.url()).pathname));
	await visit(page, '/');
	await expect(page.locator('[data-map-state="idle"]')).toBeAttached(MAP_IDLE);
	expect(loaded.some((p) => /maplibre-gl-worker\.[\w-]+\.mjs$/.test(p))).toBe(true);
	expect(loaded.some((p) => p.endsWith('.woff2'))).toBe(true);
	// The zoom buttons' icons are data: SVGs in MapLibre's CSS.
	const icon = await page
		.locator('.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon')
		.evaluate((e) => getComputedStyle(e).backgroundImage);
	expect(icon).toMatch(/^url\("data:image\/svg\+xml/);
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.locator('.gl .tip')).toBeVisible();
	expect(problems.cspViolations).toEqual([]);
});

test.describe('figure export under the policy', () => {
	test.describe.configure({ timeout: 180_000 });

	test('PNG and SVG from the export panel download, and the PNG is the one drawn without a policy', async ({
		page,
		browser
	}) => {
		await visit(page, '/meta/6');
		const png = await exportFromPanel(page, 'png');
		expect(png.name).toBe('meta-06-localizacion-a4-vertical.png');
		const svg = await exportFromPanel(page, 'svg');
		expect(svg.name).toBe('meta-06-localizacion-a4-vertical.svg');
		expect(svg.bytes.toString('utf8')).toContain('@font-face');

		// Same export with the <meta> removed and no headers: a directive that
		// silently dropped a font or an image would change the pixels.
		const context = await browser.newContext();
		const free = await context.newPage();
		await free.route('**/*', async (route) => {
			const response = await route.fetch();
			const type = response.headers()['content-type'] ?? '';
			if (!type.startsWith('text/html')) return route.fulfill({ response });
			const html = (await response.text()).replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
			const headers = { ...response.headers() };
			delete headers['content-security-policy'];
			await route.fulfill({ response, body: html, headers });
		});
		await visit(free, '/meta/6');
		await expect(free.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(0);
		const reference = await exportFromPanel(free, 'png');
		expect(png.bytes.equals(reference.bytes)).toBe(true);
		await context.close();
	});
});

/** Serves the site's HTML with `directive` taken out of its <meta> policy. */
async function withoutSource(page: Page, directive: string, source: string) {
	await page.route('**/*', async (route) => {
		const response = await route.fetch();
		if (!(response.headers()['content-type'] ?? '').startsWith('text/html'))
			return route.fulfill({ response });
		const html = (await response.text()).replace(
			new RegExp(`(${directive} [^;"]*?) ${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
			'$1'
		);
		await route.fulfill({ response, body: html });
	});
}

base(
	'the violation recorder sees MapLibre blocked when a needed source is taken out of the policy',
	async ({ page }) => {
		// Guards the guard: if recording stopped working, every test above would pass.
		const problems = watch(page);
		await recordCspViolations(page, problems);
		await withoutSource(page, 'img-src', 'data:');
		await visit(page, '/');
		await expect(page.locator('[data-map-state="idle"]')).toBeAttached(MAP_IDLE);
		await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
		expect(problems.cspViolations.join('\n')).toContain('img-src bloqueó data');
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	}
);

base(
	'another site cannot show the explorer in a frame; the explorer itself can (frame-ancestors header)',
	async ({ page, baseURL }) => {
		const site = new URL('/metas/', baseURL).href;
		const response = await page.request.get(site);
		expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
		expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN');
		const framed = (p: Page) => p.frameLocator('iframe').locator('html[data-hydrated] header.site');

		// Same origin: allowed, so the check below tells a blocked frame from a slow one.
		await visit(page, '/404');
		await page.evaluate((src) => {
			document.body.append(Object.assign(document.createElement('iframe'), { src, title: 'explorador' }));
		}, site);
		await expect(framed(page)).toBeAttached({ timeout: 30_000 });

		const other = await page.context().newPage();
		await other.route('http://otro-sitio.example/', (route) =>
			route.fulfill({ contentType: 'text/html', body: `<iframe src="${site}" title="explorador"></iframe>` })
		);
		await other.goto('http://otro-sitio.example/');
		await expect.poll(() => other.frames()[1]?.url()).toMatch(/^chrome-error:/);
		await expect(framed(other)).toHaveCount(0);
	}
);
