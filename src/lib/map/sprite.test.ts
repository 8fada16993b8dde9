import { describe, expect, it } from 'vitest';
import { mapSprite, mapTheme, svgLayers, withoutPaths } from './cartography.ts';
import { screenMap } from './screen.ts';

// The page map draws every path of the layers from the sprite by id: each id
// must be in the sprite, with the path the layers would have drawn inline.
describe('mapSprite', () => {
	const { geometry, labels } = screenMap();
	const sprite = mapSprite(geometry);
	const inSprite = new Map(
		[...sprite.matchAll(/<path id="([^"]+)" d="([^"]*)"\/>/g)].map((m) => [m[1], m[2]])
	);
	const all = geometry.municipios.map((m) => m.divipola);
	const layers = svgLayers(
		geometry,
		{
			paint: Object.fromEntries(all.map((d) => [d, { fill: '#123456', hatch: true }])),
			labels,
			emphasis: all,
			groups: true
		},
		mapTheme('screen'),
		'trama'
	);
	const paths = layers.flatMap((l) =>
		l.elements.filter((e) => e.tag === 'path').map((e) => ({ layer: l.id, ...e }))
	);

	it('holds every shape the layers draw, with the same path', () => {
		// 40 municipalities (fill, hatch, emphasis), the neighbours, Venezuela, the outline, 6 subregions.
		expect(paths.length).toBe(40 * 3 + geometry.vecinos.length + 1 + 1 + 6);
		for (const p of paths) {
			expect(p.shape, `${p.layer}/${p.key}`).toBeDefined();
			expect(inSprite.get(p.shape!), `${p.layer}/${p.key}`).toBe(p.attrs.d);
			expect(p.attrs.d).not.toBe('');
		}
	});

	it('gives every shape its own id and no paint (the <use> paints it)', () => {
		expect(inSprite.size).toBe([...sprite.matchAll(/ id="/g)].length);
		expect(inSprite.size).toBe(40 + geometry.vecinos.length + 1 + 1 + 6);
		expect(sprite).not.toMatch(/fill=|stroke=/);
		expect(sprite.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
	});

	it('leaves the page geometry without paths and does not mutate its input', () => {
		const before = JSON.stringify(geometry);
		const light = withoutPaths(geometry);
		expect(JSON.stringify(geometry)).toBe(before);
		expect(JSON.stringify(light)).not.toMatch(/"d":"[^"]/);
		expect(light.municipios.map((m) => m.divipola)).toEqual(all);
		expect(light.vecinos.map((v) => [v.name, v.x, v.y])).toEqual(
			geometry.vecinos.map((v) => [v.name, v.x, v.y])
		);
		expect(JSON.stringify(light).length).toBeLessThan(before.length / 20);
	});
});
