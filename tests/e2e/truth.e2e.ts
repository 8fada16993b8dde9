/**
 * Nothing misleading: what a citizen, a mayor and a journalist read on the
 * built pages. Expected figures are hand-computed (see the unit tests cited).
 */
import { readFileSync } from 'node:fs';
import { test, expect, visit } from './fixtures.ts';

/** The subregion list's caveat, as the geodata carries it (geodata/SOURCES.md). */
const { subregionsNote } = JSON.parse(
	readFileSync(new URL('../../geodata/municipios.json', import.meta.url), 'utf8')
) as { subregionsNote: string };

test.describe('a municipality page', () => {
	test('leads with the municipality’s own estimate; on each card the share outweighs the whole meta’s figures', async ({
		page,
		problems
	}) => {
		await visit(page, '/municipio/54001');
		const main = page.locator('main');
		// The first figure of the page is Cúcuta's own estimate (src/lib/views/estimate.test.ts).
		const first = main.locator('[data-figure]').first();
		await expect(first).toHaveAttribute('data-figure', 'estimacion-municipio');
		await expect(first).toContainText('$ 3.101,46 millones');
		await expect(first).toContainText('774 personas y 20 organizaciones');
		const own = main.getByRole('region', { name: 'Estimación para Cúcuta' });
		await expect(own).toContainText('8 metas nombran a Cúcuta en su LOCALIZACIÓN');
		await expect(own).toContainText('Estimación: la inversión y los beneficiarios de cada meta se reparten');

		const cards = main.locator('article.meta');
		await expect(cards).toHaveCount(11);
		for (const card of await cards.all()) {
			// The card's first figure is Cúcuta's share (or «No se reparte»), then the whole meta's.
			const figures = card.locator('[data-figure], .fig');
			await expect(figures.first()).toHaveAttribute('data-figure', 'parte-municipio');
			await expect(card.getByText('Inversión reportada de toda la meta')).toBeVisible();
			const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
			const share = await card.locator('[data-figure="parte-municipio"] strong').evaluate(size);
			for (const whole of await card
				.locator('.fig')
				.evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)))) {
				expect(share).toBeGreaterThan(whole);
			}
		}
		// Meta 8: $ 12.972 millones is the whole meta's; Cúcuta's share is 12.972 / 5 = $ 2.594,4 millones.
		const m8 = cards.filter({ has: page.getByRole('heading', { name: /^Meta 8:/ }) });
		await expect(m8.locator('[data-figure="parte-municipio"]')).toContainText(
			'$ 2.594,4 millones y 78 beneficiarios'
		);
		await expect(m8.locator('dl')).toContainText('$ 12.972 millones');
		// Meta 3 (departmental) is not split.
		const m3 = cards.filter({ has: page.getByRole('heading', { name: /^Meta 3:/ }) });
		await expect(m3.locator('[data-figure="parte-municipio"]')).toHaveText('No se reparte');
		expect(problems.pageErrors).toEqual([]);
	});

	test('a municipality no meta names says so, and does not claim departmental metas reached it', async ({
		page
	}) => {
		await visit(page, '/municipio/54109');
		const main = page.locator('main');
		await expect(main.locator('[data-figure="estimacion-municipio"]')).toHaveText('No nombrado');
		await expect(main).toContainText('Ninguna meta del informe nombra a Bucarasica: no tiene estimación.');
		await expect(main).toContainText(
			'Las metas 3, 12 y 20 declaran alcance departamental, pero el informe no nombra a Bucarasica en ellas.'
		);
		const text = (await main.innerText()).toLowerCase();
		for (const claim of ['le llegan', 'llegó', 'alcanzado', 'cubren todo el departamento']) {
			expect(text, claim).not.toContain(claim);
		}
		// The subregion comes with its provenance caveat.
		await expect(main).toContainText('lista pendiente de confirmar con la Secretaría');
	});

	test('named only by a departmental meta: no amount of its own, said in words', async ({ page }) => {
		await visit(page, '/municipio/54003');
		await expect(page.locator('[data-figure="estimacion-municipio"]')).toHaveText('Sin monto propio');
		await expect(page.locator('main')).toContainText(
			'La meta 12 lo nombra en su LOCALIZACIÓN, pero es de alcance departamental'
		);
	});
});

