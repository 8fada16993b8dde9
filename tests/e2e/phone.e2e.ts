/** The first screen, the phone map, the table's order in the URL and «Copiar enlace», in Chromium. */
import type { Page } from '@playwright/test';
import { test, expect, visit, disableWebGL } from './fixtures.ts';
import { GL_START_LABEL, GL_UNAVAILABLE_LABEL } from '../../src/lib/map/renderer.ts';

// SwiftShader and a shared 2-core machine: a page with the WebGL map can take a while.
test.describe.configure({ timeout: 120_000 });

const valueCells = (page: Page) =>
	page.locator('#tabla-title ~ * table tbody tr').evaluateAll((rows) =>
		rows.map((r) => ({
			name: r.querySelector('th')?.textContent?.trim() ?? '',
			none: r.querySelector('td .none')?.textContent?.trim() === 'No nombrado'
		}))
	);

for (const [width, height] of [
	[1366, 768],
	[390, 844]
]) {
	test(`the whole department is on the first screen at ${width}×${height}`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await visit(page, '/');
		const box = await page.locator('.mapview').boundingBox();
		expect(box).not.toBeNull();
		expect(box!.y + box!.height).toBeLessThanOrEqual(height);
		expect(box!.width).toBeGreaterThan(300);
		// Nothing makes the page scroll sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
	});
}

test('the table’s order lives in the URL and «no nombrado» rows stay last both ways', async ({ page }) => {
	await visit(page, '/');
	const table = page.locator('#tabla-title ~ * table');
	await table.getByRole('button', { name: 'Valor' }).click();
	await expect(page).toHaveURL(/[?&]orden=valor-asc/);
	const ascending = await valueCells(page);
	const firstNone = ascending.findIndex((r) => r.none);
	expect(firstNone).toBeGreaterThan(0);
	expect(ascending.slice(firstNone).every((r) => r.none)).toBe(true);
	await table.getByRole('button', { name: 'Valor' }).click();
	await expect(page).toHaveURL(/[?&]orden=valor-desc/);
	const descending = await valueCells(page);
	expect(descending.slice(descending.findIndex((r) => r.none)).every((r) => r.none)).toBe(true);
	expect(descending[0].name).not.toBe(ascending[0].name);
	// A shared link opens in the same order.
	await visit(page, '/?orden=municipio-desc');
	await expect(table.locator('tbody tr').first().locator('th')).toHaveText('Villa del Rosario');
	await expect(table.locator('th[aria-sort="descending"]')).toContainText('Municipio');
});

