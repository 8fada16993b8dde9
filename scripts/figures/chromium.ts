/**
 * The Chromium that rasterises and prints the annex: Debian's, or CHROMIUM_PATH.
 * Checked before any work, and its launch errors (long, English) replaced by
 * one Spanish sentence.
 */
import { accessSync, constants, statSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { UserError } from '../lib/errors.ts';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
	return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

const source = (env: Readonly<Record<string, string | undefined>>) =>
	env.CHROMIUM_PATH ? ' (CHROMIUM_PATH)' : '';

/** Throws a UserError unless `path` is an executable file. */
export function checkChromium(
	path: string = chromiumPath(),
	env: Readonly<Record<string, string | undefined>> = process.env
): void {
	const fix = env.CHROMIUM_PATH
		? `corrija CHROMIUM_PATH o quítela para usar ${DEFAULT_CHROMIUM} (apt-get install chromium).`
		: 'instálelo con apt-get install chromium o indique otro con CHROMIUM_PATH=/ruta/al/navegador.';
	let isFile: boolean;
	try {
		isFile = statSync(path).isFile();
	} catch {
		throw new UserError(`No se encontró Chromium en ${path}${source(env)}: ${fix}`);
	}
	try {
		if (!isFile) throw new Error('not a file');
		accessSync(path, constants.X_OK);
	} catch {
		throw new UserError(`${path}${source(env)} no es un programa que se pueda ejecutar: ${fix}`);
	}
}

/**
 * Launches Chromium without Playwright's own signal handlers (they would exit
 * the process before the temporary folder is removed).
 */
export async function launchChromium(path: string = chromiumPath()): Promise<Browser> {
	// Loaded here, not at the top: a refused command line or folder answers without loading Playwright.
	const { chromium } = await import('@playwright/test');
	try {
		return await chromium.launch({
			executablePath: path,
			handleSIGINT: false,
			handleSIGTERM: false,
			handleSIGHUP: false
		});
	} catch (e) {
		throw new UserError(
			`Chromium (${path}) no arrancó: compruebe que es Chromium o Google Chrome y que funciona ` +
				`(${path} --headless --version). DEPURAR=1 muestra el detalle.`,
			{ cause: e }
		);
	}
}

/** Playwright's own errors (`page.setContent: Timeout 30000ms exceeded.`), English and long. */
export function isBrowserError(e: unknown): e is Error {
	return (
		e instanceof Error &&
		(e.name === 'TimeoutError' || /^(page|browser|browserType|browserContext|frame)\.\w+: /.test(e.message))
	);
}

/** One Spanish sentence for a browser failure while `doing` (e.g. «imprimía el PDF»). */
export function describeBrowserError(e: Error, doing: string): string {
	const closed = /closed|crashed|disconnected/i.test(e.message);
	return e.name === 'TimeoutError'
		? `Chromium no terminó a tiempo mientras ${doing}: la máquina puede estar muy ocupada; vuelva a intentarlo. DEPURAR=1 muestra el detalle.`
		: closed
			? `Chromium se cerró mientras ${doing}: vuelva a intentarlo; si se repite, revise que Chromium funcione. DEPURAR=1 muestra el detalle.`
			: `Chromium falló mientras ${doing}: vuelva a intentarlo. DEPURAR=1 muestra el detalle.`;
}
