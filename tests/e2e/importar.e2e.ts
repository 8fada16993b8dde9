/**
 * /importar as staff use it: a workbook exported from the current edition previews with the
 * explorer's map and legend and exports figures marked as a local preview; a workbook with
 * mistakes lists them in Spanish by sheet, row and column; a Word report becomes a draft whose
 * workbook downloads and, uploaded back, is refused until reviewed. All under the site's policy,
 * nothing requested outside localhost (the `problems` fixture).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, seriousViolations, settleMap, visit } from './fixtures.ts';
import { pngFacts } from './png.ts';
import { defaultEditionId } from '../../scripts/data/sources.ts';
import { loadEdition, loadTerritory } from '../../scripts/data/workbook-io.ts';
import { renderDocx } from '../fixtures/informe/docx.ts';
import { generate } from '../fixtures/informe/synthetic.ts';
import { editionToWorkbook, type WorkbookModel } from '../../src/lib/workbook/index.ts';
import { writeWorkbookBytes } from '../../src/lib/workbook/sheetjs.ts';

test.describe.configure({ timeout: 180_000 });

const dir = mkdtempSync(join(tmpdir(), 'importar-e2e-'));
const current = () => editionToWorkbook(loadEdition(defaultEditionId()), loadTerritory());

function save(name: string, bytes: Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, bytes);
	return path;
}

/** `model` with the cell under `header`, in the row whose first cell is `key`, set to `value`; its row number. */
function setCell(model: WorkbookModel, sheet: string, key: number, header: string, value: string) {
	const s = model.sheets.find((x) => x.name === sheet)!;
	const col = s.rows[0].findIndex((c) => c?.t === 's' && c.v === header);
	const row = s.rows.findIndex((r, i) => i > 0 && r[0]?.t === 'n' && r[0].v === key);
	expect([col >= 0, row > 0]).toEqual([true, true]);
	s.rows[row][col] = { t: 's', v: value };
	return row + 1;
}

async function upload(page: Page, path: string) {
	await page.getByLabel(/Elegir un libro/).setInputFiles(path);
}

/** The export panel inside `scope`: picks `format`, downloads, returns the file. */
async function exportIn(page: Page, scope: Locator, format: 'png' | 'svg') {
	const panel = scope.locator('details.export');
	if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
	await panel.getByLabel('Formato').selectOption(format);
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 120_000 }),
		panel.getByRole('button', { name: 'Descargar' }).click()
	]);
	await expect(panel.getByRole('status')).toContainText('Descargada');
	return { name: download.suggestedFilename(), bytes: readFileSync((await download.path()) as string) };
}

test('a workbook exported from the current edition previews locally and exports its figures', async ({
	page,
	problems
}) => {
	await visit(page, '/importar');
	await upload(page, save('edicion-actual.xlsx', writeWorkbookBytes(current(), 'xlsx')));
	const banner = page.getByRole('heading', {
		name: 'Vista previa local: estos datos están solo en su navegador; no se publicaron.'
	});
	await expect(banner).toBeVisible({ timeout: 60_000 });
	await expect(banner).toBeFocused();
	await expect(page.getByRole('status').first()).toContainText('Vista previa local');

	const explorer = page.locator('section.explorer');
	await expect(explorer.locator('.mapview')).toBeVisible();
	await expect(explorer.locator('figure.legend')).toContainText('Inversión');
	await expect(explorer.getByRole('table')).toContainText('Cúcuta');

	const png = await exportIn(page, explorer, 'png');
	expect(png.name).toBe('vista-previa-departamento-inversion-total-igual-a4-vertical.png');
	expect(pngFacts(png.bytes).dpi).toBe(300);
	const svg = await exportIn(page, explorer, 'svg');
	expect(svg.name).toBe('vista-previa-departamento-inversion-total-igual-a4-vertical.svg');
	expect(svg.bytes.toString('utf8')).toContain('VISTA PREVIA LOCAL con los datos de «edicion-actual.xlsx»');

	// The LOCALIZACIÓN map of a meta picked in the selector, and its figure.
	const meta = page.locator('section.meta');
	await meta.getByRole('combobox', { name: 'Meta', exact: true }).selectOption('6');
	await expect(meta.getByRole('heading', { level: 3 })).toContainText('Meta 6');
	await expect(meta.getByRole('group', { name: 'LOCALIZACIÓN de la meta 6' })).toBeVisible();
	const metaPng = await exportIn(page, meta, 'png');
	expect(metaPng.name).toBe('vista-previa-meta-06-localizacion-a4-vertical.png');
	expect(pngFacts(metaPng.bytes).dpi).toBe(300);
	// Reading the file loaded zod, YAML and SheetJS: none may break the policy (zod must be jitless).
	expect(problems.cspViolations).toEqual([]);
});

