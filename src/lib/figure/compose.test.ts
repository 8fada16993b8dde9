/**
 * The figures of the annex, composed in Node from the committed data: complete
 * (title, legend, rule, sources, date, scale, north), deterministic, and
 * snapshot-tested after normalising numbers and path data.
 */
import { describe, expect, it } from 'vitest';
import { figureFixture } from './fixture.ts';
import { annexSpecs } from './annex.ts';
import { composeFigure, escapeXml, wrapText, type FigureSpec } from './compose.ts';
import { frameOf } from './paper.ts';

const { dataset, territory, geo, labels } = figureFixture();
const specs = annexSpecs(dataset, territory);
const bySlug = (slug: string) => specs.find((s) => s.slug === slug) as FigureSpec;
const compose = (
	spec: FigureSpec,
	paper: 'a4' | 'carta' = 'a4',
	orientation: 'vertical' | 'horizontal' = 'vertical'
) => composeFigure(geo, spec, { frame: frameOf(paper, orientation), labels, date: '2026-11-24' });

/**
 * Path data and coordinates vary with floating point and geodata detail: only
 * attribute values are normalised (path data to its point count, decimals
 * rounded). Text is kept as it is, so every amount, range and count the
 * figure prints is part of the snapshot.
 */
function normalise(svg: string): string {
	return svg.replace(/ ([\w:-]+)="([^"]*)"/g, (_, name: string, value: string) =>
		name === 'd'
			? ` d="[${(value.match(/[ML]/g) ?? []).length} puntos]"`
			: ` ${name}="${value.replace(/-?\d+\.\d+/g, (x) => String(Math.round(Number(x))))}"`
	);
}

/** The text a reader sees: every `<text>`'s content, in order. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('annexSpecs', () => {
	it('has one LOCALIZACIÓN map per meta, four department maps and the subregion map', () => {
		expect(specs).toHaveLength(dataset.metas.length + 5);
		expect(specs.filter((s) => s.slug.endsWith('-localizacion')).map((s) => s.title.split(':')[0])).toEqual(
			dataset.metas.map((m) => `Meta ${m.number}`)
		);
		expect(new Set(specs.map((s) => s.slug)).size).toBe(specs.length);
		expect(specs.every((s) => /^[a-z0-9-]+$/.test(s.slug))).toBe(true);
	});

	it('outlines exactly the municipalities a meta names in LOCALIZACIÓN', () => {
		for (const meta of dataset.metas) {
			const spec = bySlug(`meta-${String(meta.number).padStart(2, '0')}-localizacion`);
			const named = new Set(
				meta.places.filter((p) => p.evidence === 'localizacion' && p.divipola).map((p) => p.divipola)
			);
			expect(new Set(spec.emphasis), `meta ${meta.number}`).toEqual(named);
		}
	});
});

describe('composeFigure', () => {
	it.each([
		['meta-06-localizacion'],
		['departamento-inversion-total-igual'],
		['departamento-beneficiarios-por-mil-igual'],
		['subregiones-inversion-total-igual']
	])('%s matches its snapshot', async (slug) => {
		await expect(normalise(compose(bySlug(slug)))).toMatchFileSnapshot(`__snapshots__/${slug}.svg`);
	});

	it('snapshots keep every figure: normalising changes no text the reader sees', () => {
		for (const slug of ['departamento-inversion-total-igual', 'subregiones-inversion-total-igual']) {
			const svg = compose(bySlug(slug));
			expect(texts(normalise(svg))).toEqual(texts(svg));
		}
		// The amounts the old normaliser rounded away («$ 2.858» became «$ 3»).
		expect(texts(normalise(compose(bySlug('departamento-inversion-total-igual')))).join(' ')).toMatch(
			/\$\s\d\.\d{3},\d+ millones/
		);
	});

	it('is deterministic: the same spec and options give the same text', () => {
		const spec = bySlug('departamento-inversion-total-igual');
		expect(compose(spec)).toBe(compose(spec));
	});

	it.each(specs.map((s) => [s.slug, s] as const))('%s is a complete figure', (_, spec) => {
		const svg = compose(spec);
		expect(svg).toContain(escapeXml(spec.title.split(' ').slice(0, 3).join(' ')));
		expect(svg).toContain(escapeXml(spec.source.slice(0, 60)));
		expect(svg).toContain('Elaborado el 24 de noviembre de 2026');
		expect(svg).toMatch(/>\d+ km<\/text>/);
		expect(svg).toContain('>N</text>');
		// Every legend colour is drawn as a swatch; hatched rows use the pattern.
		for (const row of spec.legend.rows) expect(svg).toContain(`fill="${row.color}" stroke="#5f6b76"`);
		expect(svg.includes('fill="url(#hatch)"')).toBe(
			spec.legend.rows.some((r) => r.hatch) || Object.values(spec.fills).some((f) => f.hatch)
		);
		// Estimates say so; the LOCALIZACIÓN maps show only what the report says.
		expect(svg.includes('>Estimación:')).toBe(spec.legend.rule !== null);
		expect(svg.match(/<path /g)?.length).toBeGreaterThan(40);
	});

	it('shows the department-wide amount apart on estimate maps', () => {
		const svg = compose(bySlug('departamento-inversion-total-igual'));
		expect(svg).toContain('Aparte, sin repartir entre municipios: alcance departamental (metas 3, 12, 20)');
	});

	it('fits every annex figure on Letter and in landscape too', () => {
		for (const spec of specs) {
			expect(() => compose(spec, 'carta', 'horizontal')).not.toThrow();
			expect(() => compose(spec, 'carta', 'vertical')).not.toThrow();
		}
	});

	it('gives ids a prefix so several figures can share one page', () => {
		const svg = composeFigure(geo, bySlug('meta-06-localizacion'), {
			frame: frameOf('a4', 'vertical'),
			labels,
			date: '2026-11-24',
			idPrefix: 'f6-'
		});
		expect(svg).toContain('id="f6-hatch"');
		expect(svg).not.toMatch(/id="hatch"/);
	});
});

describe('wrapText', () => {
	it('keeps lines within the width and never breaks after a peso sign', () => {
		const lines = wrapText(
			'Inversión reportada $ 385 millones · 422 personas · Cumplimiento 2024-2025: 100 %',
			120,
			10
		);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.every((l) => l.length <= Math.floor(120 / 5.3))).toBe(true);
		expect(lines.some((l) => l.endsWith('$'))).toBe(false);
	});
});

describe('metas without a place', () => {
	it('say so over the map instead of leaving it silently empty', () => {
		const unspecified = dataset.metas.filter((m) => m.scope === 'unspecified');
		expect(unspecified.length).toBeGreaterThan(0);
		for (const meta of unspecified) {
			const svg = compose(bySlug(`meta-${String(meta.number).padStart(2, '0')}-localizacion`));
			expect(svg, `meta ${meta.number}`).toContain('>El informe no indica localización</text>');
		}
		expect(compose(bySlug('meta-06-localizacion'))).not.toContain('El informe no indica localización</text>');
	});
});
