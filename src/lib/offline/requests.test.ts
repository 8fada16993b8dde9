import { describe, expect, it } from 'vitest';
import {
	cacheKey,
	folderAddress,
	isCacheable,
	pageAddress,
	pageToKeep,
	precacheLists,
	strategyFor
} from './requests.ts';

const O = 'http://localhost:4173';
const get = (url: string) => ({ url, method: 'GET', range: false });

describe('strategyFor', () => {
	it.each([
		// At the server's root.
		{ req: get(`${O}/_app/immutable/chunks/BUwiJpK_.js`), base: '', expected: 'cache-first' },
		{
			req: get(`${O}/_app/immutable/assets/maplibre-gl-worker.CZtFQQIV.mjs`),
			base: '',
			expected: 'cache-first'
		},
		{ req: get(`${O}/`), base: '', expected: 'network-first' },
		{ req: get(`${O}/?metrica=beneficiarios`), base: '', expected: 'network-first' },
		{ req: get(`${O}/meta/6/__data.json?x-sveltekit-invalidated=01`), base: '', expected: 'network-first' },
		{ req: get(`${O}/datos/informe-2024-2025.json`), base: '', expected: 'network-first' },
		// Not hashed: the next build writes the same name with new content.
		{ req: get(`${O}/_app/version.json`), base: '', expected: 'network-first' },
		{ req: get(`${O}/favicon.svg`), base: '', expected: 'network-first' },
		// Left to the browser.
		{ req: { ...get(`${O}/`), method: 'POST' }, base: '', expected: null },
		{ req: { ...get(`${O}/`), method: 'HEAD' }, base: '', expected: null },
		{ req: { ...get(`${O}/datos/informe-2024-2025.json`), range: true }, base: '', expected: null },
		{ req: get('http://127.0.0.1:4173/'), base: '', expected: null },
		{ req: get('http://localhost:9999/'), base: '', expected: null },
		{ req: get('https://localhost:4173/'), base: '', expected: null },
		{ req: get(`${O}/service-worker.js`), base: '', expected: null },
		// Under a base path.
		{ req: get(`${O}/mapas/desarrollo/`), base: '/mapas/desarrollo', expected: 'network-first' },
		{
			req: get(`${O}/mapas/desarrollo/_app/immutable/entry/start.js`),
			base: '/mapas/desarrollo',
			expected: 'cache-first'
		},
		{ req: get(`${O}/mapas/desarrollo/service-worker.js`), base: '/mapas/desarrollo', expected: null },
		{ req: get(`${O}/mapas/desarrollo`), base: '/mapas/desarrollo', expected: null },
		{ req: get(`${O}/mapas/desarrollo-2/`), base: '/mapas/desarrollo', expected: null },
		{ req: get(`${O}/`), base: '/mapas/desarrollo', expected: null },
		{ req: get(`${O}/_app/immutable/chunks/a.js`), base: '/mapas/desarrollo', expected: null }
	])('$req.method $req.url (range $req.range) under «$base»: $expected', ({ req, base, expected }) => {
		expect(strategyFor(req, O, base)).toBe(expected);
	});
});

describe('cacheKey', () => {
	it.each([
		{ url: `${O}/`, expected: `${O}/` },
		{ url: `${O}/?metrica=beneficiarios&municipio=54810`, expected: `${O}/` },
		{ url: `${O}/meta/6/__data.json?x-sveltekit-invalidated=01`, expected: `${O}/meta/6/__data.json` },
		{ url: `${O}/subregiones/#catatumbo`, expected: `${O}/subregiones/` },
		{ url: `${O}/municipio/54810`, expected: `${O}/municipio/54810` }
	])('$url -> $expected', ({ url, expected }) => {
		expect(cacheKey(url)).toBe(expected);
	});
});

describe('folderAddress', () => {
	it.each([
		{ url: `${O}/meta/6`, expected: `${O}/meta/6/` },
		{ url: `${O}/mapas/desarrollo`, expected: `${O}/mapas/desarrollo/` },
		{ url: `${O}/meta/6?x=1`, expected: `${O}/meta/6/?x=1` },
		{ url: `${O}/meta/6/`, expected: null },
		{ url: `${O}/`, expected: null },
		{ url: `${O}/datos/informe-2024-2025.json`, expected: null },
		{ url: `${O}/404.html`, expected: null }
	])('$url -> $expected', ({ url, expected }) => {
		expect(folderAddress(url)).toBe(expected);
	});
});

