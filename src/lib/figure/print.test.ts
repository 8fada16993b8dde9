/**
 * Print quality of every annex figure on every paper and orientation: the
 * municipalities a figure must name are named (on their polygon, by a leader
 * line or in the key), no text leaves the page, the scale bar fits its box.
 * Widths are estimated as the composer estimates them (Noto Sans ≈ 0.53 em a
 * character, 0.58 bold), with no margin for error taken from the code.
 */
import { describe, expect, it } from 'vitest';
import { figureFixture } from './fixture.ts';
import { annexSpecs } from './annex.ts';
import { composeFigure } from './compose.ts';
import { frameOf, type Orientation } from './paper.ts';

const { dataset, territory, geo, labels } = figureFixture();
const specs = annexSpecs(dataset, territory);
const shortName = new Map(territory.municipalities.map((m) => [m.divipola, m.shortName]));
const FRAMES = [
	['a4', 'vertical'],
	['a4', 'horizontal'],
	['carta', 'vertical'],
	['carta', 'horizontal']
] as const satisfies readonly (readonly ['a4' | 'carta', Orientation])[];

interface Text {
	x: number;
	y: number;
	size: number;
	bold: boolean;
	anchor: string;
	text: string;
}
const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
function texts(svg: string, inherited: { size?: number; anchor?: string } = {}): Text[] {
	return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map(([, a, t]) => {
		const num = (k: string) => Number(a.match(new RegExp(` ${k}="([-\\d.]+)"`))?.[1]);
		return {
			x: num('x'),
			y: num('y'),
			size: num('font-size') || (inherited.size ?? NaN),
			bold: / font-weight="700"/.test(a),
			anchor: a.match(/ text-anchor="(\w+)"/)?.[1] ?? inherited.anchor ?? 'start',
			text: unescape(t)
		};
	});
}
const width = (t: Text) => [...t.text].length * t.size * (t.bold ? 0.58 : 0.53);
const part = (svg: string, name: string) =>
	svg.match(
		new RegExp(
			`<g data-parte="${name}"[^>]*>([\\s\\S]*?)\\n</g>\\n<g data-parte=|<g data-parte="${name}"[^>]*>([\\s\\S]*?)\\n</g>\\n</svg>`
		)
	);
/** The page's own text: header, legend and footer (the map is clipped to its frame). */
const pageText = (svg: string) =>
	['cabecera', 'leyenda', 'pie'].flatMap((name) => {
		const m = part(svg, name);
		if (!m) throw new Error(`falta la parte ${name}`);
		return texts(m[1] ?? m[2]);
	});
/** The map's part: labels, key, scale bar. */
const mapSvg = (svg: string) => {
	const m = part(svg, 'mapa');
	if (!m) throw new Error('falta el mapa');
	return m[1] ?? m[2];
};

describe.each(FRAMES)('figures on %s %s', (paper, orientation) => {
	const frame = frameOf(paper, orientation);
	const composed = specs.map((spec) => ({
		spec,
		svg: composeFigure(geo, spec, { frame, labels, date: '2026-12-02' })
	}));

	it('keep every line of text inside the page (titles and legends wrap)', () => {
		for (const { spec, svg } of composed) {
			for (const t of pageText(svg)) {
				const left = t.anchor === 'middle' ? t.x - width(t) / 2 : t.anchor === 'end' ? t.x - width(t) : t.x;
				const right = left + width(t);
				expect(left, `${spec.slug}: «${t.text}»`).toBeGreaterThanOrEqual(0);
				expect(right, `${spec.slug}: «${t.text}»`).toBeLessThanOrEqual(frame.width - 20 * frame.scale);
			}
		}
	});

	it('name every municipality a figure must name: on the map or in its key', () => {
		for (const { spec, svg } of composed) {
			if (spec.labels) continue;
			const shown = new Set(texts(mapSvg(svg)).map((t) => t.text.replace(/^\d+ /, '')));
			for (const code of spec.labelFirst) {
				expect(shown.has(shortName.get(code)!), `${spec.slug}: ${shortName.get(code)}`).toBe(true);
			}
		}
	});

	it('draw a scale bar with ticks, on a box that holds its text', () => {
		for (const { spec, svg } of composed) {
			const bar = svg.match(/<g data-capa="escala" font-size="([\d.]+)"[^>]*>([\s\S]*?)<\/g>/);
			expect(bar, spec.slug).not.toBeNull();
			const [, size, body] = bar!;
			const box = body.match(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/)!;
			const right = Number(box[1]) + Number(box[2]);
			const labelsIn = texts(body, { size: Number(size) });
			expect(labelsIn.map((t) => t.text).at(-1)).toMatch(/^\d+ km$/);
			expect(body.match(/<line /g)?.length, spec.slug).toBe(3);
			for (const t of labelsIn)
				expect(t.x + width(t) / 2, `${spec.slug}: «${t.text}»`).toBeLessThanOrEqual(right);
		}
	});
});

describe('the labels of the small municipalities around Cúcuta', () => {
	// Los Patios, Puerto Santander, San Cayetano, Chinácota, Pamplonita, Villa del Rosario.
	const small = ['54405', '54553', '54673', '54172', '54518', '54874'];
	it('are all on the department maps, where every municipality with a value is named', () => {
		const spec = specs.find((s) => s.slug === 'departamento-inversion-total-igual')!;
		const svg = composeFigure(
			geo,
			{ ...spec, labelFirst: [...new Set([...spec.labelFirst, ...small])] },
			{
				frame: frameOf('a4', 'vertical'),
				labels,
				date: '2026-12-02'
			}
		);
		const shown = new Set(texts(mapSvg(svg)).map((t) => t.text.replace(/^\d+ /, '')));
		for (const c of small) expect(shown.has(shortName.get(c)!), shortName.get(c)).toBe(true);
	});
});
