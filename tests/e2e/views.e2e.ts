/**
 * Every valid view renders correctly: a pairwise sample of the explorer's
 * control space loads without page errors, and its legend, table and SVG map
 * agree on every municipality's class; the controls show the view drawn,
 * after load, after a change and after back/forward; bad parameters fall
 * back to the defaults. The exhaustive check of the same agreement, over all
 * 1,800 states, runs in node (src/lib/legend/agreement.test.ts).
 */
import type { Page } from '@playwright/test';
import { disableWebGL, expect, test, visit } from './fixtures.ts';
import { pairwise } from './pairwise.ts';
import { expectedFromLegend, readDom, shownControls, svgProblems } from './views.ts';

// Loading and reading a view takes seconds on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

const SPACE = {
	metrica: ['inversion', 'beneficiarios', 'metas'],
	normalizacion: ['total', 'por-mil'],
	regla: ['igual', 'poblacion'],
	departamental: ['no', 'repartir'],
	cortes: ['naturales', 'cuantiles', 'iguales'],
	clases: ['3', '4', '5', '6', '7'],
	evidencia: ['localizacion', 'texto'],
	fuente: ['todas', 'propios', 'sgr'],
	// All; one meta split equally (6: the «$ 48,1» case); one with 15 places; SGR metas;
	// the departmental ones only («sin monto» everywhere); a mix.
	metas: ['', '6', '18', '8,20', '3,12,20', '4,6,18']
};
// Counting metas per inhabitant is not a view: the controls force «Total».
const SAMPLE = pairwise(SPACE, (r) => !(r.metrica === 'metas' && r.normalizacion === 'por-mil'));

const DEFAULTS = {
	metrica: 'inversion',
	normalizacion: 'total',
	regla: 'igual',
	departamental: 'no',
	cortes: 'naturales',
	clases: '5',
	evidencia: 'localizacion',
	fuente: 'todas',
	metas: '',
	municipio: ''
};

const query = (row: Record<string, string>) =>
	new URLSearchParams(Object.entries(row).filter(([, v]) => v !== '' && v !== 'no')).toString();

/** Legend, table and SVG map agree on every municipality; returns what does not. */
async function disagreements(page: Page): Promise<string[]> {
	const dom = await readDom(page);
	const { expected, problems } = expectedFromLegend(dom);
	return [...problems, ...svgProblems(dom, expected)];
}

/** Waits until the controls show `want`: the URL's view is applied once the page is mounted. */
async function expectControls(page: Page, want: Record<string, string>): Promise<void> {
	await expect.poll(() => shownControls(page), { timeout: 30_000 }).toEqual({ ...DEFAULTS, ...want });
}

test.describe('a pairwise sample of the control space', () => {
	test('covers every value of every control', () => {
		for (const [name, values] of Object.entries(SPACE))
			for (const v of values)
				expect(
					SAMPLE.some((r) => r[name] === v),
					`${name}=${v}`
				).toBe(true);
		// Six meta subsets × five class counts is the floor for all pairs.
		expect(SAMPLE.length).toBeGreaterThanOrEqual(30);
		console.log(`vistas de la muestra por pares: ${SAMPLE.length}`);
	});

	// A few pages per test so two workers share them; each view is loaded fresh from its URL.
	const CHUNK = 8;
	for (let start = 0; start < SAMPLE.length; start += CHUNK) {
		const rows = SAMPLE.slice(start, start + CHUNK);
		test(`views ${start + 1}-${start + rows.length}: legend, table and map agree`, async ({
			page,
			problems
		}) => {
			await disableWebGL(page);
			for (const row of rows) {
				const q = query(row);
				await visit(page, `/?${q}`);
				// Counting metas per inhabitant falls back to the total.
				await expectControls(page, row.metrica === 'metas' ? { ...row, normalizacion: 'total' } : row);
				expect(await disagreements(page), `/?${q}`).toEqual([]);
				expect(problems.pageErrors, `/?${q}`).toEqual([]);
			}
		});
	}
});