describe('isCacheable', () => {
	it.each([
		{ res: { status: 200, type: 'basic', redirected: false }, expected: true },
		{ res: { status: 404, type: 'basic', redirected: false }, expected: false },
		{ res: { status: 500, type: 'basic', redirected: false }, expected: false },
		{ res: { status: 206, type: 'basic', redirected: false }, expected: false },
		{ res: { status: 304, type: 'basic', redirected: false }, expected: false },
		{ res: { status: 0, type: 'opaqueredirect', redirected: false }, expected: false },
		{ res: { status: 0, type: 'opaque', redirected: false }, expected: false },
		{ res: { status: 200, type: 'cors', redirected: false }, expected: false },
		{ res: { status: 200, type: 'basic', redirected: true }, expected: false }
	])('$res -> $expected', ({ res, expected }) => {
		expect(isCacheable(res)).toBe(expected);
	});
});

describe('pageAddress and pageToKeep', () => {
	it.each([
		{ url: `${O}/municipio/54810/`, base: '', expected: `${O}/municipio/54810/` },
		{ url: `${O}/municipio/54810`, base: '', expected: `${O}/municipio/54810/` },
		{ url: `${O}/?metrica=beneficiarios#mapa`, base: '', expected: `${O}/` },
		{ url: `${O}/2024-2025/meta/6/`, base: '', expected: `${O}/2024-2025/meta/6/` },
		{
			url: `${O}/mapas/desarrollo/metas/`,
			base: '/mapas/desarrollo',
			expected: `${O}/mapas/desarrollo/metas/`
		},
		{ url: `${O}/mapas/desarrollo`, base: '/mapas/desarrollo', expected: `${O}/mapas/desarrollo/` },
		// Not pages of this site.
		{ url: `${O}/datos/informe-2024-2025.json`, base: '', expected: null },
		{ url: `${O}/_app/immutable/x/`, base: '', expected: null },
		{ url: 'http://otro.example/metas/', base: '', expected: null },
		{ url: `${O}/metas/`, base: '/mapas/desarrollo', expected: null },
		{ url: 'no es una dirección', base: '', expected: null }
	])('$url under «$base» -> $expected', ({ url, base, expected }) => {
		expect(pageAddress(url, O, base)).toBe(expected);
		expect(pageToKeep({ tipo: 'guardar-pagina', url }, O, base)).toBe(expected);
	});

	it.each([
		null,
		undefined,
		'guardar-pagina',
		3,
		{},
		{ tipo: 'otra', url: `${O}/` },
		{ tipo: 'guardar-pagina' }
	])('ignores a message that is not a request to keep a page: %o', (message) => {
		expect(pageToKeep(message, O, '')).toBeNull();
	});
});

describe('precacheLists', () => {
	const build = ['/_app/immutable/entry/start.js', '/_app/immutable/assets/norte-de-santander.topo.json'];
	const prerendered = [
		'/',
		'/__data.json',
		'/404',
		'/404/__data.json',
		'/meta/6/',
		'/meta/6/__data.json',
		'/datos/informe-2024-2025.json',
		'/importar/guia-edicion.txt',
		'/2024-2025/',
		'/2024-2025/__data.json',
		'/2024-2025/meta/6/__data.json',
		'/2026-final/metas/__data.json'
	];

	it('stores the whole build and the static folder, less dotfiles', () => {
		const lists = precacheLists({ base: '', build, files: ['/favicon.svg', '/.nojekyll'], prerendered });
		expect(lists.app).toEqual([...build, '/favicon.svg']);
	});

	it("stores the root edition's files, not its pages nor the copies in an edition's folder", () => {
		const lists = precacheLists({ base: '', build, files: [], prerendered });
		expect(lists.paginas).toEqual([
			'/__data.json',
			'/404/__data.json',
			'/meta/6/__data.json',
			'/datos/informe-2024-2025.json',
			'/importar/guia-edicion.txt'
		]);
	});

	it('reads the addresses after the base', () => {
		const B = '/mapas/2024';
		const lists = precacheLists({
			base: B,
			build: build.map((p) => B + p),
			files: [`${B}/.nojekyll`, `${B}/favicon.svg`],
			prerendered: prerendered.map((p) => B + p)
		});
		expect(lists.app).toEqual([...build.map((p) => B + p), `${B}/favicon.svg`]);
		// «2024» in the base is not an edition's folder.
		expect(lists.paginas).toEqual(
			[
				'/__data.json',
				'/404/__data.json',
				'/meta/6/__data.json',
				'/datos/informe-2024-2025.json',
				'/importar/guia-edicion.txt'
			].map((p) => B + p)
		);
	});

	it('does not change the lists it is given', () => {
		const input = { base: '', build: [...build], files: ['/.nojekyll'], prerendered: [...prerendered] };
		const copy = structuredClone(input);
		precacheLists(input);
		expect(input).toEqual(copy);
	});
});
