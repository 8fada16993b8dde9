import { describe, expect, it } from 'vitest';
import { attrs, elementSvg, escapeXml } from './markup.ts';

describe('elementSvg', () => {
	it.each([
		[
			'a path in a file keeps its data',
			{ tag: 'path', key: 'k', attrs: { d: 'M0 0L1 1Z', fill: '#fff' }, shape: 'm-54001' },
			undefined,
			'<path d="M0 0L1 1Z" fill="#fff"/>'
		],
		[
			'a path on the page is a <use> of the sprite, without its data',
			{ tag: 'path', key: 'k', attrs: { d: 'M0 0L1 1Z', fill: '#fff' }, shape: 'm-54001' },
			'/mapa.svg',
			'<use href="/mapa.svg#m-54001" fill="#fff"/>'
		],
		[
			'a path without a shape stays a path on the page too',
			{ tag: 'path', key: 'k', attrs: { d: 'M0 0' } },
			'/mapa.svg',
			'<path d="M0 0"/>'
		],
		[
			'a label is escaped, its numbers rounded to two decimals',
			{ tag: 'text', key: 'k', attrs: { x: 1.23456, y: 2 }, text: 'Ábrego & <Cúcuta>' },
			'/mapa.svg',
			'<text x="1.23" y="2">Ábrego &amp; &lt;Cúcuta&gt;</text>'
		]
	] as const)('%s', (_, el, sprite, expected) => {
		expect(elementSvg({ ...el, attrs: { ...el.attrs } }, sprite)).toBe(expected);
	});

	it('adds the extra attributes last', () => {
		const el = { tag: 'path' as const, key: 'k', attrs: { d: 'M0 0' }, shape: 's' };
		expect(elementSvg(el, 'x.svg', { class: 'municipio' })).toBe('<use href="x.svg#s" class="municipio"/>');
	});
});

describe('attrs and escapeXml', () => {
	it('leaves undefined out and escapes quotes in values', () => {
		expect(attrs({ a: undefined, b: 'say "hi"', c: 0.125 })).toBe(' b="say &quot;hi&quot;" c="0.13"');
		expect(escapeXml(`'`)).toBe('&apos;');
	});
});
