/**
 * The subregions page on a laptop and a phone: every bar's figure stays clear
 * of its bar (or, were it ever drawn on it, wholly inside with enough
 * contrast) and of the next cell, whatever the value (the maximum, a tiny
 * one, zero, all zero); the subregion names are on the map, one inside each
 * subregion, legible (11 px or more) and clear of each other; the legend is
 * beside the map on the laptop and right under it on the phone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, visit } from './fixtures.ts';

/** DIVIPOLA code -> subregion, as the geodata says (not the page). */
const SUBREGION_OF: Record<string, string> = Object.fromEntries(
	(
		JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geodata/municipios.json'), 'utf8')) as {
			municipalities: { divipola: string; subregion: string }[];
		}
	).municipalities.map((m) => [m.divipola, m.subregion])
);

const VIEWS = [
	{ name: 'inversión total', query: '' },
	{ name: 'beneficiarios por 1.000 habitantes', query: '?metrica=beneficiarios&normalizacion=por-mil' },
	{ name: 'beneficiarios en total', query: '?metrica=beneficiarios' },
	// Meta 18: two subregions tie at the maximum, one has nothing.
	{ name: 'meta 18: a zero and two maxima', query: '?metas=18' },
	// Meta 10 says no place: every subregion is zero.
	{ name: 'meta 10: all zero', query: '?metas=10' }
];

const SCREENS = [
	{ width: 1366, height: 768, phone: false },
	{ width: 390, height: 844, phone: true }
];

/** «$ 0 millones*», «0 personas*»: a figure of nothing (not «0,33 personas…»). */
const isZero = (figure: string) => /^\$?\s*0 /.test(figure);

type Rect = { x: number; y: number; width: number; height: number };
const intersects = (a: Rect, b: Rect) =>
	a.width > 0 &&
	a.height > 0 &&
	b.width > 0 &&
	b.height > 0 &&
	a.x < b.x + b.width &&
	a.x + a.width > b.x &&
	a.y < b.y + b.height &&
	a.y + a.height > b.y;
const within = (a: Rect, b: Rect, slack = 0.5) =>
	a.x >= b.x - slack &&
	a.y >= b.y - slack &&
	a.x + a.width <= b.x + b.width + slack &&
	a.y + a.height <= b.y + b.height + slack;

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
			const s = Number(v) / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

/** Each row's figure, bar, bar track and cell, as drawn, with what it takes to judge them. */
function barRows(page: Page) {
	return page.locator('table.ranking tbody tr').evaluateAll((rows) =>
		rows.map((r) => {
			const box = (e: Element | null) => {
				const b = e!.getBoundingClientRect();
				return { x: b.x, y: b.y, width: b.width, height: b.height };
			};
			const val = r.querySelector('.val')!;
			// The text itself, not its block: a Range measures the glyphs' extent.
			const range = document.createRange();
			range.selectNodeContents(val);
			const text = range.getBoundingClientRect();
			return {
				name: r.querySelector('th')!.textContent!.trim(),
				value: val.textContent!.trim(),
				text: { x: text.x, y: text.y, width: text.width, height: text.height },
				cell: box(val.closest('td')),
				scroller: box(r.closest('.table-scroll')),
				bar: box(r.querySelector('.bar-fill')),
				track: box(r.querySelector('.track')),
				ink: getComputedStyle(val).color,
				fill: getComputedStyle(r.querySelector('.bar-fill')!).backgroundColor
			};
		})
	);
}

/**
 * The map's subregion names, from the label layer the map shows (`layer`):
 * the data's names, each visible, 11 px or more, in the frame, over its own
 * subregion at its centre, clear of the others.
 */
async function expectNamesOnMap(page: Page, layer: string) {
	await visit(page, '/subregiones/');
	const names = await page.locator('table.ranking tbody th').allTextContents();
	const labels = await page.locator('.svgmap svg').evaluate((svg: SVGSVGElement) => {
		const scale = svg.getScreenCTM()!.a;
		const shown = [...svg.querySelectorAll<SVGGElement>('g.labels')].filter(
			(g) => getComputedStyle(g).display !== 'none'
		);
		return shown.flatMap((g) =>
			[...g.querySelectorAll('text')].map((t) => {
				// elementsFromPoint sees only the viewport: the label is brought into it first.
				t.scrollIntoView({ block: 'center', inline: 'center' });
				const b = t.getBoundingClientRect();
				const f = svg.getBoundingClientRect();
				const cx = b.x + b.width / 2;
				const cy = b.y + b.height / 2;
				// The labels let the pointer through: what lies under the centre is a municipality's shape.
				const under = document
					.elementsFromPoint(cx, cy)
					.map((e) => e.closest('a')?.getAttribute('href') ?? '')
					.find((h) => /\/municipio\/\d{5}\/?$/.test(h));
				return {
					layer: g.dataset.capa,
					text: t.textContent!,
					px: parseFloat(getComputedStyle(t).fontSize) * scale,
					// Relative to the map, so that boxes measured at different scrolls compare.
					box: { x: b.x - f.x, y: b.y - f.y, width: b.width, height: b.height },
					frame: { x: 0, y: 0, width: f.width, height: f.height },
					visible: getComputedStyle(t).visibility === 'visible' && b.width > 0,
					under: under?.match(/(\d{5})\/?$/)?.[1] ?? null
				};
			})
		);
	});
	expect(new Set(labels.map((l) => l.layer))).toEqual(new Set([layer]));
	expect(labels.map((l) => l.text).sort()).toEqual(names.map((n) => n.trim()).sort());
	for (const l of labels) {
		expect(l.visible, l.text).toBe(true);
		expect(l.px, `${l.text}: ${l.px.toFixed(1)} px`).toBeGreaterThanOrEqual(11);
		expect(l.box.height, l.text).toBeGreaterThanOrEqual(11);
		expect(within(l.box, l.frame), `${l.text} sale del mapa`).toBe(true);
		expect(l.under && SUBREGION_OF[l.under], `${l.text}: su centro cae en otra subregión`).toBe(l.text);
	}
	for (const [i, a] of labels.entries())
		for (const b of labels.slice(i + 1))
			expect(intersects(a.box, b.box), `${a.text} y ${b.text} se tocan`).toBe(false);
}