test('changing the controls redraws legend, table and map, with no stale numbers', async ({
	page,
	problems
}) => {
	await disableWebGL(page);
	await visit(page, '/');
	const legendText = () => page.locator('.legend ul').innerText();
	const before = await legendText();

	// Equal intervals leave empty classes: each keeps its row and its own colour.
	await page.getByLabel('Método de clases').selectOption('equal');
	await expect(page).toHaveURL(/cortes=iguales/);
	await expect(page.locator('.legend li', { hasText: 'ningún municipio' })).toHaveCount(3);
	expect(await legendText()).not.toBe(before);
	expect(await disagreements(page)).toEqual([]);

	await page.getByLabel('Número de clases').selectOption('7');
	await expect(page).toHaveURL(/clases=7/);
	await expect(page.locator('.legend li[data-row^="clase-"]')).toHaveCount(7);
	expect(await disagreements(page)).toEqual([]);

	// Leaving out meta 8 (Cúcuta, Ocaña, Pamplona... $ 12.972 millones) changes the figures.
	const withAll = await legendText();
	await page.locator('summary', { hasText: 'Metas (todas)' }).click();
	await page.getByRole('checkbox', { name: /^8\. / }).uncheck();
	await expect
		.poll(() => new URL(page.url()).searchParams.get('metas'))
		.toBe('1,2,3,4,5,6,7,9,10,11,12,13,14,15,18,19,20');
	await expect(page.locator('summary', { hasText: 'Metas (17 de 18)' })).toBeVisible();
	expect(await legendText()).not.toBe(withAll);
	expect(await disagreements(page)).toEqual([]);
	await expectControls(page, {
		cortes: 'iguales',
		clases: '7',
		metas: '1,2,3,4,5,6,7,9,10,11,12,13,14,15,18,19,20'
	});

	// Back to natural breaks and every meta.
	await page.getByLabel('Método de clases').selectOption('jenks');
	await page.getByRole('button', { name: 'Todas' }).click();
	await expect(page.locator('summary', { hasText: 'Metas (todas)' })).toBeVisible();
	await expectControls(page, { clases: '7' });
	expect(await disagreements(page)).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
});

test('the last chosen meta stays chosen: unchecking it leaves the view and its checkbox as they were', async ({
	page,
	problems
}) => {
	await disableWebGL(page);
	await visit(page, '/?metas=6');
	await expectControls(page, { metas: '6' });
	await page.locator('details summary', { hasText: 'Metas (1 de 18)' }).click();
	const six = page.getByRole('checkbox', { name: /^6\. / });
	await six.click();
	await expect(six).toBeChecked();
	expect(new URL(page.url()).searchParams.get('metas')).toBe('6');
	await expectControls(page, { metas: '6' });
	expect(await disagreements(page)).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
});

test('back and forward redraw the view and every control shows it', async ({ page, problems }) => {
	await disableWebGL(page);
	await visit(page, '/');
	const steps: Record<string, string>[] = [{}];
	const change = async (act: () => Promise<unknown>, want: Record<string, string>) => {
		await act();
		steps.push({ ...steps.at(-1), ...want });
		await expectControls(page, steps.at(-1) ?? {});
	};
	const form = page.locator('form[aria-label="Opciones del mapa"]');
	await change(() => form.getByLabel('Qué mostrar').selectOption('beneficiarios'), {
		metrica: 'beneficiarios'
	});
	await change(() => form.getByLabel('Por 1.000 habitantes').check(), { normalizacion: 'por-mil' });
	await change(() => form.getByRole('checkbox', { name: /Repartir las metas/ }).check(), {
		departamental: 'repartir'
	});
	await change(() => form.getByLabel(/También los mencionados/).check(), { evidencia: 'texto' });
	await change(() => form.getByLabel('Fuente de financiación').selectOption('sgr'), { fuente: 'sgr' });
	await change(() => form.getByLabel('Regla de estimación').selectOption('poblacion'), {
		regla: 'poblacion'
	});
	await change(() => form.getByLabel('Método de clases').selectOption('quantile'), { cortes: 'cuantiles' });
	await change(() => form.getByLabel('Número de clases').selectOption('3'), { clases: '3' });
	await change(() => page.getByLabel('Seleccionar un municipio').selectOption('54810'), {
		municipio: '54810'
	});

	for (let i = steps.length - 2; i >= 0; i--) {
		await page.goBack();
		await expectControls(page, steps[i]);
		expect(await disagreements(page), `atrás, paso ${i}`).toEqual([]);
	}
	for (let i = 1; i < steps.length; i++) {
		await page.goForward();
		await expectControls(page, steps[i]);
	}
	expect(await disagreements(page)).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
});

test('invalid parameters fall back to the defaults, and the controls show the defaults', async ({
	page,
	problems
}) => {
	await disableWebGL(page);
	await visit(page, '/');
	const defaultLegend = await page.locator('.legend').innerText();
	const BAD = [
		'metrica=dinero',
		'metrica=Metas',
		'normalizacion=por%20mil',
		'regla=population',
		'departamental=si',
		'cortes=Iguales',
		'cortes=equal',
		'clases=2',
		'clases=8',
		'clases=4.5',
		'clases=0x4',
		'clases=',
		'evidencia=todo',
		'fuente=bancos',
		'metas=16,17',
		'metas=abc',
		'metas=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,18,19,20',
		'municipio=00000',
		'municipio=54001x',
		'metrica=%3Cscript%3E&clases=-1&metas=,,&municipio=%20'
	];
	for (const q of BAD) {
		await visit(page, `/?${q}`);
		await expect(page.getByRole('heading', { name: 'Inversión estimada · Total' })).toBeVisible();
		await expectControls(page, {});
		expect(await page.locator('.legend').innerText(), q).toBe(defaultLegend);
	}
	expect(problems.pageErrors).toEqual([]);
	expect(problems.consoleErrors).toEqual([]);
});

