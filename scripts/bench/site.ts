/**
 * What the browser benchmarks share: the built site served by the project's
 * own static server (`scripts/deploy/serve.ts`, with the headers of
 * docs/despliegue.md), Debian's Chromium launched offline, the `--runs` and
 * `--port` options and a line with the machine's load.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import compression from 'compression';
import type { Browser, BrowserContext, LaunchOptions } from '@playwright/test';
import { checkPositiveInteger, type StringOption } from '../lib/args.ts';
import { UserError } from '../lib/errors.ts';
import { createStaticServer } from '../deploy/serve.ts';
import { isLocalUrl, loadLine } from './stats.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BUILD = join(ROOT, 'build');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** As playwright.config.ts: WebGL through SwiftShader, as root. */
export const CHROMIUM_ARGS = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--no-sandbox'];
/** Nothing but localhost resolves, so no request can leave the machine whatever the page asks for. */
export const OFFLINE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost'];

export const runsOption = (fallback: number, max: number): StringOption => ({
	type: 'string',
	valueName: 'N',
	help: `Número de ejecuciones (1 a ${max})`,
	default: String(fallback),
	check: checkPositiveInteger('--runs', max)
});

export const portOption: StringOption = {
	type: 'string',
	valueName: 'N',
	help: 'Puerto del servidor local (0: uno libre cualquiera)',
	default: '0',
	check: (v) =>
		/^\d{1,5}$/.test(v) && Number(v) <= 65535
			? null
			: `--port «${v}» no es un puerto: use un número entre 0 y 65535.`
};

export const gzipOption = {
	type: 'boolean',
	help: 'Comprimir las respuestas con gzip, como GitHub Pages o nginx con «gzip on» (serve.ts no comprime)'
} as const;

/** Stops with the message bench:size gives when there is nothing built. */
export function requireBuild(): void {
	if (!existsSync(join(BUILD, 'index.html'))) {
		throw new UserError('No hay compilación: ejecute primero `npm run build`.');
	}
}

export interface Served {
	/** `http://localhost:PORT` (no final «/»). */
	origin: string;
	close(): Promise<void>;
}

/** Serves `root` on localhost with serve.ts's server and its headers; `gzip` adds compression in front. */
export async function serve(root: string, port: number, gzip = false): Promise<Served> {
	const server: Server = createStaticServer({ root, notFound: '404.html', headers: true });
	if (gzip) {
		const [files] = server.listeners('request') as ((...a: unknown[]) => void)[];
		const compress = compression() as unknown as (req: unknown, res: unknown, next: () => void) => void;
		server.removeAllListeners('request');
		server.on('request', (req, res) => compress(req, res, () => files(req, res)));
	}
	await new Promise<void>((ok, fail) => {
		server.once('error', (e: NodeJS.ErrnoException) =>
			fail(
				e.code === 'EADDRINUSE'
					? new UserError(`El puerto ${port} ya está en uso; elija otro con --port.`)
					: e
			)
		);
		server.listen(port, 'localhost', () => ok());
	});
	const { port: actual } = server.address() as AddressInfo;
	return {
		origin: `http://localhost:${actual}`,
		close: () =>
			new Promise<void>((ok) => {
				server.closeAllConnections();
				server.close(() => ok());
			})
	};
}

export async function launchChromium(extra: LaunchOptions = {}): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new UserError(
			`No está Chromium en ${CHROMIUM_PATH}: instale el paquete Debian «chromium» o indique otro con CHROMIUM_PATH.`
		);
	}
	const { chromium } = await import('@playwright/test');
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [...CHROMIUM_ARGS, ...OFFLINE_ARGS],
		...extra
	});
}

/**
 * tsx (esbuild with keepNames) wraps named functions in `__name(fn, "name")`;
 * functions handed to the page (init scripts, evaluate) need it defined there.
 */
export async function allowTsxFunctions(context: BrowserContext): Promise<void> {
	await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
}

/** Collects every request of the context that would leave localhost (none should). */
export function watchOffsite(context: BrowserContext): string[] {
	const offsite: string[] = [];
	context.on('request', (r) => {
		if (!isLocalUrl(r.url())) offsite.push(r.url());
	});
	return offsite;
}

/** The load averages now, as `uptime` prints them. */
export const load = () => loadLine(loadavg());
