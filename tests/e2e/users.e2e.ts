/** One test per kind of user, against the built app in Chromium. */
import { test, expect, disableWebGL, seriousViolations, visit } from './fixtures.ts';
import { NEWEST_ID } from './site.ts';

test('a citizen types "tibu" and sees what reached Tibú', async ({ page, problems }) => {
	await visit(page, '/');
	await page.getByLabel('Buscar un municipio').fill('tibu');
	await page
		.getByRole('listbox', { name: 'Resultados de la búsqueda' })
		.getByRole('option', { name: 'Tibú · Norte' })
		.click();
	// Every page is a folder: the app lands on /municipio/54810/. The client loads the page's
	// code and data first: seconds on a loaded 2-core CI machine (it once took more than 5 s).
	await expect(page).toHaveURL(/\/municipio\/54810\/$/, { timeout: 20_000 });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tibú');
	await expect(page.getByRole('heading', { name: /Meta 18/ })).toBeVisible();
	// Meta 18 among 15 municipalities: 59.000 cents / 15 -> Tibú $ 39,33 millones (a share, not the meta's $ 590).
	const m18 = page.locator('article.meta').filter({ has: page.getByRole('heading', { name: /^Meta 18:/ }) });
	await expect(m18.locator('[data-figure="parte-municipio"]')).toContainText('$ 39,33 millones');
	await expect(m18).toContainText(
		'Partes iguales entre los 15 municipios que la meta nombra en LOCALIZACIÓN'
	);
	// Text-only mentions are listed apart, as weaker evidence.
	await expect(page.getByRole('heading', { name: /solo en el resto del texto/ })).toBeVisible();
	expect(problems.consoleErrors).toEqual([]);
});

test('search tolerates missing accents and case', async ({ page }) => {
	await visit(page, '/');
	for (const [typed, found] of [
		['OCANA', 'Ocaña · Occidental'],
		['cucuta', 'Cúcuta · Oriental'],
		['chinacota', 'Chinácota · Suroriental']
	]) {
		await page.getByLabel('Buscar un municipio').fill(typed);
		await expect(
			page.getByRole('listbox', { name: 'Resultados de la búsqueda' }).getByRole('option', { name: found })
		).toBeVisible();
	}
});

test('a mayor compares two subregions per 1,000 inhabitants', async ({ page, problems }) => {
	await visit(page, '/subregiones');
	await page.getByLabel('Cómo').selectOption('por-mil');
	await expect(page).toHaveURL(/normalizacion=por-mil/);
	await expect(page.getByRole('table').first()).toContainText('por 1.000 hab.');
	await page.getByLabel('Primero').selectOption('subregion:norte');
	await page.getByLabel('Segundo').selectOption('subregion:suroriental');
	const compare = page.locator('table.compare');
	await expect(compare.getByRole('columnheader', { name: 'Subregión Norte' })).toBeVisible();
	await expect(compare.getByRole('columnheader', { name: 'Subregión Suroriental' })).toBeVisible();
	await expect(compare.getByRole('row', { name: /por 1\.000 habitantes/ }).first()).toContainText('millones');
	// Sorting the table by subregion name works from the keyboard.
	await page.getByRole('button', { name: 'Subregión' }).press('Enter');
	await expect(page.getByRole('columnheader', { name: 'Subregión' }).first()).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	expect(problems.consoleErrors).toEqual([]);
});

test('a meta page highlights its LOCALIZACIÓN municipalities', async ({ page, problems }) => {
	await visit(page, '/meta/6');
	const fill = (code: string) => page.locator(`svg a[href$="/municipio/${code}"] .municipio`).first();
	for (const code of ['54001', '54405', '54874', '54518', '54480', '54125', '54174', '54498']) {
		await expect(fill(code)).toHaveAttribute('fill', '#225ea8');
	}
	await expect(fill('54810')).toHaveAttribute('fill', '#a1dab4');
	await expect(fill('54109')).toHaveAttribute('fill', '#ffffff');
	await expect(page.getByText('Cácota (escrito «Cágota»)')).toBeVisible();
	await visit(page, '/meta/10');
	await expect(page.getByText('no dice dónde se intervino')).toBeVisible();
	expect(problems.consoleErrors).toEqual([]);
});

