/**
 * Two editions side by side, on a build that adds the fictitious fixture
 * edition of tests/fixtures/ediciones/ (EDICIONES_PRUEBA=1; never shipped).
 * Expectations come from the fixture's README (which metas it dropped, added
 * and changed) and from the published JSON of the real edition, never from
 * the comparison code.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, seriousViolations, visit } from './fixtures.ts';
import { parseTerritory } from '../../src/lib/geo/index.ts';
import { NEWEST_ID, REPO, buildSite, startStatic, type Running } from './site.ts';

const FIXTURE = '2026-prueba';
const REAL = NEWEST_ID;
const MUNICIPALITIES = parseTerritory(readFileSync(join(REPO, 'geodata/municipios.json'), 'utf8'))
	.municipalities.length;
const parseMillions = (text: string) =>
	Number(
		text
			.replace(/[^\d,−+-]/g, '')
			.replace('−', '-')
			.replace(',', '.')
	);

test.describe('two editions side by side', () => {
	test.describe.configure({ mode: 'serial', timeout: 120_000 });
	let work: string;
	let cleanKit: (() => void) | undefined;
	let server: Running;
	let at: (path: string) => string;

	test.beforeAll(async () => {
		test.setTimeout(600_000);
		work = mkdtempSync(join(tmpdir(), 'donde-ediciones-'));
		cleanKit = await buildSite({ EDICIONES_PRUEBA: '1' }, work, 'ediciones');
		server = await startStatic({ root: work, notFound: '404.html' });
		at = (path: string) => `${server.origin}${path}`;
	});
	test.afterAll(async () => {
		await server?.stop();
		cleanKit?.();
		if (work) rmSync(work, { recursive: true, force: true });
	});

	test('the newest edition is at the root, says what it is, and links to the other', async ({
		page,
		problems
	}) => {
		await visit(page, at('/'));
		const header = page.locator('header.site');
		await expect(header).toContainText('Secretaría de Prueba (edición ficticia)');
		await expect(header.getByRole('note')).toHaveText(/Cifras capturadas por la Secretaría/);
		const editions = header.getByRole('navigation', { name: 'Ediciones del informe' });
		await expect(editions).toContainText('Edición 2026 (prueba) (la más reciente)');
		await editions.getByRole('link', { name: /Ver la edición/ }).click();
		await expect(page).toHaveURL(at(`/${REAL}/`));
		await expect(header).not.toContainText('edición ficticia');
		await expect(header.getByRole('note')).toHaveCount(0);
		// Links stay in the edition the page shows.
		const hrefs = await page
			.locator('main a[href*="/municipio/"]')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		// The table links every municipality (the SVG map too, until MapLibre replaces it: a race, not counted).
		expect(hrefs.length).toBeGreaterThanOrEqual(MUNICIPALITIES);
		expect(hrefs.filter((h) => !h?.startsWith(`/${REAL}/municipio/`))).toEqual([]);
		const nav = await header
			.getByRole('navigation', { name: 'Secciones' })
			.locator('a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(nav).toEqual([
			`/${REAL}`,
			`/${REAL}/metas`,
			`/${REAL}/subregiones`,
			`/${REAL}/metodo`,
			'/comparar'
		]);
		expect(problems.pageErrors).toEqual([]);
	});

	test('every page of each edition renders, and a meta exists only where its edition has it', async ({
		page,
		request,
		problems
	}) => {
		const pages = ['', 'metas/', 'metodo/', 'subregiones/', 'meta/6/', 'municipio/54810/'];
		for (const prefix of ['/', `/${REAL}/`, `/${FIXTURE}/`])
			for (const p of pages) {
				const res = await page.goto(at(prefix + p));
				expect(res?.status(), prefix + p).toBe(200);
				await expect(page.locator('html[data-hydrated]')).toBeAttached();
			}
		// Metas 19 and 20 are only in the real edition, 21 only in the fixture (its README).
		expect((await request.get(at(`/${REAL}/meta/19/`))).status()).toBe(200);
		expect((await request.get(at(`/${FIXTURE}/meta/19/`))).status()).toBe(404);
		expect((await request.get(at('/meta/19/'))).status()).toBe(404);
		expect((await request.get(at(`/${REAL}/meta/21/`))).status()).toBe(404);
		await visit(page, at('/meta/21/'));
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Meta ficticia de prueba');
		expect(problems.pageErrors).toEqual([]);
	});

	test('each edition downloads its own files, named after it', async ({ page, request }) => {
		for (const [prefix, id] of [
			['/', FIXTURE],
			[`/${REAL}/`, REAL]
		]) {
			await visit(page, at(`${prefix}metas/`));
			await expect(page.getByRole('link', { name: 'Descargar los datos (JSON)' })).toHaveAttribute(
				'href',
				`/datos/informe-${id}.json`
			);
			const json = await (await request.get(at(`/datos/informe-${id}.json`))).json();
			expect(json.edition.id).toBe(id);
			const csv = await (await request.get(at(`/datos/metas-${id}.csv`))).text();
			expect(csv.trim().split('\r\n')).toHaveLength(1 + json.metas.length);
		}
	});

	test('the comparison shares one scale and maps the change of the common metas', async ({
		page,
		request,
		problems
	}) => {
		await visit(page, at('/comparar/'));
		await expect(page.getByLabel('Edición anterior')).toHaveValue(REAL);
		await expect(page.getByLabel('Edición posterior')).toHaveValue(FIXTURE);
		await expect(page.getByRole('heading', { level: 2, name: `Edición ${REAL}` })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Edición 2026 (prueba)' })).toBeVisible();
		const only = page.getByRole('list').filter({ hasText: 'Solo en' });
		await expect(only.getByRole('listitem').nth(0)).toContainText(/meta 19.*meta 20/s);
		await expect(only.getByRole('listitem').nth(1)).toContainText(/meta 21: Meta ficticia de prueba/);
		expect(await seriousViolations(page)).toEqual([]);
		// On a phone the page does not scroll sideways (the change table scrolls in its own box).
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await page.setViewportSize({ width: 1280, height: 900 });

		// The fixture multiplied metas 6 and 12 by 1.5: under the default rule (equal shares among
		// the municipalities LOCALIZACIÓN names) each of them gains half its share, nobody else moves.
		const real = await (await request.get(at(`/datos/informe-${REAL}.json`))).json();
		const expected = new Map<string, number>();
		for (const m of real.metas.filter(
			(x: { number: number; scope: string }) => [6, 12].includes(x.number) && x.scope === 'municipal'
		)) {
			const named = [
				...new Set(
					m.places
						.filter(
							(p: { evidence: string; divipola: string | null }) =>
								p.evidence === 'localizacion' && p.divipola
						)
						.map((p: { divipola: string }) => p.divipola)
				)
			] as string[];
			for (const d of named)
				expected.set(d, (expected.get(d) ?? 0) + (0.5 * m.investmentMillionCop) / named.length);
		}
		expect(expected.size).toBeGreaterThan(3);
		const names = new Map(
			real.municipalities.map((m: { divipola: string; shortName: string }) => [m.shortName, m.divipola])
		);
		const rows = await page
			.getByRole('table', { name: /Cambio de/ })
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')));
		expect(rows).toHaveLength(real.municipalities.length);
		const seen = new Map<string, number>();
		for (const [name, , , change] of rows) {
			const v = parseMillions(change);
			if (v !== 0) seen.set(names.get(name) as string, v);
		}
		expect([...seen.keys()].sort()).toEqual([...expected.keys()].sort());
		for (const [d, v] of expected) expect(Math.abs((seen.get(d) as number) - v), d).toBeLessThan(0.011);

		// Reversed in the URL, still the older first; per 1,000 inhabitants on request.
		await visit(page, at(`/comparar/?antes=${FIXTURE}&despues=${REAL}&normalizacion=por-mil`));
		await expect(page.getByLabel('Edición anterior')).toHaveValue(REAL);
		await expect(page.getByRole('table', { name: /Cambio de/ })).toContainText('por 1.000');
		expect(problems.pageErrors).toEqual([]);
	});
});