test('«Copiar enlace» copies the current view', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await visit(page, '/?metrica=beneficiarios&municipio=54810');
	await page.getByRole('button', { name: 'Copiar el enlace a esta vista del mapa' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Enlace copiado.' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(page.url());
	expect(copied).toContain('metrica=beneficiarios');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('one finger scrolls the page over the map; the reset button shows the whole department', async ({
		page
	}) => {
		const maplibre: string[] = [];
		page.on('request', (r) => {
			if (/maplibre-gl-worker|MapLibreMap/.test(r.url())) maplibre.push(r.url());
		});
		await visit(page, '/');
		// A phone starts with the SVG map alone: MapLibre loads when asked.
		await page.waitForLoadState('networkidle');
		expect(maplibre).toEqual([]);
		await expect(page.locator('.mapview')).toHaveAttribute('data-renderer', 'svg');
		await page.getByRole('button', { name: GL_START_LABEL }).click();
		await expect(page.locator('[data-map-state="idle"]')).toBeAttached({ timeout: 120_000 });
		await expect(page.getByRole('button', { name: GL_START_LABEL })).toHaveCount(0);
		const map = page.locator('.mapview .canvas');
		const center = () =>
			map.evaluate((el) => {
				const m = (
					el as unknown as { maplibreMap: { getCenter(): { lng: number; lat: number }; getZoom(): number } }
				).maplibreMap;
				return { ...m.getCenter(), zoom: m.getZoom() };
			});
		const before = await center();
		const box = (await map.boundingBox())!;
		const x = box.x + box.width / 2;
		const y = box.y + box.height * 0.7;
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
		for (let i = 1; i <= 10; i++) {
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - 25 * i }] });
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
		const after = await center();
		expect(after.lat).toBeCloseTo(before.lat, 6);
		expect(after.lng).toBeCloseTo(before.lng, 6);

		await map.evaluate((el) => {
			(el as unknown as { maplibreMap: { jumpTo(o: object): void } }).maplibreMap.jumpTo({
				zoom: 11,
				center: [-72.5, 8.9]
			});
		});
		await page.getByRole('button', { name: 'Ver todo el departamento' }).click();
		await expect.poll(async () => (await center()).zoom, { timeout: 10_000 }).toBeCloseTo(before.zoom, 1);
		// The cartography credit is under the map, not over it.
		const [credit, now] = [(await page.locator('.credit').boundingBox())!, (await map.boundingBox())!];
		expect(credit.y).toBeGreaterThanOrEqual(now.y + now.height - 1);
	});

	test('a tap on a municipality of the SVG map selects it and shows its value instead of leaving the page; Enter still opens it', async ({
		page,
		problems
	}) => {
		await visit(page, '/');
		await expect(page.locator('.mapview')).toHaveAttribute('data-renderer', 'svg');
		await page.locator('.mapview svg a[href*="/municipio/54001"]').tap();
		await expect(page).toHaveURL(/[?&]municipio=54001/);
		expect(new URL(page.url()).pathname).toBe('/');
		await expect(page.locator('.selection')).toContainText('Cúcuta');
		// After a tap, Enter on a focused link (a keyboard on a tablet, a screen reader) still opens its page.
		await page.locator('.mapview svg a[href*="/municipio/54810"]').press('Enter');
		await expect(page).toHaveURL(/\/municipio\/54810\/?$/, { timeout: 20_000 });
		expect(problems.pageErrors).toEqual([]);
	});

	test('no WebGL context is made before the reader asks for the zoomable map', async ({ page, problems }) => {
		// Making one costs seconds of a slow phone's processor where WebGL is emulated.
		await page.addInitScript(() => {
			const original = HTMLCanvasElement.prototype.getContext;
			const w = window as unknown as { webglContexts: number };
			w.webglContexts = 0;
			HTMLCanvasElement.prototype.getContext = function (
				this: HTMLCanvasElement,
				type: string,
				...rest: unknown[]
			) {
				if (type.startsWith('webgl')) w.webglContexts++;
				return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
			} as typeof original;
		});
		const contexts = () =>
			page.evaluate(() => (window as unknown as { webglContexts: number }).webglContexts);
		await visit(page, '/');
		await page.waitForLoadState('networkidle');
		await expect(page.getByRole('button', { name: GL_START_LABEL })).toBeVisible();
		expect(await contexts()).toBe(0);
		await page.getByRole('button', { name: GL_START_LABEL }).click();
		await expect.poll(contexts).toBeGreaterThan(0);
		expect(problems.pageErrors).toEqual([]);
	});

	test('without WebGL, the button says the zoomable map cannot open and the SVG map stays', async ({
		page,
		problems
	}) => {
		const maplibre: string[] = [];
		page.on('request', (r) => {
			if (/maplibre-gl-worker|MapLibreMap/.test(r.url())) maplibre.push(r.url());
		});
		await disableWebGL(page);
		await visit(page, '/');
		await page.getByRole('button', { name: GL_START_LABEL }).click();
		await expect(page.getByRole('status').filter({ hasText: GL_UNAVAILABLE_LABEL })).toBeVisible();
		await expect(page.getByRole('button', { name: GL_START_LABEL })).toHaveCount(0);
		await expect(page.locator('.mapview')).toHaveAttribute('data-renderer', 'svg');
		await expect(page.locator('.mapview svg use').first()).toBeVisible();
		expect(maplibre).toEqual([]);
		expect(problems.pageErrors).toEqual([]);
	});

	test('navigation links and radios are at least 24 px tall', async ({ page }) => {
		await visit(page, '/');
		for (const target of [
			page.getByRole('navigation', { name: 'Secciones' }).getByRole('link'),
			page.getByRole('radio')
		]) {
			const heights = await target.evaluateAll((els) =>
				els.map((e) => (e.closest('label') ?? e).getBoundingClientRect().height)
			);
			expect(heights.length).toBeGreaterThan(1);
			expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
		}
	});
});

/** «$ 1.158,69 millones» → 1158.69 (es-CO). */
const pesos = (text: string) => {
	const m = /\$ ([\d.]+(?:,\d+)?) millones/.exec(text);
	if (!m) throw new Error(`Sin monto en «${text}»`);
	return Number(m[1].replaceAll('.', '').replace(',', '.'));
};

