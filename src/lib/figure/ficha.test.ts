/**
 * The one-page ficha of every municipality: it fits on A4 with all its text
 * inside the page, names the metas the data says name it (counted here from
 * the places, not from the view), prints each meta's reported investment as
 * the report gives it, and the not-split amounts add up with the estimates.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureFixture } from './fixture.ts';
import { formatMillions } from '../text/index.ts';
import { municipalityView } from '../views/municipality.ts';
import { composeFicha } from './ficha.ts';
import { fichaSpec } from '../views/ficha.ts';
import { frameOf } from './paper.ts';

const { dataset, territory, geo, labels } = figureFixture();
const codes = territory.municipalities.map((m) => m.divipola);
const ctx = { edition: dataset.edition, territory };
const frame = frameOf('a4', 'vertical');
const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
const pageTexts = (svg: string) =>
	[
		...svg
			.replace(/<g data-parte="mapa"[\s\S]*?\n<\/g>\n(?=<g data-parte=)/, '')
			.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)
	].map(([, a, t]) => ({
		x: Number(a.match(/ x="([-\d.]+)"/)?.[1]),
		y: Number(a.match(/ y="([-\d.]+)"/)?.[1]),
		size: Number(a.match(/ font-size="([\d.]+)"/)?.[1]),
		bold: / font-weight="700"/.test(a),
		text: unescape(t)
	}));

describe.each(territory.municipalities.map((m) => [m.shortName, m.divipola] as const))(
	'ficha de %s',
	(_, code) => {
		const view = municipalityView(dataset, code);
		const f = fichaSpec(view, codes, ctx);
		const svg = composeFicha(geo, f, { labels, date: '2026-12-02' });
		if (process.env.FICHA_DUMP) {
			mkdirSync(process.env.FICHA_DUMP, { recursive: true });
			writeFileSync(resolve(process.env.FICHA_DUMP, `${f.slug}.svg`), svg);
		}

		it('fits on one A4 page with every line inside it', () => {
			expect(svg).toContain('width="210mm" height="297mm"');
			for (const t of pageTexts(svg)) {
				const w = [...t.text].length * t.size * (t.bold ? 0.58 : 0.53);
				expect(t.x, t.text).toBeGreaterThanOrEqual(0);
				expect(t.x + w, t.text).toBeLessThanOrEqual(frame.width - 20 * frame.scale);
				expect(t.y, t.text).toBeLessThanOrEqual(frame.height - 20 * frame.scale);
			}
		});

		it('lists the metas that name it, with the investment the report gives each', () => {
			const naming = dataset.metas.filter((m) => m.places.some((p) => p.divipola === code));
			const rows = f.sections.flatMap((s) => s.rows);
			expect(rows.length).toBe(naming.length);
			const text = pageTexts(svg)
				.map((t) => t.text)
				.join(' ')
				.replace(/\u00a0/g, ' ');
			for (const m of naming) {
				expect(text).toContain(`Meta ${m.number}:`);
				expect(text).toContain(formatMillions(m.investmentMillionCop));
			}
		});

		it('shows the estimate, the rule and the sources', () => {
			const text = pageTexts(svg)
				.map((t) => t.text)
				.join(' ')
				.replace(/\u00a0/g, ' ');
			expect(text).toContain(f.estimate.figure);
			expect(text).toContain('Estimación:');
			expect(text).toContain('Fuente:');
			expect(text).toContain('Elaborado el 2 de diciembre de 2026');
			expect(svg).toContain('<g data-parte="mapa"');
		});
	}
);

describe('the fichas add back to the report', () => {
	it('their estimates, with what is not split, sum to the investment the metas report', () => {
		const views = codes.map((c) => municipalityView(dataset, c));
		const estimated = views.reduce((t, v) => t + (v.headline.amounts?.investmentMillionCop ?? 0), 0);
		const { departmental, unlocated } = views[0].notSplit;
		// The report's own figures, summed here: every meta's investment.
		const reported = dataset.metas.reduce((t, m) => t + m.investmentMillionCop, 0);
		expect(estimated + departmental.investmentMillionCop + unlocated.investmentMillionCop).toBeCloseTo(
			reported,
			2
		);
		// Each ficha prints the same department-wide and unlocated lines.
		const lines = new Set(views.map((v) => fichaSpec(v, codes, ctx).notSplit.join('|')));
		expect(lines.size).toBe(1);
	});
});
