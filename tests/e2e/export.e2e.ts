/** Staff export a view's map as a complete figure, PNG or SVG, from the app. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, visit } from './fixtures.ts';
import { pngFacts } from './png.ts';
import { PDFDocument } from 'pdf-lib';
import { LOCALIZACION_COLORS } from '../../src/lib/report/localizacion.ts';
import { LOCATOR_COLORS } from '../../src/lib/scales/scale.ts';

async function exportFigure(
	page: Page,
	options: { format: 'png' | 'svg'; paper?: string; orientation?: string }
): Promise<{ name: string; bytes: Buffer }> {
	const panel = page.locator('details.export');
	if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
	await panel.getByLabel('Formato').selectOption(options.format);
	if (options.paper) await panel.getByLabel('Tamaño').selectOption(options.paper);
	if (options.orientation) await panel.getByLabel('Orientación').selectOption(options.orientation);
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		panel.getByRole('button', { name: 'Descargar' }).click()
	]);
	await expect(panel.getByRole('status')).toContainText('Descargada');
	return { name: download.suggestedFilename(), bytes: readFileSync((await download.path()) as string) };
}

test.describe.configure({ timeout: 120_000 });

test('a meta LOCALIZACIÓN map exports as a 300-dpi A4 PNG that is never blank, and again identically', async ({
	page
}) => {
	await visit(page, '/meta/6');
	const first = await exportFigure(page, { format: 'png', paper: 'a4', orientation: 'vertical' });
	expect(first.name).toBe('meta-06-localizacion-a4-vertical.png');
	const facts = pngFacts(first.bytes, [LOCALIZACION_COLORS.localizacion, LOCALIZACION_COLORS.texto]);
	expect([facts.width, facts.height, facts.dpi]).toEqual([2480, 3508, 300]);
	expect(facts.colours).toBeGreaterThan(20);
	expect(facts.missing).toEqual([]);
	const second = await exportFigure(page, { format: 'png' });
	expect(second.bytes.equals(first.bytes)).toBe(true);
});

test('the SVG export is vector, self-contained and complete', async ({ page }) => {
	await visit(page, '/meta/6');
	const { name, bytes } = await exportFigure(page, {
		format: 'svg',
		paper: 'carta',
		orientation: 'horizontal'
	});
	expect(name).toBe('meta-06-localizacion-carta-horizontal.svg');
	const svg = bytes.toString('utf8');
	expect(svg).toMatch(/^<svg [^>]*width="279.4mm" height="215.9mm"/);
	expect(svg).toContain('Meta 6: Programas de gestión empresarial');
	expect(svg).toContain('@font-face');
	expect(svg).not.toContain('<image');
	expect(svg).not.toMatch(/(href|src)="https?:/);
	expect(svg).toContain('>Nombrado en «LOCALIZACIÓN');
});

test('the explorer exports its current view, with the rule behind the estimate', async ({ page }) => {
	await visit(page, '/?metrica=beneficiarios&normalizacion=por-mil');
	await expect(page.getByLabel('Qué mostrar')).toHaveValue('beneficiarios');
	const svg = (await exportFigure(page, { format: 'svg' })).bytes.toString('utf8');
	expect(svg).toContain('Beneficiarios estimados (personas) por municipio · Por 1.000 habitantes');
	expect(svg).toContain('>Estimación:');
	const png = await exportFigure(page, { format: 'png', paper: 'pantalla', orientation: 'vertical' });
	expect(png.name).toBe('departamento-beneficiarios-por-mil-igual-pantalla-vertical.png');
	const facts = pngFacts(png.bytes);
	expect([facts.width, facts.height]).toEqual([1600, 2000]);
	expect(facts.colours).toBeGreaterThan(20);
});

test('subregion and municipality views export their figures', async ({ page }) => {
	await visit(page, '/subregiones');
	const sub = (await exportFigure(page, { format: 'svg' })).bytes.toString('utf8');
	expect(sub).toContain('Inversión estimada por subregión');
	for (const name of ['Oriental', 'Norte', 'Occidental', 'Centro', 'Suroriental', 'Suroccidental']) {
		expect(sub).toContain(`>${name}</text>`);
	}
	await visit(page, '/municipio/54810');
	const mun = (await exportFigure(page, { format: 'svg' })).bytes.toString('utf8');
	expect(mun).toContain('Tibú: metas del informe que lo nombran');
});

test('a municipality page downloads its one-page A4 ficha as PNG and as PDF', async ({ page }) => {
	await visit(page, '/municipio/54405');
	const ficha = page.getByRole('region', { name: 'Ficha de Los Patios para imprimir' });
	const get = async (name: string) => {
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 90_000 }),
			ficha.getByRole('button', { name }).click()
		]);
		await expect(ficha.getByRole('status')).toContainText('Descargada');
		return { name: download.suggestedFilename(), bytes: readFileSync((await download.path()) as string) };
	};
	const png = await get('Descargar ficha (PNG)');
	expect(png.name).toBe('ficha-54405-los-patios.png');
	const facts = pngFacts(png.bytes, [LOCATOR_COLORS.municipio, LOCATOR_COLORS.subregion]);
	expect([facts.width, facts.height, facts.dpi]).toEqual([2480, 3508, 300]);
	expect(facts.missing).toEqual([]);
	const pdf = await get('Descargar ficha (PDF)');
	expect(pdf.name).toBe('ficha-54405-los-patios.pdf');
	const doc = await PDFDocument.load(pdf.bytes);
	expect(doc.getPageCount()).toBe(1);
	// A4 in points: 210 × 297 mm.
	const { width, height } = doc.getPage(0).getSize();
	expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
	expect(doc.getTitle()).toContain('Los Patios');
});
