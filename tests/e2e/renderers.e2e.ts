/**
 * The live map shows what the legend says, on both renderers: inside each of
 * the 40 municipalities the drawn colour is the legend's class colour for
 * that municipality (read from the legend's ranges and the table's value),
 * and «no alcanzado» shows its hatch. The SVG map is the prerendered one;
 * MapLibre replaces it when WebGL exists.
 */
import type { Page } from '@playwright/test';
import { disableWebGL, expect, test, visit } from './fixtures.ts';
import { glCandidates, judge, sampleGl, sampleSvg } from './sampling.ts';
import { expectedFromLegend, readDom } from './views.ts';

const VIEWS = [
	'',
	'metrica=beneficiarios&normalizacion=por-mil',
	'cortes=iguales&clases=7',
	'metas=6',
	'evidencia=texto'
];

// Sampling 40 municipalities takes a while on a shared 2-core machine.
test.describe.configure({ timeout: 300_000 });

const candidates = glCandidates();

/** Waits until the page shows the URL's view (applied once mounted). */
async function shown(page: Page, q: string): Promise<void> {
	const p = new URLSearchParams(q);
	const form = page.locator('form[aria-label="Opciones del mapa"]');
	if (p.get('metrica')) await expect(form.getByLabel('Qué mostrar')).toHaveValue(p.get('metrica') ?? '');
	if (p.get('clases')) await expect(form.getByLabel('Número de clases')).toHaveValue(p.get('clases') ?? '');
	if (p.get('metas')) await expect(page.locator('summary', { hasText: 'Metas (1 de 18)' })).toBeVisible();
	if (p.get('evidencia')) await expect(form.getByLabel(/También los mencionados/)).toBeChecked();
}

for (const q of VIEWS) {
	test(`SVG map: every municipality drawn in its legend class (/?${q})`, async ({ page, problems }) => {
		await disableWebGL(page);
		await page.setViewportSize({ width: 1280, height: 1000 });
		await visit(page, `/?${q}`);
		await shown(page, q);
		await expect(page.locator('.mapview')).toHaveAttribute('data-renderer', 'svg');
		const { expected, problems: legend } = expectedFromLegend(await readDom(page));
		expect(legend).toEqual([]);
		const { windows, underLabels, narrow } = await sampleSvg(page);
		const verdict = judge(windows, expected);
		console.log(
			`SVG /?${q}: ${verdict.sampled} de 40 municipios muestreados, ${verdict.windows} ventanas; ` +
				`${underLabels.length} con las etiquetas ocultas (${underLabels.join(', ')}), ` +
				`${narrow.length} por todos sus píxeles interiores (${narrow.join(', ')})`
		);
		expect(verdict.wrong).toEqual([]);
		expect(verdict.sampled).toBe(40);
		expect(problems.pageErrors).toEqual([]);
	});

	test(`MapLibre map: every municipality drawn in its legend class (/?${q})`, async ({ page, problems }) => {
		const warnings: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning') warnings.push(m.text());
		});
		await page.setViewportSize({ width: 1280, height: 1000 });
		await visit(page, `/?${q}`);
		await shown(page, q);
		await expect(page.locator('[data-map-state="idle"]')).toBeAttached({ timeout: 120_000 });
		await expect(page.locator('.mapview')).toHaveAttribute('data-renderer', 'webgl');
		const { expected, problems: legend } = expectedFromLegend(await readDom(page));
		expect(legend).toEqual([]);
		const { windows, zoomed } = await sampleGl(page, candidates);
		const verdict = judge(windows, expected);
		console.log(
			`MapLibre /?${q}: ${verdict.sampled} de 40 municipios muestreados, ${verdict.windows} ventanas; ` +
				`${zoomed.length} con el mapa acercado (${zoomed.join(', ')})`
		);
		expect(verdict.wrong).toEqual([]);
		expect(verdict.sampled).toBe(40);
		// The hatch image exists before any tile: MapLibre never has to say it is missing.
		expect(warnings.filter((w) => /image/i.test(w))).toEqual([]);
		expect(problems.pageErrors).toEqual([]);
	});
}
