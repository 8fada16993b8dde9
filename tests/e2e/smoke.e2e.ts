import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

/** Every route of the app; the smoke test visits each one. */
const ROUTES = ['/'];

for (const route of ROUTES) {
	test(`${route} loads without errors or off-site requests`, async ({ page, problems }) => {
		await page.goto(route);
		await expect(page.locator('h1')).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(problems.pageErrors).toEqual([]);
	});

	test(`${route} has no serious or critical accessibility violations`, async ({ page }) => {
		await page.goto(route);
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
}

test('the home page lists the 18 metas of the report with their figures', async ({ page, problems }) => {
	await page.goto('/');
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(19);
	const meta8 = page.getByRole('row', { name: /^8 / });
	await expect(meta8).toContainText('$ 12.972 millones');
	await expect(meta8).toContainText('Cúcuta, Villa del Rosario, Los Patios, Ocaña, Pamplona');
	await expect(page.getByRole('row', { name: /^10 / })).toContainText('El informe no indica localización');
	expect(problems.consoleErrors).toEqual([]);
});

test('the JSON download is the published dataset', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.getByRole('link', { name: /Descargar los datos/ }).getAttribute('href');
	const res = await request.get(href ?? '');
	expect(res.ok()).toBe(true);
	const data = await res.json();
	expect(data.municipalities).toHaveLength(40);
	expect(data.metas.map((m: { number: number }) => m.number)).toContain(20);
});
