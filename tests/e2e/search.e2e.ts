/**
 * The home page's search as citizens use it: typos, partial names, places
 * and subregions; the keyboard of the WAI-ARIA combobox; a phone. Expected
 * codes and names come from geodata/municipios.json and src/data/lugares.yaml.
 */
import type { Page } from '@playwright/test';
import { expect, test, visit } from './fixtures.ts';
import { NEWEST_ID } from './site.ts';

// The client loads the next page's code and data first: seconds on a loaded 2-core machine,
// where a test that opens two pages once took most of the default 30 s.
const NAVIGATION = { timeout: 20_000 };
test.describe.configure({ timeout: 90_000 });

const box = (page: Page) => page.getByRole('combobox', { name: 'Buscar un municipio, lugar o subregión' });
const options = (page: Page) =>
	page.getByRole('listbox', { name: 'Resultados de la búsqueda' }).getByRole('option');

async function opened(page: Page, path: RegExp, h1: string) {
	await expect(page).toHaveURL(path, NAVIGATION);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
}

for (const [typed, first] of [
	['cucta', 'Cúcuta · Oriental'],
	['villa rosario', 'Villa del Rosario · Oriental'],
	['La Gabarra', 'La Gabarra · corregimiento de Tibú'],
	['gabarra', 'La Gabarra · corregimiento de Tibú'],
	['norte', 'Norte · subregión, 4 municipios'],
	['metropolitana', 'Metropolitana · subregión Oriental, 6 municipios']
]) {
	test(`«${typed}» offers «${first}» first`, async ({ page, problems }) => {
		await visit(page, '/');
		await box(page).fill(typed);
		await expect(options(page).first()).toHaveText(first);
		await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
		await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
		const n = await options(page).count();
		await expect(page.locator('search [role="status"]')).toHaveText(
			n === 1 ? '1 resultado' : `${n} resultados`
		);
		expect(problems.pageErrors).toEqual([]);
	});
}

test('Enter opens the first match: «cucta» -> San José de Cúcuta (54001)', async ({ page, problems }) => {
	await visit(page, '/');
	await box(page).fill('cucta');
	await box(page).press('Enter');
	await opened(page, /\/municipio\/54001\/$/, 'San José de Cúcuta');
	expect(problems.pageErrors).toEqual([]);
});

test('ArrowDown then Enter opens the second match: «cucu» -> Cucutilla (54223)', async ({
	page,
	problems
}) => {
	await visit(page, '/');
	await box(page).fill('cucu');
	await expect(options(page)).toHaveText(['Cúcuta · Oriental', 'Cucutilla · Centro']);
	await box(page).press('ArrowDown');
	const second = options(page).nth(1);
	await expect(second).toHaveAttribute('aria-selected', 'true');
	await expect(box(page)).toHaveAttribute(
		'aria-activedescendant',
		(await second.getAttribute('id')) as string
	);
	await box(page).press('Enter');
	await opened(page, /\/municipio\/54223\/$/, 'Cucutilla');
	expect(problems.pageErrors).toEqual([]);
});

test('a corregimiento opens its municipality: «La Gabarra» -> Tibú (54810)', async ({ page, problems }) => {
	await visit(page, '/');
	await box(page).fill('La Gabarra');
	await box(page).press('Enter');
	await opened(page, /\/municipio\/54810\/$/, 'Tibú');
	expect(problems.pageErrors).toEqual([]);
});

test('a subregion opens its row on the subregions page: «norte»', async ({ page, problems }) => {
	await visit(page, '/');
	await box(page).fill('norte');
	await box(page).press('Enter');
	await expect(page).toHaveURL(/\/subregiones\/#norte$/, NAVIGATION);
	await expect(page.locator('tr#norte')).toBeInViewport();
	await expect(page.locator('tr#norte')).toContainText('Norte');
	expect(problems.pageErrors).toEqual([]);
});

test('results stay in the edition in the URL', async ({ page, problems }) => {
	await visit(page, `/${NEWEST_ID}/`);
	await box(page).fill('tibu');
	await box(page).press('Enter');
	await opened(page, new RegExp(`/${NEWEST_ID}/municipio/54810/$`), 'Tibú');
	expect(problems.pageErrors).toEqual([]);
});

test('Enter pressed before the matcher has arrived still opens the first match', async ({
	page,
	problems
}) => {
	await visit(page, '/');
	// The page is loaded, so the only script asked for now is the lazily loaded matcher:
	// hold it back until Enter has been pressed.
	let release!: () => void;
	const released = new Promise<void>((r) => (release = r));
	let held = 0;
	await page.route('**/*.js', async (route) => {
		held++;
		await released;
		await route.continue();
	});
	await box(page).fill('tibu');
	await box(page).press('Enter');
	await expect.poll(() => held).toBeGreaterThan(0);
	await expect(page).toHaveURL(/\/$/);
	release();
	await opened(page, /\/municipio\/54810\/$/, 'Tibú');
	expect(problems.pageErrors).toEqual([]);
	// Scripts still in flight would reach a handler of a finished test.
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('no match says so and links the nearest names', async ({ page, problems }) => {
	await visit(page, '/');
	await box(page).fill('tivuu');
	const status = page.locator('search [role="status"]');
	await expect(status).toHaveText('Ningún municipio, lugar ni subregión se llama así. ¿Quiso decir Tibú?');
	await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('listbox', { includeHidden: true })).toBeHidden();
	// Enter with nothing to open does nothing.
	await box(page).press('Enter');
	await expect(page).toHaveURL(/\/$/);
	await status.getByRole('link', { name: 'Tibú' }).click();
	await opened(page, /\/municipio\/54810\/$/, 'Tibú');
	expect(problems.pageErrors).toEqual([]);
});

test('keyboard only: Tab to the field, arrows wrap, Escape closes then clears', async ({
	page,
	problems
}) => {
	await visit(page, '/');
	for (let i = 0; i < 30 && !(await box(page).evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(box(page)).toBeFocused();
	await page.keyboard.type('cucu');
	await expect(options(page)).toHaveCount(2);
	// Up from the first goes round to the last; down from the last back to the first.
	await page.keyboard.press('ArrowUp');
	await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowDown');
	await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('Escape');
	await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
	await expect(box(page)).toHaveValue('cucu');
	await expect(box(page)).not.toHaveAttribute('aria-activedescendant');
	// Down opens the list again.
	await page.keyboard.press('ArrowDown');
	await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(box(page)).toHaveValue('');
	await page.keyboard.type('zulia');
	await page.keyboard.press('Enter');
	await opened(page, /\/municipio\/54261\/$/, 'El Zulia');
	expect(problems.pageErrors).toEqual([]);
});

test('the prerendered field is inert until the page is live', async ({ request }) => {
	const html = await (await request.get('/')).text();
	expect(html).toMatch(/<input[^>]*role="combobox"[^>]*\sdisabled/);
});

test.describe('on a 390 × 844 phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('options are tall enough to tap and nothing scrolls sideways', async ({ page, problems }) => {
		await visit(page, '/');
		await box(page).fill('c');
		await expect(options(page)).toHaveCount(8);
		for (const o of await options(page).all()) {
			const b = await o.boundingBox();
			expect(b?.height).toBeGreaterThanOrEqual(24);
			expect((b?.x ?? -1) >= 0 && (b?.x ?? 0) + (b?.width ?? 0) <= 390).toBe(true);
		}
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
		await options(page).filter({ hasText: 'Chinácota' }).tap();
		await opened(page, /\/municipio\/54172\/$/, 'Chinácota');
		expect(problems.pageErrors).toEqual([]);
	});
});
