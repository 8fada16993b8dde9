/**
 * Editions side by side in a data folder: listed newest first (by publication date), the newest
 * is the default, an unknown id is a Spanish error with the closest one, and `data:json
 * --edicion` prints the one asked for. Works on a temporary copy of the data folder.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR, defaultEditionId, findEdition, listEditions, readSourceTexts, ROOT } from './sources.ts';

let data: string;

/** A copy of the 2024-2025 edition under `id`, published on `date`. */
function addEdition(id: string, date: string): void {
	const dir = join(data, 'ediciones', id);
	cpSync(join(DATA_DIR, 'ediciones/2024-2025'), dir, { recursive: true });
	const descriptor = readFileSync(join(dir, 'edicion.yaml'), 'utf8')
		.replace("id: '2024-2025'", `id: '${id}'`)
		.replace('date: 2025-11', `date: ${date}`);
	writeFileSync(join(dir, 'edicion.yaml'), descriptor);
}

beforeAll(() => {
	data = mkdtempSync(join(tmpdir(), 'ediciones-'));
	mkdirSync(join(data, 'ediciones'));
	cpSync(join(DATA_DIR, 'lugares.yaml'), join(data, 'lugares.yaml'));
	addEdition('2024-2025', '2025-11');
	addEdition('2026', '2026-11-20');
	addEdition('2023-borrador', '2024-01');
	mkdirSync(join(data, 'ediciones', 'carpeta-sin-descriptor'));
});
afterAll(() => rmSync(data, { recursive: true, force: true }));

describe('editions in a data folder', () => {
	it('lists the folders with an edicion.yaml, newest publication first', () => {
		expect(listEditions(data).map((e) => [e.id, e.published])).toEqual([
			['2026', '2026-11-20'],
			['2024-2025', '2025-11'],
			['2023-borrador', '2024-01']
		]);
	});

	it('defaults to the newest', () => {
		expect(defaultEditionId(data)).toBe('2026');
		expect(readSourceTexts(undefined, data).edicion).toContain("id: '2026'");
	});

	it('reads the edition asked for', () => {
		expect(readSourceTexts('2024-2025', data).edicion).toContain("id: '2024-2025'");
	});

	it('names the editions there are, and the closest, for an unknown id', () => {
		expect(() => findEdition('2024-2026', data)).toThrow(
			`${join(data, 'ediciones')}: la edición «2024-2026» no existe (hay: 2026, 2024-2025, 2023-borrador). ¿Quiso decir «2024-2025»?`
		);
	});

	it('refuses a descriptor whose id is not its folder', () => {
		const dir = join(data, 'ediciones', '2031-otra');
		cpSync(join(DATA_DIR, 'ediciones/2024-2025/edicion.yaml'), join(dir, 'edicion.yaml'), {
			recursive: true
		});
		expect(() => listEditions(data)).toThrow(
			/^ediciones\/2031-otra\/edicion\.yaml, línea \d+, columna \d+: campo «id», valor "2024-2025": debe ser el nombre de la carpeta \(«2031-otra»\)$/
		);
		rmSync(dir, { recursive: true });
	});

	it('the repository has one edition today, and it is the default', () => {
		expect(listEditions().map((e) => e.id)).toEqual(['2024-2025']);
	});
});

describe('npm run data:json -- --edicion', () => {
	const tsx = resolve(ROOT, 'node_modules/.bin/tsx');
	const run = (...args: string[]) => {
		try {
			return {
				code: 0,
				out: execFileSync(tsx, [resolve(ROOT, 'scripts/data/print-json.ts'), ...args], {
					encoding: 'utf8',
					stdio: 'pipe'
				})
			};
		} catch (e) {
			const err = e as { status: number; stderr: string };
			return { code: err.status, out: err.stderr };
		}
	};

	it('prints the edition asked for', () => {
		const r = run('--edicion', '2024-2025');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out).edition.id).toBe('2024-2025');
	});

	it('exits 1 with a Spanish message for an unknown edition or option', () => {
		expect(run('--edicion', '2026')).toEqual({
			code: 1,
			out: 'Error en los datos: src/data/ediciones: la edición «2026» no existe (hay: 2024-2025)\nNo se escribió nada: corrija y vuelva a ejecutar.\n'
		});
		expect(run('--edicon', '2026').out).toBe(
			'Error: Opción desconocida: --edicon. ¿Quiso decir --edicion? Opciones válidas: --edicion, --help.\nAyuda: npm run --silent data:json -- --help\n'
		);
	});
});