test('meta 8 shows its beneficiary breakdown by group, with the quote', async ({ page }) => {
	await visit(page, '/meta/8');
	const groups = page.getByRole('region', { name: 'Beneficiarios por grupo, según el informe' });
	await expect(groups).toContainText('6 %');
	await expect(groups).toContainText('«destacando de éstos el 6% tienen condiciones especiales');
	await visit(page, '/meta/15');
	await expect(
		page.getByRole('region', { name: /Beneficiarios por grupo/ }).getByRole('listitem')
	).toHaveCount(7);
});

test('a cross-meta inconsistency shows on both metas and on /metodo, with its quotes', async ({ page }) => {
	for (const [path, link] of [
		['/meta/5', 'meta 2'],
		['/meta/2', 'meta 5']
	]) {
		await visit(page, path);
		const note = page.locator('li.note').filter({ hasText: 'Misión Chile' });
		await expect(note).toContainText('Incoherencia del informe entre las metas 2 y 5');
		await expect(note.getByRole('list', { name: 'Lo que dice el informe' })).toContainText(
			'«Misión Chile desarrolla el 14 y 18 de octubre de 2024»'
		);
		await expect(note.getByRole('link', { name: link })).toBeVisible();
	}
	await visit(page, '/metodo');
	const cross = page.getByRole('region', { name: 'Incoherencias entre metas' });
	for (const t of ['Misión Chile', 'EXPOCUC', 'Durante 3 días', 'INSPIRA', 'Festival Catatumbo']) {
		await expect(cross, t).toContainText(t);
	}
});

test('/metodo reconciles the introduction like with like and never says «cuadra»', async ({ page }) => {
	await visit(page, '/metodo');
	const section = page.getByRole('region', { name: 'Totales de la introducción frente a las metas' });
	await expect(section).toContainText('no dice qué metas suma');
	const intl = section.getByRole('article', { name: 'Internacionalización de la economía' });
	// 776 + 601,4 + 99,2 + 703 + 1.158,69 = 3.338,29; +1.157,29 over «superior a $2.181 millones» (+53,1 %).
	const investment = intl.getByRole('row', { name: /^Inversión/ });
	await expect(investment).toContainText('$ 3.338,29 millones');
	await expect(investment).toContainText('+$ 1.157,29 millones (+53,1 %)');
	await expect(investment).toContainText('No coincide');
	const people = intl.getByRole('row', { name: /^Beneficiarios/ });
	await expect(people).toContainText(
		'No comparable: el informe cuenta empresarios; las metas 1, 2 y 5 cuentan ciudadanos'
	);
	await expect(people).toContainText('710 ciudadanos (metas 1, 2 y 5)');
	const text = await section.innerText();
	expect(text).not.toMatch(/¿Cuadra\?|\bcuadra\b|: sí\b/i);
	// The sum of the 18 metas is ours, not the report's: 24.633,99 (hand sum of metas.yaml).
	await expect(page.locator('main')).toContainText(
		'La suma de la inversión reportada por las 18 metas, $ 24.633,99 millones, se calcula aquí: el informe no da ese total.'
	);
});

test('the sum of the metas is labelled as computed, on /metas and on the map', async ({ page }) => {
	await visit(page, '/metas');
	await expect(page.locator('.lead')).toContainText(
		'$ 24.633,99 millones, calculada aquí: el informe no da ese total'
	);
	await visit(page, '/');
	await expect(page.locator('.apart')).toContainText(
		'calculada aquí (el informe no da ese total): $ 24.633,99 millones'
	);
	// A municipality no meta names is «no nombrado», in the legend and the table.
	await expect(page.locator('.legend')).toContainText('No nombrado por las metas seleccionadas');
	await expect(page.getByRole('row', { name: /Bucarasica/ })).toContainText('No nombrado');
	await expect(page.locator('main')).not.toContainText(/no alcanzado/i);
});

test('the subregions page states that the subregion list is not yet confirmed', async ({ page }) => {
	await visit(page, '/subregiones');
	expect(subregionsNote).toMatch(/pendiente de confirmar/);
	await expect(page.getByRole('note')).toContainText(subregionsNote);
	await expect(page.getByRole('columnheader', { name: 'Municipios nombrados' })).toBeVisible();
});
