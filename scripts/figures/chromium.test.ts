/**
 * The browser checks and messages of the annex: a missing or unusable
 * CHROMIUM_PATH is refused in Spanish before any work, and Playwright's own
 * errors (real ones, thrown by the library) become one Spanish sentence.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errors } from '@playwright/test';
import { afterAll, describe, expect, it } from 'vitest';
import { checkChromium, chromiumPath, describeBrowserError, isBrowserError } from './chromium.ts';

describe('chromiumPath', () => {
	it('is CHROMIUM_PATH, or Debian’s when unset or empty', () => {
		expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome' })).toBe('/opt/chrome');
		expect(chromiumPath({})).toBe('/usr/bin/chromium');
		expect(chromiumPath({ CHROMIUM_PATH: '' })).toBe('/usr/bin/chromium');
	});
});

const dir = mkdtempSync(join(tmpdir(), 'chromium-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const notExecutable = join(dir, 'chromium');
writeFileSync(notExecutable, '#!/bin/sh\n', { mode: 0o644 });

describe('checkChromium', () => {
	it.each<[string, Record<string, string>, string]>([
		[
			'/no/existe',
			{},
			'No se encontró Chromium en /no/existe: instálelo con apt-get install chromium o indique otro con CHROMIUM_PATH=/ruta/al/navegador.'
		],
		[
			'/no/existe',
			{ CHROMIUM_PATH: '/no/existe' },
			'No se encontró Chromium en /no/existe (CHROMIUM_PATH): corrija CHROMIUM_PATH o quítela para usar /usr/bin/chromium (apt-get install chromium).'
		],
		['/tmp', { CHROMIUM_PATH: '/tmp' }, '/tmp (CHROMIUM_PATH) no es un programa que se pueda ejecutar'],
		[notExecutable, {}, `${notExecutable} no es un programa que se pueda ejecutar`]
	])('refuses %s %j', (path, env, message) => {
		expect(() => checkChromium(path, env)).toThrow(message);
	});

	it('accepts an executable file', () => {
		expect(() => checkChromium(process.execPath, {})).not.toThrow();
	});
});

describe('describeBrowserError', () => {
	it('turns Playwright’s TimeoutError into «no terminó a tiempo»', () => {
		const e = new errors.TimeoutError('page.setContent: Timeout 30000ms exceeded.');
		expect(isBrowserError(e)).toBe(true);
		expect(describeBrowserError(e, 'imprimía el PDF')).toBe(
			'Chromium no terminó a tiempo mientras imprimía el PDF: la máquina puede estar muy ocupada; vuelva a intentarlo. DEPURAR=1 muestra el detalle.'
		);
	});

	it('recognises a TimeoutError by its class, whatever its message', () => {
		expect(isBrowserError(new errors.TimeoutError('Timeout 30000ms exceeded.'))).toBe(true);
	});

	it('says when the browser closed under the run', () => {
		const e = new Error('page.evaluate: Target page, context or browser has been closed');
		expect(isBrowserError(e)).toBe(true);
		expect(describeBrowserError(e, 'dibujaba «Meta 6»')).toMatch(
			/^Chromium se cerró mientras dibujaba «Meta 6»/
		);
	});

	it('leaves other errors to the general mapper', () => {
		expect(isBrowserError(new Error('metas.yaml: fila 1'))).toBe(false);
		expect(isBrowserError(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe(false);
	});
});
