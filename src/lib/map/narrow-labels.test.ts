/**
 * The screen map's two label sets: the usual one (10,5 units of the 560-unit
 * frame) and the narrow map's (NARROW_LABELS), and the container query in
 * SvgMap that switches between them at NARROW_LABELS.belowPx.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapTheme, NARROW_LABELS, svgLayers } from './cartography.ts';
import { SCREEN_MAP, screenMap } from './screen.ts';

const MIN_PX = 11;
const onScreen = (units: number, mapPx: number) => (units * mapPx) / SCREEN_MAP.width;

describe('narrow labels', () => {
	const { geometry, labels, narrowLabels } = screenMap();

	it('reads at 11 px or more on either side of the switch, down to a 343-px map', () => {
		const wide = mapTheme('screen').label.size;
		expect(onScreen(wide, NARROW_LABELS.belowPx)).toBeGreaterThanOrEqual(MIN_PX);
		expect(onScreen(wide, NARROW_LABELS.belowPx - 1)).toBeLessThan(MIN_PX + 0.1);
		expect(onScreen(NARROW_LABELS.size, 343)).toBeGreaterThanOrEqual(MIN_PX);
	});

	it('are fewer than the usual ones, never overlap and stay inside the frame', () => {
		expect(narrowLabels.length).toBeGreaterThan(8);
		expect(narrowLabels.length).toBeLessThan(labels.length);
		// Boxes as placeLabels estimates them (0,56 em per character, 1,2 em tall).
		const boxes = narrowLabels.map((l) => {
			const w = l.text.length * NARROW_LABELS.size * 0.56;
			const h = NARROW_LABELS.size * 1.2;
			return { code: l.divipola, x0: l.x - w / 2, x1: l.x + w / 2, y0: l.y - h / 2, y1: l.y + h / 2 };
		});
		for (const [i, a] of boxes.entries()) {
			expect(a.x0, a.code).toBeGreaterThanOrEqual(0);
			expect(a.x1, a.code).toBeLessThanOrEqual(geometry.width);
			for (const b of boxes.slice(i + 1)) {
				const overlap = a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
				expect(overlap, `${a.code} y ${b.code}`).toBe(false);
			}
		}
	});

	it('draw in their own layer at their own size; a map without them has an empty layer', () => {
		const view = { paint: {}, labels, narrowLabels };
		const layer = (v: typeof view | Omit<typeof view, 'narrowLabels'>) =>
			svgLayers(geometry, v, mapTheme('screen'), 'h').find((l) => l.id === 'etiquetas-estrecho')!;
		expect(layer(view).attrs['font-size']).toBe(NARROW_LABELS.size);
		expect(layer(view).elements.map((e) => e.text)).toEqual(narrowLabels.map((l) => l.text));
		expect(layer({ paint: {}, labels }).elements).toEqual([]);
	});

	it('switch in SvgMap at NARROW_LABELS.belowPx', () => {
		const css = readFileSync(resolve(import.meta.dirname, 'SvgMap.svelte'), 'utf8');
		expect(css).toContain(`@container (width < ${NARROW_LABELS.belowPx}px)`);
		expect(css).toContain(`@container (width >= ${NARROW_LABELS.belowPx}px)`);
	});
});