for (const screen of SCREENS) {
	test.describe(`at ${screen.width}×${screen.height}`, () => {
		test.use({
			viewport: { width: screen.width, height: screen.height },
			isMobile: screen.phone,
			hasTouch: screen.phone
		});

		for (const view of VIEWS) {
			test(`every bar's figure stays clear of its bar: ${view.name}`, async ({ page, problems }) => {
				await visit(page, `/subregiones/${view.query}`);
				const rows = await barRows(page);
				expect(rows).toHaveLength(new Set(Object.values(SUBREGION_OF)).size);
				const widest = Math.max(...rows.map((r) => r.bar.width));
				for (const r of rows) {
					const what = `${r.name} (${r.value})`;
					expect(r.text.width, what).toBeGreaterThan(0);
					if (intersects(r.text, r.bar)) {
						// Only a figure wholly inside its bar, legible on it, may share its box.
						expect(within(r.text, r.bar, 0), `${what}: cortado por su barra`).toBe(true);
						expect(contrast(r.ink, r.fill), `${what}: contraste sobre la barra`).toBeGreaterThanOrEqual(4.5);
					}
					// Nothing is cut: the figure and the bar stay in their cell, the bar on its track.
					expect(within(r.text, r.cell), `${what}: sale de su celda`).toBe(true);
					expect(within(r.bar, r.track), `${what}: la barra sale de su pista`).toBe(true);
					expect(within(r.track, r.cell), `${what}: la pista sale de su celda`).toBe(true);
					// In view without scrolling the table sideways, on the phone too.
					expect(within(r.text, r.scroller), `${what}: la cifra queda fuera de la vista`).toBe(true);
					expect(within(r.track, r.scroller), `${what}: la barra queda fuera de la vista`).toBe(true);
					// Zero draws nothing; anything else is seen; the largest fills the track.
					if (isZero(r.value)) expect(r.bar.width, what).toBe(0);
					else expect(r.bar.width, what).toBeGreaterThanOrEqual(2);
					if (r.bar.width === widest && widest > 0)
						expect(Math.abs(r.bar.width - r.track.width), what).toBeLessThanOrEqual(1);
				}
				expect(problems.pageErrors).toEqual([]);
			});
		}

		test('the subregion names are on the map, inside their subregions, 11 px or more', async ({
			page,
			problems
		}) => {
			// The phone's map and the laptop's narrow map column both show the narrow map's set.
			await expectNamesOnMap(page, 'etiquetas-estrecho');
			expect(problems.pageErrors).toEqual([]);
		});

		test(`the legend is ${screen.phone ? 'right under' : 'beside'} the map`, async ({ page, problems }) => {
			await visit(page, '/subregiones/?metas=18');
			const map = (await page.locator('.svgmap').boundingBox())!;
			const legend = (await page.locator('figure.legend').boundingBox())!;
			if (screen.phone) {
				expect(legend.y - (map.y + map.height)).toBeGreaterThanOrEqual(0);
				expect(legend.y - (map.y + map.height)).toBeLessThanOrEqual(24);
			} else {
				// To its right, starting level with the map's top, both on the first screen's band.
				expect(legend.x).toBeGreaterThanOrEqual(map.x + map.width);
				expect(Math.abs(legend.y - map.y)).toBeLessThanOrEqual(24);
			}
			// «No data» is its own row, hatched, unlike every class.
			const none = page.locator('figure.legend li[data-row="no-alcanzado"]');
			await expect(none).toContainText('Sin estimación');
			await expect(none.locator('rect[fill^="url("]')).toHaveCount(1);
			await expect(
				page.locator('figure.legend li:not([data-row="no-alcanzado"]) rect[fill^="url("]')
			).toHaveCount(0);
			// The table's swatch says it too: hatched for the subregions with nothing, only those.
			const rows = await page.locator('table.ranking tbody tr').evaluateAll((trs) =>
				trs.map((r) => ({
					hatched: !!r.querySelector('th svg rect[fill^="url("]'),
					value: r.querySelector('.val')!.textContent!.trim()
				}))
			);
			expect(rows.some((r) => r.hatched)).toBe(true);
			for (const r of rows) expect(r.hatched, r.value).toBe(isZero(r.value));
			// The rule behind the estimates is said under the swatches.
			await expect(page.locator('figure.legend .rule')).toContainText('Estimación');
			expect(problems.pageErrors).toEqual([]);
		});
	});
}

test.describe('at 820×1180, the map wider than NARROW_LABELS.belowPx', () => {
	test.use({ viewport: { width: 820, height: 1180 } });
	test('the subregion names of the wide set are on the map, 11 px or more', async ({ page, problems }) => {
		await expectNamesOnMap(page, 'etiquetas');
		expect(problems.pageErrors).toEqual([]);
	});
});
