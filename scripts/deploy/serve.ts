/**
 * A plain static file server, the way nginx, Apache or GitHub Pages serve a
 * folder by default: a file is sent as it is; a folder without its final «/»
 * is redirected to it; a folder is its `index.html`; anything else is the
 * site's 404 page with status 404. No rewrites, no SPA fallback, no
 * directory listing: a page that works here works on any static host.
 *
 *   npm run serve -- [CARPETA] [--port N] [--host H] [--404 RUTA] [--cabeceras]
 *
 * `--cabeceras` adds the response headers of docs/despliegue.md.
 */
import { createReadStream, existsSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONTENT_TYPES, SECURITY_HEADERS, cacheControl } from './policy.js';

export interface StaticServerOptions {
	/** The folder served at `/`. */
	root: string;
	/** The page sent with every 404, as a path inside `root` (GitHub Pages: `404.html`). */
	notFound?: string;
	/** Send the headers that docs/despliegue.md recommends. */
	headers?: boolean;
}

const TYPES: Record<string, string> = CONTENT_TYPES;

function statOrNull(path: string): Stats | null {
	try {
		return statSync(path);
	} catch {
		return null;
	}
}

/** The file a URL path names inside `root`, or null when it would leave it. */
export function fileFor(root: string, pathname: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	if (decoded.includes('\0')) return null;
	const file = join(root, decoded);
	return file === root || file.startsWith(root + sep) ? file : null;
}

export function createStaticServer(options: StaticServerOptions): Server {
	const root = resolve(options.root);
	const notFoundFile = options.notFound ? fileFor(root, `/${options.notFound}`) : null;

	function send(
		res: ServerResponse,
		req: IncomingMessage,
		status: number,
		file: string | null,
		sitePath: string
	) {
		const headers: Record<string, string> = options.headers ? { ...SECURITY_HEADERS } : {};
		if (options.headers) headers['Cache-Control'] = cacheControl(sitePath);
		if (file) {
			headers['Content-Type'] = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
			headers['Content-Length'] = String(statSync(file).size);
			res.writeHead(status, headers);
			if (req.method === 'HEAD') res.end();
			else createReadStream(file).pipe(res);
			return;
		}
		const body = status === 404 ? 'No se encontró la página.\n' : 'Solicitud no válida.\n';
		res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
		res.end(req.method === 'HEAD' ? undefined : body);
	}

	function notFound(req: IncomingMessage, res: ServerResponse) {
		const page = notFoundFile && statOrNull(notFoundFile)?.isFile() ? notFoundFile : null;
		send(res, req, 404, page, '/404.html');
	}

	return createServer((req, res) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('Método no permitido.\n');
			return;
		}
		const url = new URL(req.url ?? '/', 'http://servidor');
		const file = fileFor(root, url.pathname);
		if (!file) return send(res, req, 400, null, url.pathname);
		const stat = statOrNull(file);
		if (stat?.isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				// What every static server does for a folder: the same address with its «/».
				res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
				res.end();
				return;
			}
			const index = join(file, 'index.html');
			if (statOrNull(index)?.isFile()) return send(res, req, 200, index, url.pathname);
			return notFound(req, res);
		}
		// A file asked for as a folder (`/datos/x.json/`) does not exist, as on nginx.
		if (stat?.isFile() && !url.pathname.endsWith('/')) return send(res, req, 200, file, url.pathname);
		return notFound(req, res);
	});
}

async function main() {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			port: { type: 'string', default: '4173' },
			host: { type: 'string', default: 'localhost' },
			'404': { type: 'string', default: '404.html' },
			cabeceras: { type: 'boolean', default: false }
		}
	});
	const root = positionals[0] ?? 'build';
	if (positionals.length > 1) throw new Error(`Sobra «${positionals[1]}»: se sirve una sola carpeta.`);
	if (!existsSync(root) || !statSync(root).isDirectory()) {
		throw new Error(`No existe la carpeta «${root}»: ejecute antes npm run build.`);
	}
	const port = Number(values.port);
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		throw new Error(`--port «${values.port}» no es un puerto: use un número entre 0 y 65535.`);
	}
	const notFoundPage = values['404'];
	if (!existsSync(join(root, notFoundPage))) {
		console.warn(
			`Aviso: no existe ${join(root, notFoundPage)}; las páginas que falten se responderán en texto.`
		);
	}
	const server = createStaticServer({ root, notFound: notFoundPage, headers: values.cabeceras });
	server.on('error', (e: NodeJS.ErrnoException) => {
		console.error(
			e.code === 'EADDRINUSE'
				? `Error: el puerto ${port} ya está en uso; elija otro con --port.`
				: `Error: ${e.message}`
		);
		process.exit(1);
	});
	server.listen(port, values.host, () => {
		const address = server.address();
		const actual = typeof address === 'object' && address ? address.port : port;
		console.log(
			`Sirviendo ${root}/ en http://${values.host}:${actual}/ (404: ${notFoundPage}` +
				`${values.cabeceras ? ', con las cabeceras de docs/despliegue.md' : ''}). Ctrl+C para terminar.`
		);
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().catch((e: Error) => {
		console.error(`Error: ${e.message}`);
		process.exit(1);
	});
}