test.describe('the subregions page', () => {
	const compareSelects = (page: Page) => page.locator('form[aria-label="Elegir qué comparar"] select');
	const compared = (page: Page) =>
		page
			.locator('table.compare thead th')
			.evaluateAll((ths) => ths.slice(1).map((t) => t.textContent?.trim()));

	test('an unknown unit in the URL shows the default pair in the selects and the table', async ({
		page,
		problems
	}) => {
		await visit(page, '/subregiones?a=municipio:99999&b=zzz');
		await expect(compareSelects(page).nth(0)).toHaveValue('subregion:oriental');
		await expect(compareSelects(page).nth(1)).toHaveValue('subregion:occidental');
		expect(await compared(page)).toEqual(['Subregión Oriental', 'Subregión Occidental']);
		expect(problems.pageErrors).toEqual([]);
	});

	test('the selects follow back and forward', async ({ page, problems }) => {
		await visit(page, '/subregiones');
		await compareSelects(page).nth(1).selectOption('municipio:54810');
		await expect(page).toHaveURL(/b=municipio%3A54810/);
		expect(await compared(page)).toEqual(['Subregión Oriental', 'Tibú']);
		await page.getByLabel('Cómo').selectOption('por-mil');
		await expect(page).toHaveURL(/normalizacion=por-mil/);
		await page.goBack();
		await expect(page.getByLabel('Cómo')).toHaveValue('total');
		await expect(compareSelects(page).nth(1)).toHaveValue('municipio:54810');
		await page.goBack();
		await expect(compareSelects(page).nth(1)).toHaveValue('subregion:occidental');
		expect(await compared(page)).toEqual(['Subregión Oriental', 'Subregión Occidental']);
		await page.goForward();
		await expect(compareSelects(page).nth(1)).toHaveValue('municipio:54810');
		expect(await compared(page)).toEqual(['Subregión Oriental', 'Tibú']);
		expect(problems.pageErrors).toEqual([]);
	});
});

test.describe('the computation of a view, loaded apart from the page', () => {
	// simple-statistics' own message: only the chunk with the class breaks contains it.
	const isCompute = (body: string) => body.includes('cannot generate more classes');

	test('the prerendered view needs none of it', async ({ page, problems }) => {
		let blocked = 0;
		await page.route('**/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (isCompute(body)) {
				blocked++;
				return route.abort();
			}
			await route.fulfill({ response, body });
		});
		await visit(page, '/');
		await expect.poll(() => blocked).toBeGreaterThan(0);
		await expect(page.locator('.explorer')).toHaveAttribute('aria-busy', 'false');
		await expect(page.locator('#map-title')).toHaveText('Inversión estimada · Total');
		await expect(page.locator('.mapview svg a[aria-label]')).toHaveCount(40);
		expect(problems.pageErrors).toEqual([]);
		// The browser reports the request this test aborted; nothing else may be reported.
		const aborted = problems.consoleErrors.filter((e) => /Failed to load resource/.test(e));
		expect(aborted.length).toBeLessThanOrEqual(blocked);
		problems.consoleErrors.splice(
			0,
			problems.consoleErrors.length,
			...problems.consoleErrors.filter((e) => !aborted.includes(e))
		);
		// Scripts still in flight (MapLibre's chunk) would reach a handler of a finished test.
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	});

	test('a link to another view is busy until the computation arrives, then shows its own figures', async ({
		page,
		problems
	}) => {
		let release!: () => void;
		const released = new Promise<void>((r) => (release = r));
		let held = false;
		await page.route('**/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (isCompute(body)) {
				held = true;
				await released;
			}
			await route.fulfill({ response, body });
		});
		await page.goto('/?metrica=beneficiarios');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect.poll(() => held).toBe(true);
		await expect(page.locator('.explorer')).toHaveAttribute('aria-busy', 'true');
		release();
		await expect(page.locator('.explorer')).toHaveAttribute('aria-busy', 'false');
		await expect(page.locator('#map-title')).toHaveText('Beneficiarios estimados (personas) · Total');
		expect(problems.pageErrors).toEqual([]);
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	});
});
