/**
 * npm run figures checks each PNG as Chromium draws it (rasterPng): size from
 * the PNG header, colours counted on the canvas. Here on small constructed
 * SVGs, against the same PNG decoded by pngjs.
 */
import { test, expect } from '@playwright/test';
import { rasterPng } from '../../scripts/figures/annex.ts';
import { pngFacts } from './png.ts';

const px = { width: 120, height: 60, dpi: 300 };
const stripes = (colours: readonly string[]) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">` +
	colours.map((c, i) => `<rect x="${i * 10}" width="10" height="60" fill="${c}"/>`).join('') +
	`</svg>`;
const TEN = [
	'#ffffcc',
	'#c7e9b4',
	'#7fcdbb',
	'#41b6c4',
	'#2c7fb8',
	'#253494',
	'#e6e6e6',
	'#b45309',
	'#111827',
	'#c2410c'
];

test('a drawing with its colours passes, with the counts pngjs reads from the same PNG', async ({ page }) => {
	const r = await rasterPng(page, stripes(TEN), px, ['#2c7fb8', '#c2410c'], 'prueba');
	expect(r.png).toEqual({ width: 120, height: 60 });
	const decoded = pngFacts(r.bytes, ['#2c7fb8', '#c2410c']);
	expect(decoded).toMatchObject({ width: 120, height: 60, dpi: 300, missing: [] });
	// Ten stripes and the white behind the last 20 px.
	expect(decoded.colours).toBe(11);
	expect(r.colours).toEqual({ count: decoded.colours, missing: [] });
});

test('a blank or incomplete drawing is refused, naming the missing colour', async ({ page }) => {
	await expect(rasterPng(page, stripes([]), px, [], 'vacía')).rejects.toThrow(
		'La imagen de «vacía» salió en blanco o incompleta (1 colores; faltan ninguno)'
	);
	await expect(rasterPng(page, stripes(TEN), px, ['#abcdef'], 'sin tono')).rejects.toThrow(
		'La imagen de «sin tono» salió en blanco o incompleta (11 colores; faltan #abcdef)'
	);
});