test('a shared URL restores the view, and back/forward work', async ({ page, problems }) => {
	await visit(page, '/?metrica=beneficiarios&normalizacion=por-mil&regla=poblacion&municipio=54810');
	await expect(
		page.getByRole('heading', { name: 'Beneficiarios estimados (personas) · Por 1.000 habitantes' })
	).toBeVisible();
	await expect(page.getByLabel('Qué mostrar')).toHaveValue('beneficiarios');
	await expect(page.getByLabel('Regla de estimación')).toHaveValue('poblacion');
	await expect(page.getByRole('status').filter({ hasText: 'Tibú' })).toContainText(
		'Ver las metas que nombran a Tibú'
	);
	await expect(page.getByText(/en proporción a su población \(DANE 2025\)/).first()).toBeVisible();

	await page.getByLabel('Qué mostrar').selectOption('metas');
	await expect(page).toHaveURL(/metrica=metas/);
	await page.goBack();
	await expect(page.getByLabel('Qué mostrar')).toHaveValue('beneficiarios');
	await page.goForward();
	await expect(page.getByLabel('Qué mostrar')).toHaveValue('metas');
	expect(problems.consoleErrors).toEqual([]);
});

test('invalid parameters fall back to the default view without errors', async ({ page, problems }) => {
	await visit(page, '/?metrica=dinero&clases=99&municipio=00000&metas=16,17');
	await expect(page.getByRole('heading', { name: 'Inversión estimada · Total' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Número de clases' })).toHaveValue('5');
	await expect(page.getByLabel('Seleccionar un municipio')).toHaveValue('');
	expect(problems.pageErrors).toEqual([]);
	expect(problems.consoleErrors).toEqual([]);
});

test('every municipality is reachable and selectable from the keyboard', async ({ page }) => {
	await visit(page, '/');
	const picker = page.getByLabel('Seleccionar un municipio');
	await expect(picker).toBeEnabled();
	await expect(page.locator('form[aria-label="Opciones del mapa"]')).not.toHaveAttribute('inert');
	await picker.focus();
	await picker.selectOption('54498');
	await expect(page).toHaveURL(/municipio=54498/);
	await expect(page.getByRole('status').filter({ hasText: 'Ocaña' })).toBeVisible();
	// The table gives every figure to keyboard and screen-reader users, with a link per municipality.
	await expect(page.locator('#values-caption')).toContainText('Estimación');
	await expect(page.getByRole('table').first().getByRole('link')).toHaveCount(40);
});

test('without WebGL the map is drawn as SVG with the same legend and links', async ({ page, problems }) => {
	await disableWebGL(page);
	await visit(page, '/');
	await page.waitForLoadState('networkidle');
	await expect(page.locator('.mapview')).toHaveAttribute('data-renderer', 'svg');
	await expect(page.locator('.mapview svg a')).toHaveCount(40);
	await expect(page.locator('.legend li')).not.toHaveCount(0);
	// Keyboard focus on a municipality shows its value and rank; leaving it hides them.
	const cucuta = page.locator('.mapview svg a[href$="/municipio/54001"]');
	await cucuta.focus();
	await expect(page.locator('.tip')).toContainText(
		/Cúcuta: \$ [\d.,]+ millones \(estimación\), puesto \d+ de 40/
	);
	await cucuta.blur();
	await expect(page.locator('.tip')).toHaveCount(0);
	// So does the mouse: over Tibú its tip, out of the map none.
	await page.locator('.mapview svg a[href$="/municipio/54810"]').hover();
	await expect(page.locator('.tip')).toContainText(/^\s*Tibú: /);
	await page.mouse.move(1, 1);
	await expect(page.locator('.tip')).toHaveCount(0);
	expect(await seriousViolations(page)).toEqual([]);
	expect(problems.consoleErrors).toEqual([]);
});

test('with WebGL the MapLibre map draws offline and shows values on hover', async ({ page, problems }) => {
	await visit(page, '/');
	await expect(page.locator('[data-map-state="idle"]')).toBeAttached({ timeout: 30_000 });
	await expect(page.locator('.mapview')).toHaveAttribute('data-renderer', 'webgl');
	const canvas = page.locator('canvas.maplibregl-canvas');
	const box = await canvas.boundingBox();
	expect(box?.width).toBeGreaterThan(200);
	// The canvas is not blank: several distinct colours are drawn.
	const colours = await canvas.evaluate((c: HTMLCanvasElement) => {
		const gl = document.createElement('canvas');
		gl.width = c.width;
		gl.height = c.height;
		const ctx = gl.getContext('2d') as CanvasRenderingContext2D;
		ctx.drawImage(c, 0, 0);
		const d = ctx.getImageData(0, 0, c.width, c.height).data;
		const seen = new Set<string>();
		for (let i = 0; i < d.length; i += 4 * 97) seen.add(`${d[i]},${d[i + 1]},${d[i + 2]}`);
		return seen.size;
	});
	expect(colours).toBeGreaterThan(5);
	expect(problems.offsiteRequests).toEqual([]);
});

test('the current figures download as CSV, for Spanish spreadsheets and for programs', async ({ page }) => {
	await visit(page, '/?metrica=beneficiarios');
	await expect(page.getByLabel('Qué mostrar')).toHaveValue('beneficiarios');
	const get = async (name: string) => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name }).click()
		]);
		const chunks = await (await download.createReadStream()).toArray();
		return { file: download.suggestedFilename(), csv: Buffer.concat(chunks as Buffer[]).toString('utf8') };
	};
	const es = await get('Descargar estas cifras (CSV para Excel o LibreOffice en español)');
	expect(es.file).toBe(`donde-se-intervino-${NEWEST_ID}-metrica-beneficiarios.csv`);
	// BOM, «;» between cells, CRLF; a municipality no meta names has an empty value, not 0.
	expect(es.csv.split('\r\n')[0]).toBe(
		'\uFEFFdivipola;municipio;subregion;poblacion;valor;unidad;estado;puesto;metas;regla'
	);
	expect(es.csv).toMatch(/\r\n54109;Bucarasica;Norte;7703;;personas;no nombrado;;;/);
	const intl = await get('CSV internacional (comas, punto decimal)');
	expect(intl.file).toBe(`donde-se-intervino-${NEWEST_ID}-metrica-beneficiarios-internacional.csv`);
	expect(intl.csv.split('\r\n')[0]).toBe(
		'\uFEFFdivipola,municipio,subregion,poblacion,valor,unidad,estado,puesto,metas,regla'
	);
});

