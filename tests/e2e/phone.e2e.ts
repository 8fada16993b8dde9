/** The first screen, the phone map, the table's order in the URL and «Copiar enlace», in Chromium. */
import type { Page } from '@playwright/test';
import { test, expect, visit } from './fixtures.ts';

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
		await visit(page, '/');
		await expect(page.locator('[data-map-state="idle"]')).toBeAttached({ timeout: 120_000 });
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