test('the preview fits a phone screen and has no serious accessibility violations', async ({
	page,
	problems
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await visit(page, '/importar');
	await upload(page, save('movil.xlsx', writeWorkbookBytes(current(), 'xlsx')));
	await expect(page.locator('section.preview')).toBeVisible({ timeout: 60_000 });
	await settleMap(page);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	expect(await seriousViolations(page)).toEqual([]);
	expect(problems.cspViolations).toEqual([]);
});

test('a workbook with mistakes lists them in Spanish by sheet, row and column, and shows no preview', async ({
	page,
	problems
}) => {
	const model = current();
	const placeRow = setCell(model, 'lugares', 1, 'municipio', 'Ocanna');
	const metaRow = setCell(model, 'metas', 2, 'inversion_millones', 'mucho');
	await visit(page, '/importar');
	await upload(page, save('con-errores.xlsx', writeWorkbookBytes(model, 'xlsx')));

	// Meta 2 without its amount also leaves the «totales» row that cites it pointing nowhere.
	const heading = page.getByRole('heading', { name: /^El libro tiene \d+ problemas$/ });
	await expect(heading).toBeVisible({ timeout: 60_000 });
	await expect(heading).toBeFocused();
	await expect(page.getByRole('status').first()).toHaveText(/^El libro tiene \d+ problemas\.$/);
	const list = page.locator('section.problems');
	await expect(list.getByRole('heading', { name: 'Hoja «metas»' })).toBeVisible();
	await expect(list.getByRole('heading', { name: 'Hoja «lugares»' })).toBeVisible();
	await expect(list.getByRole('listitem').filter({ hasText: 'Ocanna' })).toContainText(
		`Hoja «lugares», fila ${placeRow}, columna «municipio»: valor «Ocanna»`
	);
	await expect(list.getByRole('listitem').filter({ hasText: 'Ocanna' })).toContainText(
		'¿Quiso decir «Ocaña»?'
	);
	await expect(list.getByRole('listitem').filter({ hasText: 'mucho' })).toContainText(
		`Hoja «metas», fila ${metaRow}, columna «inversion_millones»: valor «mucho»`
	);
	await expect(page.locator('section.preview')).toHaveCount(0);
	expect(await seriousViolations(page)).toEqual([]);
	// Reading the file loaded zod, YAML and SheetJS: none may break the policy (zod must be jitless).
	expect(problems.cspViolations).toEqual([]);
});

test('a Word report becomes a draft; its workbook downloads and is refused until reviewed', async ({
	page,
	problems
}) => {
	const report = generate({ municipalities: loadTerritory().municipalities, seed: 7, metas: 4 });
	await visit(page, '/importar');
	await upload(page, save('informe.docx', await renderDocx(report)));

	const draft = page.locator('section.draft');
	await expect(draft.getByRole('heading', { name: 'Borrador a partir de «informe.docx»' })).toBeVisible({
		timeout: 60_000
	});
	await expect(draft.locator('details.meta')).toHaveCount(report.metas.length);
	await expect(draft.locator('.badge.found').first()).toBeVisible();
	await expect(draft.locator('q').first()).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		draft.getByRole('button', { name: 'Descargar el borrador como libro (.xlsx)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('borrador-informe.xlsx');
	const book = save('borrador-informe.xlsx', readFileSync((await download.path()) as string));

	await upload(page, book);
	const refused = page.locator('section.problems');
	await expect(refused).toBeVisible({ timeout: 60_000 });
	await expect(refused.getByRole('listitem').filter({ hasText: 'columna «revisar»' }).first()).toContainText(
		'se esperaba la columna vacía'
	);
	// Reading the file loaded zod, YAML and SheetJS: none may break the policy (zod must be jitless).
	expect(problems.cspViolations).toEqual([]);
});

test('the template workbook downloads from the page', async ({ page, problems }) => {
	await visit(page, '/importar');
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.getByRole('button', { name: 'Descargar la plantilla del libro (.xlsx)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('plantilla-edicion.xlsx');
	const bytes = readFileSync((await download.path()) as string);
	expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
	const guide = await page.request.get(
		(await page.getByRole('link', { name: /Guía para llenar el libro/ }).getAttribute('href')) ?? ''
	);
	expect(await guide.text()).toContain('# Guía para llenar el libro de una edición');
	// Reading the file loaded zod, YAML and SheetJS: none may break the policy (zod must be jitless).
	expect(problems.cspViolations).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page says it needs JavaScript, and its file input is inert', async ({ page }) => {
		const response = await page.goto('/importar');
		// Chromium with scripting turned off by Playwright still parses <noscript> as text, so the
		// message is checked in the prerendered HTML a browser without JavaScript shows.
		expect(await response?.text()).toMatch(
			/<noscript><p[^>]*>Esta página necesita JavaScript: lee el archivo/
		);
		await expect(page.getByLabel(/Elegir un libro/)).toBeDisabled();
		await expect(page.getByRole('button', { name: /Descargar la plantilla/ })).toBeDisabled();
	});
});
