import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, type StaticServerOptions } from './serve.ts';

// A small site laid out as the build is, beside a file that must stay out of reach.
const FILES: Record<string, string> = {
	'sitio/index.html': '<h1>inicio</h1>',
	'sitio/404.html': '<h1>Página no encontrada</h1>',
	'sitio/meta/6/index.html': '<h1>meta 6</h1>',
	'sitio/meta/6/__data.json': '{"meta":6}',
	'sitio/datos/informe.json': '{"ok":true}',
	'sitio/_app/immutable/worker.abc.mjs': 'export {}',
	'sitio/_app/immutable/font.abc.woff2': 'wOF2',
	'sitio/vacia/.keep': '',
	'sitio/raro.xyz': '?',
	'secreto.txt': 'no'
};

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** A raw request: fetch() would normalise «..» away before it reached the server. */
function get(server: Server, path: string, method = 'GET'): Promise<Reply> {
	const { port } = server.address() as AddressInfo;
	return new Promise((ok, fail) => {
		const req = httpRequest({ host: '127.0.0.1', port, path, method }, (res) => {
			let body = '';
			res.on('data', (c: Buffer) => (body += c.toString()));
			res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
		});
		req.on('error', fail);
		req.end();
	});
}

let root: string;
const servers: Server[] = [];
async function start(options: Omit<StaticServerOptions, 'root'>): Promise<Server> {
	const server = createStaticServer({ root: join(root, 'sitio'), ...options });
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	servers.push(server);
	return server;
}

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'serve-test-'));
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
});
afterAll(async () => {
	await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
	rmSync(root, { recursive: true, force: true });
});

describe('the plain static server, like nginx/Apache/GitHub Pages by default', () => {
	let server: Server;
	beforeAll(async () => {
		server = await start({ notFound: '404.html' });
	});

	it.each([
		{ path: '/', status: 200, body: '<h1>inicio</h1>', type: 'text/html; charset=utf-8' },
		{ path: '/meta/6/', status: 200, body: '<h1>meta 6</h1>', type: 'text/html; charset=utf-8' },
		{ path: '/meta/6/index.html', status: 200, body: '<h1>meta 6</h1>', type: 'text/html; charset=utf-8' },
		{ path: '/meta/6/__data.json', status: 200, body: '{"meta":6}', type: 'application/json' },
		{ path: '/datos/informe.json', status: 200, body: '{"ok":true}', type: 'application/json' },
		{
			path: '/_app/immutable/worker.abc.mjs',
			status: 200,
			body: 'export {}',
			type: 'text/javascript; charset=utf-8'
		},
		{ path: '/_app/immutable/font.abc.woff2', status: 200, body: 'wOF2', type: 'font/woff2' },
		{ path: '/raro.xyz', status: 200, body: '?', type: 'application/octet-stream' },
		// No rewrites: what is not a file is the 404 page, with status 404.
		{ path: '/nada', status: 404, body: '<h1>Página no encontrada</h1>', type: 'text/html; charset=utf-8' },
		{
			path: '/meta/6.html',
			status: 404,
			body: '<h1>Página no encontrada</h1>',
			type: 'text/html; charset=utf-8'
		},
		{
			path: '/meta/6/otra/cosa',
			status: 404,
			body: '<h1>Página no encontrada</h1>',
			type: 'text/html; charset=utf-8'
		},
		// A file asked for as a folder does not exist (nginx does the same).
		{
			path: '/datos/informe.json/',
			status: 404,
			body: '<h1>Página no encontrada</h1>',
			type: 'text/html; charset=utf-8'
		},
		// A folder without index.html is never listed.
		{ path: '/vacia/', status: 404, body: '<h1>Página no encontrada</h1>', type: 'text/html; charset=utf-8' },
		{ path: '/_app/', status: 404, body: '<h1>Página no encontrada</h1>', type: 'text/html; charset=utf-8' }
	])('GET $path -> $status $type', async ({ path, status, body, type }) => {
		const r = await get(server, path);
		expect([r.status, r.headers['content-type'], r.body]).toEqual([status, type, body]);
	});

	it.each([
		{ path: '/meta/6', location: '/meta/6/' },
		{ path: '/meta/6?metrica=beneficiarios', location: '/meta/6/?metrica=beneficiarios' },
		{ path: '/vacia', location: '/vacia/' }
	])('GET $path redirects the folder to $location', async ({ path, location }) => {
		const r = await get(server, path);
		expect([r.status, r.headers.location]).toEqual([301, location]);
	});

	it.each(['/../secreto.txt', '/%2e%2e/secreto.txt', '/meta/../../secreto.txt', '/%2e%2e%2fsecreto.txt'])(
		'never serves a file outside its folder: %s',
		async (path) => {
			const r = await get(server, path);
			expect(r.body).not.toBe('no');
			expect([400, 404]).toContain(r.status);
		}
	);

	it('rejects a malformed or NUL-bearing address with 400', async () => {
		expect((await get(server, '/%E0%A4%A')).status).toBe(400);
		expect((await get(server, '/index.html%00.png')).status).toBe(400);
	});

	it('answers HEAD with the headers and no body, and refuses other methods', async () => {
		// «<h1>meta 6</h1>» is 15 bytes.
		const head = await get(server, '/meta/6/', 'HEAD');
		expect([head.status, head.headers['content-length'], head.body]).toEqual([200, '15', '']);
		const post = await get(server, '/', 'POST');
		expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
	});

	it('sends no policy headers unless asked (like a host that cannot set them)', async () => {
		const r = await get(server, '/');
		expect(r.headers['content-security-policy']).toBeUndefined();
		expect(r.headers['cache-control']).toBeUndefined();
	});
});

describe('with --cabeceras: the headers of docs/despliegue.md', () => {
	let server: Server;
	beforeAll(async () => {
		server = await start({ notFound: '404.html', headers: true });
	});

	it.each(['/', '/nada', '/datos/informe.json', '/_app/immutable/worker.abc.mjs'])(
		'%s carries the security headers',
		async (path) => {
			const r = await get(server, path);
			expect(r.headers['content-security-policy']).toBe(
				"frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
			);
			expect(r.headers['x-content-type-options']).toBe('nosniff');
			expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
			expect(r.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		}
	);

	it.each([
		{ path: '/_app/immutable/worker.abc.mjs', cache: 'public, max-age=31536000, immutable' },
		{ path: '/', cache: 'no-cache' },
		{ path: '/meta/6/__data.json', cache: 'no-cache' },
		{ path: '/datos/informe.json', cache: 'no-cache' },
		{ path: '/nada', cache: 'no-cache' }
	])('$path is cached as «$cache»', async ({ path, cache }) => {
		expect((await get(server, path)).headers['cache-control']).toBe(cache);
	});
});

describe('without a 404 page', () => {
	it('answers missing addresses with a short Spanish text', async () => {
		const server = await start({ notFound: 'no-existe.html' });
		const r = await get(server, '/nada');
		expect([r.status, r.headers['content-type'], r.body]).toEqual([
			404,
			'text/plain; charset=utf-8',
			'No se encontró la página.\n'
		]);
	});
});