test('the metas table downloads as CSV in both dialects', async ({ page, request }) => {
	await visit(page, '/metas');
	for (const [name, href, sep] of [
		['CSV para Excel o LibreOffice en español', `/datos/metas-${NEWEST_ID}.csv`, ';'],
		['CSV internacional', `/datos/metas-${NEWEST_ID}-internacional.csv`, ',']
	]) {
		await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
		const res = await request.get(href);
		expect(res.status()).toBe(200);
		const text = await res.text();
		expect(text.startsWith(`\uFEFFmeta${sep}titulo${sep}inversion_millones_cop`)).toBe(true);
		expect(text.trim().split('\r\n')).toHaveLength(19);
	}
});

test('the map table sorts municipalities by the name it shows', async ({ page }) => {
	await visit(page, '/');
	const table = page.getByRole('region', { name: /Tabla del mapa/ });
	await table.getByRole('button', { name: 'Municipio' }).click();
	await expect(table.getByRole('columnheader', { name: 'Municipio' })).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	const names = await table.locator('tbody th').allTextContents();
	expect(names[0]).toBe('Ábrego');
	// "Cúcuta" is listed as Cúcuta, not under S for "San José de Cúcuta".
	expect(names.indexOf('Cúcuta')).toBeLessThan(names.indexOf('Durania'));
	expect(names).toHaveLength(40);
	// Named only by departmental meta 12, Ábrego gets no amount: said in words, as in the legend, not "$ 0".
	await expect(table.getByRole('row', { name: /Ábrego/ })).toContainText('Nombrado, sin monto');
	await expect(table.getByRole('row', { name: /Ábrego/ })).not.toContainText('$ 0');
});
