import { test, expect, seriousViolations, settleMap, visit } from './fixtures.ts';

/** One example of every route of the app; the smoke test visits each one. */
const ROUTES = [
	'/',
	'/metas',
	'/subregiones',
	'/metodo',
	'/municipio/54810',
	'/municipio/54109',
	'/meta/6',
	'/meta/10',
	'/meta/12',
	'/importar',
	'/comparar'
];

for (const route of ROUTES) {
	test(`${route} loads without errors or off-site requests`, async ({ page, problems }) => {
		await visit(page, route);
		await expect(page.locator('h1')).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(problems.pageErrors).toEqual([]);
	});

	test(`${route} has no serious or critical accessibility violations`, async ({ page }) => {
		// axe over the live map and a 40-row table took over 30 s on a loaded 2-core CI machine.
		test.setTimeout(120_000);
		await visit(page, route);
		await settleMap(page);
		expect(await seriousViolations(page)).toEqual([]);
	});

	test(`${route} fits a phone screen without sideways scrolling`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await visit(page, route);
		await settleMap(page);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
	});
}

test('the metas page lists the 18 metas of the report with their figures', async ({ page, problems }) => {
	await visit(page, '/metas');
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(19);
	const meta8 = page.getByRole('row', { name: /^8 / });
	await expect(meta8).toContainText('$ 12.972 millones');
	await expect(meta8).toContainText('Cúcuta, Villa del Rosario, Los Patios, Ocaña, Pamplona');
	await expect(page.getByRole('row', { name: /^10 / })).toContainText('El informe no indica localización');
	expect(problems.consoleErrors).toEqual([]);
});

test('the JSON download is the published dataset', async ({ page, request }) => {
	await visit(page, '/metas');
	const href = await page.getByRole('link', { name: /Descargar los datos/ }).getAttribute('href');
	const res = await request.get(href ?? '');
	expect(res.ok()).toBe(true);
	const data = await res.json();
	expect(data.municipalities).toHaveLength(40);
	expect(data.metas.map((m: { number: number }) => m.number)).toContain(20);
});

test('municipality and meta pages are readable without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	// Controls that need JavaScript say so by being disabled, instead of silently doing nothing.
	await page.goto('/');
	await expect(page.getByLabel('Seleccionar un municipio')).toBeDisabled();
	await expect(page.locator('form[aria-label="Opciones del mapa"]')).toHaveAttribute('inert');
	await expect(page.getByRole('table').first().getByRole('link')).toHaveCount(40);
	await page.goto('/municipio/54810');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tibú');
	await expect(page.getByText('$ 590 millones').first()).toBeVisible();
	// Departmental metas are either listed or said to be above; never an empty heading.
	const departmental = page.locator('section[aria-labelledby="dep"]');
	await page.goto('/municipio/54498');
	await expect(departmental).toContainText('Las metas 3, 12 y 20, de alcance departamental, aparecen arriba');
	await page.goto('/municipio/54109');
	await expect(departmental.getByRole('listitem')).toHaveCount(3);
	await page.goto('/meta/6');
	await expect(page.locator('svg a[href$="/municipio/54125"] .municipio').first()).toHaveAttribute(
		'fill',
		'#225ea8'
	);
	await context.close();
});
