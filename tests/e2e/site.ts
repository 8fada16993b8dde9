/** The built site as files, servers for it, and the figure export as a user drives it. */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { listEditions } from '../../scripts/data/sources.ts';
import { createStaticServer, type StaticServerOptions } from '../../scripts/deploy/serve.ts';

export const REPO = resolve(import.meta.dirname, '../..');
/** The folder the suite's server serves (playwright.config.ts builds it). */
export const BUILD_DIR = resolve(REPO, process.env.BUILD_DIR || 'build');

/** The id of the edition the site shows at its root (the newest folder under src/data/ediciones/). */
export const NEWEST_ID = listEditions()[0].id;

/**
 * A second build of the site beside the suite's own, with `env` added (a base
 * path, the fixture editions): into `out`, with SvelteKit's working folder
 * apart from .svelte-kit/output. Returns the function that removes that folder.
 */
export async function buildSite(
	env: Record<string, string>,
	out: string,
	label: string
): Promise<() => void> {
	const kitDir = mkdtempSync(join(REPO, '.svelte-kit', `e2e-${label}-`));
	try {
		await promisify(execFile)(process.execPath, [join(REPO, 'node_modules/vite/bin/vite.js'), 'build'], {
			cwd: REPO,
			env: { ...process.env, ...env, BUILD_DIR: out, KIT_OUT_DIR: kitDir },
			maxBuffer: 1 << 26
		});
	} catch (e) {
		rmSync(kitDir, { recursive: true, force: true });
		throw new Error(`La compilación (${label}) falló: ${(e as { stderr?: string }).stderr?.slice(-2000)}`, {
			cause: e
		});
	}
	return () => rmSync(kitDir, { recursive: true, force: true });
}

/** Every .html file under `dir`. */
export function builtPages(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
}

export interface Running {
	/** `http://127.0.0.1:PORT` (no trailing slash). */
	origin: string;
	stop: () => Promise<void>;
}

/** The project's plain static server, in this process, on a free port. */
export async function startStatic(options: StaticServerOptions): Promise<Running> {
	const server = createStaticServer(options);
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		stop: () => new Promise<void>((ok) => server.close(() => ok()))
	};
}

/** `python3 -m http.server` in `dir` on a free port (it prints the one it got). */
export async function startPython(dir: string): Promise<Running> {
	const child = spawn(
		'python3',
		['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', dir],
		{
			stdio: ['ignore', 'pipe', 'ignore']
		}
	);
	const port = await new Promise<number>((ok, fail) => {
		let out = '';
		child.once('error', (e) => fail(new Error(`No se pudo iniciar python3: ${e.message}`)));
		child.once('exit', (code) => fail(new Error(`python3 -m http.server terminó (código ${code}): ${out}`)));
		child.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const m = /port (\d+)/.exec(out);
			if (m) ok(Number(m[1]));
		});
	});
	return {
		origin: `http://127.0.0.1:${port}`,
		stop: async () => {
			child.removeAllListeners('exit');
			child.kill();
		}
	};
}

/** Opens the export panel, picks `format` (A4 portrait by default) and returns the download. */
export async function exportFromPanel(
	page: Page,
	format: 'png' | 'svg'
): Promise<{ name: string; bytes: Buffer }> {
	const panel = page.locator('details.export');
	if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
	await panel.getByLabel('Formato').selectOption(format);
	const download = page.waitForEvent('download', { timeout: 120_000 });
	// A failed export says so in the panel: report that instead of waiting for a download.
	const failure = page
		.waitForFunction(
			() => document.querySelector('details.export [role="status"]')?.textContent?.startsWith('No se pudo'),
			undefined,
			{ timeout: 120_000 }
		)
		.then(() => page.locator('details.export [role="status"]').textContent());
	await panel.getByRole('button', { name: 'Descargar' }).click();
	const outcome = await Promise.race([download, failure]);
	failure.catch(() => undefined);
	download.catch(() => undefined);
	if (typeof outcome === 'string' || outcome === null) throw new Error(`La exportación falló: ${outcome}`);
	return { name: outcome.suggestedFilename(), bytes: readFileSync((await outcome.path()) as string) };
}
