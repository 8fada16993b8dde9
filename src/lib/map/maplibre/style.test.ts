import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Topology } from 'topojson-specification';
import { territoryFromTopology } from '../geometry.ts';
import { applyPaint, buildStyle, FONT_NAME, hatchImage, spanishLocale, type PaintableMap } from './style.ts';

const topo = JSON.parse(
	readFileSync(resolve(import.meta.dirname, '../../../../geodata/norte-de-santander.topo.json'), 'utf8')
) as Topology;
const style = buildStyle(
	territoryFromTopology(topo),
	[{ divipola: '54001', text: 'Cúcuta', lonLat: [-72.5, 8], priority: 1 }],
	'http://localhost/noto.woff2'
);

describe('buildStyle', () => {
	it('is a valid MapLibre style', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('needs nothing outside the app: no tiles, sprites or glyph server', () => {
		const json = JSON.stringify(style);
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		expect(Object.values(style.sources).every((s) => s.type === 'geojson')).toBe(true);
		expect(json).not.toMatch(/https?:\/\/(?!localhost)/);
	});

	it('labels with the self-hosted font', () => {
		expect(style['font-faces']).toEqual({ [FONT_NAME]: 'http://localhost/noto.woff2' });
		const labels = style.layers.find((l) => l.id === 'etiquetas');
		expect(labels?.type === 'symbol' && labels.layout?.['text-font']).toEqual([FONT_NAME]);
	});
});

describe('applyPaint', () => {
	it('sets fill, hatch and selection as feature state on each municipality', () => {
		const calls: unknown[] = [];
		const fake: PaintableMap = { setFeatureState: (f, s) => calls.push([f, s]) };
		applyPaint(
			fake,
			{ '54001': { fill: '#123456', hatch: false }, '54109': { fill: '#ffffff', hatch: true } },
			'54001'
		);
		expect(calls).toEqual([
			[
				{ source: 'municipios', id: '54001' },
				{ fill: '#123456', hatch: false, selected: true }
			],
			[
				{ source: 'municipios', id: '54109' },
				{ fill: '#ffffff', hatch: true, selected: false }
			]
		]);
	});
});

describe('hatchImage', () => {
	it('is an RGBA square with opaque diagonal pixels', () => {
		const img = hatchImage(8);
		expect(img.data).toHaveLength(8 * 8 * 4);
		expect(img.data[3]).toBe(255);
		expect(img.data[(1 * 8 + 0) * 4 + 3]).toBe(0);
	});
});

describe('spanishLocale', () => {
	it('names the map canvas with the view title and translates the controls', () => {
		const l = spanishLocale('Inversión estimada · Total');
		expect(l['Map.Title']).toBe('Inversión estimada · Total');
		expect(l['NavigationControl.ZoomIn']).toBe('Acercar');
		expect(Object.values(l).some((v) => /zoom|toggle|map\b/i.test(v))).toBe(false);
	});
});
