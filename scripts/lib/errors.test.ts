/**
 * The Spanish line a command prints for each kind of failure: real errors from
 * node:fs where this machine can produce them, the rest (a full disk, a
 * read-only disk, no permission as root) built as node builds them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeError, describeSystemError, InterruptedError, signalExitCode, UserError } from './errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'errores-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const thrown = (f: () => unknown): unknown => {
	try {
		f();
	} catch (e) {
		return e;
	}
	throw new Error('no falló');
};

/** What node throws, e.g. `EACCES: permission denied, open '/x'`, with its fields. */
const systemError = (code: string, syscall: string, path: string) =>
	Object.assign(new Error(`${code}: algo, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });

describe('describeSystemError, on errors node:fs really throws', () => {
	it('ENOENT names the missing path', () => {
		const p = join(dir, 'no-existe.txt');
		expect(describeError(thrown(() => readFileSync(p)))).toBe(`No existe ${p}: revise la ruta.`);
	});
	it('ENOTDIR says a part of the path is a file', () => {
		writeFileSync(join(dir, 'archivo'), 'x');
		const p = join(dir, 'archivo', 'sub');
		expect(describeError(thrown(() => mkdirSync(p)))).toBe(
			`${p} no es una carpeta: una parte de la ruta es un archivo. Revise la ruta.`
		);
	});
	it('EISDIR says it is a folder', () => {
		expect(describeError(thrown(() => readFileSync(dir)))).toMatch(/es una carpeta, no un archivo/);
	});
});

describe('describeSystemError, on errors built as node builds them', () => {
	it.each<[string, string, string, string]>([
		[
			'EACCES',
			'open',
			'/srv/anexo.parcial-1/a.png',
			'Sin permiso para escribir en /srv/anexo.parcial-1/a.png: la carpeta es de solo lectura o de otro usuario. Elija otra carpeta o cambie sus permisos.'
		],
		['EACCES', 'mkdir', '/srv/x', 'Sin permiso para escribir en /srv/x'],
		['EPERM', 'rename', '/srv/x', 'Sin permiso para escribir en /srv/x'],
		['EACCES', 'scandir', '/srv/x', 'Sin permiso para leer /srv/x: pida acceso o use otra carpeta.'],
		['EROFS', 'mkdir', '/media/cd/anexo', '/media/cd/anexo está en un disco de solo lectura'],
		[
			'ENOSPC',
			'write',
			'/tmp/anexo.parcial-1/a.png',
			'El disco está lleno: no se pudo escribir /tmp/anexo.parcial-1/a.png. Libere espacio y vuelva a intentarlo.'
		],
		['EDQUOT', 'write', '/home/ana/a.png', 'El disco está lleno'],
		['EMFILE', 'open', '/x', 'Hay demasiados archivos abiertos'],
		['EXYZ', 'open', '/x', 'Error del sistema EXYZ en /x.']
	])('%s (%s)', (code, syscall, path, message) => {
		expect(describeSystemError(systemError(code, syscall, path))).toContain(message);
		expect(describeError(systemError(code, syscall, path))).toContain(message);
	});
});

describe('describeError', () => {
	it('prints a UserError as it is', () => {
		expect(describeError(new UserError('La carpeta de salida «.» es la carpeta actual'))).toBe(
			'La carpeta de salida «.» es la carpeta actual'
		);
	});
	it('prints the data loader’s Spanish errors as they are', () => {
		expect(describeError(new Error('metas.yaml: fila 1 (meta 1), campo «investment»'))).toBe(
			'metas.yaml: fila 1 (meta 1), campo «investment»'
		);
	});
	it('calls a TypeError a bug and points to DEPURAR=1, in one line', () => {
		const bug = thrown(() => (undefined as unknown as { x: number }).x);
		const line = describeError(bug);
		expect(line).toMatch(
			/^Error inesperado del programa \(TypeError: .*\)\. Ejecútelo de nuevo con DEPURAR=1/
		);
		expect(line).not.toContain('\n');
		expect(line).not.toMatch(/\bat /);
	});
	it('handles what is not an Error', () => {
		expect(describeError('algo')).toBe('Error inesperado: algo');
	});
	it('prints an interruption’s own message', () => {
		expect(describeError(new InterruptedError('SIGTERM', 'Interrumpido: no se creó /tmp/a.'))).toBe(
			'Interrumpido: no se creó /tmp/a.'
		);
	});
});

describe('signalExitCode', () => {
	it.each<[NodeJS.Signals, number]>([
		['SIGHUP', 129],
		['SIGINT', 130],
		['SIGTERM', 143]
	])('%s → %d, as a shell reports it', (s, code) => expect(signalExitCode(s)).toBe(code));
});