test('a municipality’s figure stands beside its subregion’s and the department’s, alike on the map and its page', async ({
	page
}) => {
	await visit(page, '/?municipio=54001');
	const references = page.locator('.selection .references');
	await expect(references).toHaveText(
		/^Promedio por municipio: \$ [\d.,]+ millones en el departamento \(40 municipios\) y \$ [\d.,]+ millones en la subregión \S+ \(\d+\)\.$/
	);
	const [department, subregion] = (await references.textContent())!.split(' y ').map(pesos);
	// The department's mean is the table's 40 values over 40 («No nombrado» adds nothing).
	const cells = await page
		.locator('#tabla-title ~ * table tbody tr td.num[title]')
		.evaluateAll((tds) => tds.map((td) => td.textContent ?? ''));
	expect(cells).toHaveLength(40);
	const sum = cells.filter((t) => t.includes('$')).reduce((s, t) => s + pesos(t), 0);
	expect(department).toBeCloseTo(sum / 40, 2);

	await visit(page, '/municipio/54001/');
	const rows = page.locator('table.compare tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(0).locator('th')).toHaveText('Cúcuta');
	await expect(rows.nth(1).locator('th')).toHaveText(/^Subregión \S+ \(\d+ municipios\)$/);
	await expect(rows.nth(2).locator('th')).toHaveText('Departamento (40 municipios)');
	expect(pesos((await rows.nth(1).locator('td').first().textContent())!)).toBe(subregion);
	expect(pesos((await rows.nth(2).locator('td').first().textContent())!)).toBe(department);
	// The municipality's own row is its headline estimate.
	expect(pesos((await rows.nth(0).locator('td').first().textContent())!)).toBe(
		pesos((await page.locator('[data-figure="estimacion-municipio"] strong').textContent())!)
	);
});

test('a municipality page’s content is a few Tab presses away, and its locator links are named', async ({
	page
}) => {
	await visit(page, '/municipio/54810/');
	const links = page.locator('.minimap svg a');
	await expect(links).toHaveCount(40);
	const names = await links.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
	expect(names.filter((n) => !/^[A-ZÁÉÍÓÚÑ][^:]+(: ver municipio| \(este municipio\))$/.test(n))).toEqual([]);
	const pressesToMetas = async () => {
		for (let presses = 1; presses <= 60; presses++) {
			await page.keyboard.press('Tab');
			const there = await page.evaluate(
				() => !!document.activeElement?.closest('section[aria-labelledby="loc"] article')
			);
			if (there) return presses;
		}
		return Infinity;
	};
	// From the top of the page, through the site's links (51 with the locator's links in the way).
	expect(await pressesToMetas()).toBeLessThanOrEqual(13);
	// Through «Saltar al contenido»: breadcrumbs, the subregion, the two downloads, then the metas.
	await visit(page, '/municipio/54810/');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveText('Saltar al contenido');
	await page.keyboard.press('Enter');
	expect(await pressesToMetas()).toBeLessThanOrEqual(7);
});

test('no page calls Intl while it loads (a first Intl call initialises ICU on the main thread)', async ({
	page
}) => {
	await page.addInitScript(() => {
		const calls: string[] = [];
		(window as unknown as { intlCalls: string[] }).intlCalls = calls;
		for (const name of ['NumberFormat', 'ListFormat', 'DateTimeFormat', 'Collator', 'PluralRules'] as const) {
			const real = Intl[name] as unknown as new (...a: unknown[]) => object;
			(Intl as unknown as Record<string, unknown>)[name] = new Proxy(real, {
				construct(target, args) {
					calls.push(`new Intl.${name}(${JSON.stringify(args)})`);
					return Reflect.construct(target, args);
				},
				// Intl's constructors also work without `new`.
				apply(target, self, args) {
					calls.push(`Intl.${name}(${JSON.stringify(args)})`);
					return Reflect.apply(target, self, args);
				}
			});
		}
		// Every method that takes a locale.
		const methods: [object, string][] = [
			[String.prototype, 'localeCompare'],
			[String.prototype, 'toLocaleUpperCase'],
			[String.prototype, 'toLocaleLowerCase'],
			[Number.prototype, 'toLocaleString'],
			[Array.prototype, 'toLocaleString'],
			[Date.prototype, 'toLocaleString'],
			[Date.prototype, 'toLocaleDateString'],
			[Date.prototype, 'toLocaleTimeString']
		];
		for (const [proto, method] of methods) {
			const real = (proto as Record<string, (...a: unknown[]) => unknown>)[method];
			(proto as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
				calls.push(`${method}(${JSON.stringify(args)})`);
				return real.apply(this, args);
			};
		}
	});
	for (const path of ['/', '/municipio/54810/', '/meta/6/', '/subregiones/', '/metas/', '/metodo/']) {
		await visit(page, path);
		expect(await page.evaluate(() => (window as unknown as { intlCalls: string[] }).intlCalls), path).toEqual(
			[]
		);
	}
});
