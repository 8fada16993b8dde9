/** `data:json` prints the dataset or, on any problem, nothing on stdout and a Spanish error on stderr (exit 1). */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { printJson } from './print-json.ts';
import { editionPaths, type SourcePaths } from './sources.ts';

const SOURCE_PATHS = editionPaths('2024-2025');

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The source files copied into a new folder, `metas.yaml` edited by `edit`. */
function copyWith(edit: (metas: string) => string | null): SourcePaths {
	const dir = mkdtempSync(join(tmpdir(), 'data-json-'));
	dirs.push(dir);
	const paths = {
		edicion: join(dir, 'edicion.yaml'),
		metas: join(dir, 'metas.yaml'),
		informe: join(dir, 'informe.yaml'),
		lugares: join(dir, 'lugares.yaml'),
		municipios: join(dir, 'municipios.json')
	};
	for (const k of ['edicion', 'informe', 'lugares', 'municipios'] as const)
		copyFileSync(SOURCE_PATHS[k], paths[k]);
	const metas = edit(readFileSync(SOURCE_PATHS.metas, 'utf8'));
	if (metas !== null) writeFileSync(paths.metas, metas);
	return paths;
}

function run(paths: SourcePaths) {
	let out = '';
	let err = '';
	const code = printJson(paths, { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
	return { code, out, err };
}

describe('printJson', () => {
	it('prints the dataset and nothing on stderr', () => {
		const r = run(copyWith((m) => m));
		expect(r.code).toBe(0);
		expect(r.err).toBe('');
		expect(JSON.parse(r.out).metas).toHaveLength(18);
	});

	it('prints nothing on stdout for a misspelt field, and the Spanish error on stderr', () => {
		const r = run(copyWith((m) => m.replace('  groups:\n', '  grupos:\n')));
		expect(r).toEqual({
			code: 1,
			out: '',
			err:
				'Error en los datos: metas.yaml, línea 527, columna 3: meta 8, campo «grupos»: campo desconocido «grupos»: ¿quiso decir «groups»?\n' +
				'No se escribió nada: corrija y vuelva a ejecutar.\n'
		});
	});

	it('says which file is missing', () => {
		const paths = copyWith(() => null);
		const r = run(paths);
		expect(r.code).toBe(1);
		expect(r.out).toBe('');
		expect(r.err).toMatch(/^Error en los datos: .*metas\.yaml: no se encuentra el archivo\n/);
	});
});
