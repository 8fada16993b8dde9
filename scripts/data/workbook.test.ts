/**
 * `data:import` and `data:export` on real files in temporary folders: every kind of bad workbook
 * gets its Spanish message and leaves the data folder exactly as it was; an export imported
 * under another id gives the same dataset; the export never replaces a file it did not write.
 * Tests never write into the repository's src/data/: they work on a copy.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/dataset/index.ts';
import { readWorkbookBytes, writeWorkbookBytes } from '../../src/lib/workbook/sheetjs.ts';
import { BAD, base, xlsx } from '../../tests/workbook/bad-workbooks.ts';
import { n, str, withCell } from '../../tests/workbook/fixtures.ts';
import { exportEdition } from './export-workbook.ts';
import { importEdition } from './import-workbook.ts';
import { DATA_DIR, readSources, ROOT } from './sources.ts';

let work: string;
let data: string;

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'libro-'));
	data = join(work, 'datos');
	mkdirSync(join(data, 'ediciones'), { recursive: true });
	cpSync(join(DATA_DIR, 'ediciones/2024-2025'), join(data, 'ediciones/2024-2025'), { recursive: true });
	cpSync(join(DATA_DIR, 'lugares.yaml'), join(data, 'lugares.yaml'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir` with the hash of its bytes: equal snapshots mean nothing was written. */
function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const f of readdirSync(d)) {
			const p = join(d, f);
			if (statSync(p).isDirectory()) walk(p);
			else out[relative(dir, p)] = createHash('sha1').update(readFileSync(p)).digest('hex');
		}
	};
	walk(dir);
	return out;
}

function file(name: string, bytes: Uint8Array | string): string {
	const p = join(work, name);
	writeFileSync(p, bytes);
	return p;
}

describe('data:import refuses a bad workbook and writes nothing', () => {
	it('has at least 20 kinds of bad workbook', () => {
		expect(new Set(BAD.map((b) => b.kind)).size).toBeGreaterThanOrEqual(20);
	});

	it.each(BAD.map((b) => [b.kind, b] as const))('%s', (_, b) => {
		const before = snapshot(data);
		const outcome = importEdition({ files: [file(b.name, b.bytes())], edicion: '2030-nueva', dataDir: data });
		expect(outcome.ok).toBe(false);
		const problems = outcome.ok ? [] : outcome.problems;
		if (typeof b.message === 'string') expect(problems).toContain(b.message);
		else
			expect(
				problems.some((p) => (b.message as RegExp).test(p)),
				problems.join('\n')
			).toBe(true);
		expect(snapshot(data)).toEqual(before);
		expect(existsSync(join(data, 'ediciones/2030-nueva'))).toBe(false);
	});

	it('lists every problem of a workbook at once, not just the first', () => {
		const model = withCell(
			withCell(base(), 'metas', 2, 'inversion_millones', str('mucho')),
			'lugares',
			3,
			'municipio',
			str('Ocanna')
		);
		const outcome = importEdition({
			files: [file('dos.xlsx', xlsx(model))],
			edicion: '2030-nueva',
			dataDir: data
		});
		expect(outcome.ok ? [] : outcome.problems).toHaveLength(2);
	});
});

describe('round trip: export the edition, import it under another id', () => {
	const original = () => buildDataset(readSources('2024-2025', data));

	it.each([
		['xlsx', 'libro.xlsx'],
		['ods', 'libro.ods'],
		['csv', 'libro-csv']
	])('through %s gives the same dataset (only edition.id differs)', (formato, out) => {
		const target = join(work, out);
		exportEdition({ edicion: '2024-2025', out: target, formato, dataDir: data });
		const id = `2030-copia-${formato}`;
		const outcome = importEdition({ files: [target], edicion: id, dataDir: data });
		expect(outcome.ok ? outcome.written : outcome.problems).toEqual([
			'edicion.yaml',
			'metas.yaml',
			'informe.yaml'
		]);
		const copy = buildDataset(readSources(id, data));
		expect(copy.edition.id).toBe(id);
		expect({ ...copy, edition: { ...copy.edition, id: '2024-2025' } }).toEqual(original());
	});
});

describe('data:import writes only its own files', () => {
	it('refuses an existing edition without --reemplazar, and with it replaces only its three files', () => {
		const target = join(work, 'reemplazo.xlsx');
		exportEdition({ edicion: '2024-2025', out: target, dataDir: data });
		const dir = join(data, 'ediciones/2024-2025');
		writeFileSync(join(dir, 'notas-propias.txt'), 'no tocar');
		const before = snapshot(data);
		const refused = importEdition({ files: [target], edicion: '2024-2025', dataDir: data });
		expect(refused.ok ? '' : refused.problems[0]).toMatch(
			/^La edición «2024-2025» ya existe .* añada --reemplazar/
		);
		expect(snapshot(data)).toEqual(before);

		const done = importEdition({ files: [target], edicion: '2024-2025', dataDir: data, reemplazar: true });
		expect(done.ok).toBe(true);
		const after = snapshot(data);
		expect(after['ediciones/2024-2025/fuente/informe.txt']).toBe(
			before['ediciones/2024-2025/fuente/informe.txt']
		);
		expect(after['ediciones/2024-2025/notas-propias.txt']).toBe(
			before['ediciones/2024-2025/notas-propias.txt']
		);
		expect(readdirSync(dir).sort()).toEqual([
			'edicion.yaml',
			'fuente',
			'informe.yaml',
			'metas.yaml',
			'notas-propias.txt'
		]);
		expect(readFileSync(join(dir, 'metas.yaml'), 'utf8')).toMatch(
			/^# yaml-language-server: .*\n#\n# Metas de la edición 2024-2025\.\n# Generado por `npm run data:import` desde «reemplazo\.xlsx»/
		);
		rmSync(join(dir, 'notas-propias.txt'));
	});

	it('--comprobar checks a workbook and writes nothing', () => {
		const before = snapshot(data);
		const outcome = importEdition({
			files: [file('ok.xlsx', xlsx(base()))],
			edicion: '2030-nueva',
			dataDir: data,
			comprobar: true
		});
		expect(outcome).toMatchObject({ ok: true, written: [] });
		expect(snapshot(data)).toEqual(before);
	});

	it('imports the smallest workbook (metas and lugares only) as an edition captured by the Secretaría', () => {
		const outcome = importEdition({
			files: [file('minimo.xlsx', xlsx(base()))],
			edicion: '2030-minima',
			dataDir: data
		});
		expect(outcome.ok).toBe(true);
		const d = buildDataset(readSources('2030-minima', data));
		expect(d.edition.origin).toBe('secretaria');
		expect(d.metas.map((m) => [m.number, m.investmentMillionCop, m.places.map((p) => p.divipola)])).toEqual([
			[1, 776, ['54001', '54405', '54498']],
			[2, 1158.69, ['54518']],
			[3, 601.4, []]
		]);
		rmSync(join(data, 'ediciones/2030-minima'), { recursive: true });
	});
});

describe('data:export never replaces what it did not write', () => {
	it('refuses an existing file, even with --reemplazar when it is not its own workbook', () => {
		const target = file('ajeno.xlsx', 'datos de otra persona');
		expect(() => exportEdition({ edicion: '2024-2025', out: target, dataDir: data })).toThrow(
			/^No se reemplaza «.*ajeno\.xlsx»: ya existe/
		);
		expect(() =>
			exportEdition({ edicion: '2024-2025', out: target, dataDir: data, reemplazar: true })
		).toThrow(/no es un libro escrito por data:export, o se modificó después/);
		expect(readFileSync(target, 'utf8')).toBe('datos de otra persona');
	});

	it('replaces its own workbook with --reemplazar, but not once someone edited it', () => {
		const target = join(work, 'propio.xlsx');
		exportEdition({ edicion: '2024-2025', out: target, dataDir: data });
		expect(() =>
			exportEdition({ edicion: '2024-2025', out: target, dataDir: data, reemplazar: true })
		).not.toThrow();
		const read = readWorkbookBytes(new Uint8Array(readFileSync(target)), 'propio.xlsx');
		if (!read.ok) throw new Error('no se pudo leer el libro exportado');
		const edited = withCell(read.model, 'metas', 2, 'inversion_millones', n(777));
		writeFileSync(target, writeWorkbookBytes(edited, 'xlsx'));
		const bytes = readFileSync(target);
		expect(() =>
			exportEdition({ edicion: '2024-2025', out: target, dataDir: data, reemplazar: true })
		).toThrow(/su huella no coincide/);
		expect(readFileSync(target)).toEqual(bytes);
	});

	it('refuses a CSV folder holding files it does not write', () => {
		const target = join(work, 'carpeta-csv');
		exportEdition({ edicion: '2024-2025', out: target, formato: 'csv', dataDir: data });
		expect(() =>
			exportEdition({ edicion: '2024-2025', out: target, formato: 'csv', dataDir: data, reemplazar: true })
		).not.toThrow();
		writeFileSync(join(target, 'mio.txt'), 'mío');
		expect(() =>
			exportEdition({ edicion: '2024-2025', out: target, formato: 'csv', dataDir: data, reemplazar: true })
		).toThrow(/archivos que este comando no escribe \(mio\.txt\)/);
		expect(readFileSync(join(target, 'mio.txt'), 'utf8')).toBe('mío');
	});

	it('--plantilla writes an empty workbook with the edition’s identity, which staff fill and import', () => {
		const target = join(work, 'plantilla.xlsx');
		exportEdition({ edicion: '2024-2025', out: target, plantilla: true, dataDir: data });
		const read = readWorkbookBytes(new Uint8Array(readFileSync(target)), 'plantilla.xlsx');
		if (!read.ok) throw new Error('no se pudo leer la plantilla');
		const rows = (name: string) => read.model.sheets.find((s) => s.name === name)?.rows ?? [];
		expect(rows('metas')).toHaveLength(1);
		expect(rows('municipios')).toHaveLength(41);
		const campo = (key: string) => rows('edicion').find((r) => r[0]?.t === 's' && r[0].v === key)?.[1];
		expect(campo('titulo')).toEqual(str('Informe de Rendición de Cuentas, periodo 2024 y 2025'));
		expect(campo('origen')).toEqual(str('secretaría'));
		const filled = {
			sheets: read.model.sheets.map((s) => base().sheets.find((b) => b.name === s.name) ?? s)
		};
		const outcome = importEdition({
			files: [file('llena.xlsx', xlsx(filled))],
			edicion: '2030-llena',
			dataDir: data
		});
		expect(outcome.ok ? outcome.summary : outcome.problems).toBe(
			'3 metas, 4 lugares, 0 indicadores; origen «secretaria»'
		);
		rmSync(join(data, 'ediciones/2030-llena'), { recursive: true });
	});

	it('says which formats it writes', () => {
		expect(() => exportEdition({ out: join(work, 'x.xls'), dataDir: data })).toThrow(
			'formato «xls» no admitido; use un nombre .xlsx u .ods, o --formato csv con una carpeta'
		);
	});
});

describe('the commands as staff run them', () => {
	const run = (script: string, args: string[]) => {
		try {
			return {
				code: 0,
				out: execFileSync(
					resolve(ROOT, 'node_modules/.bin/tsx'),
					[resolve(ROOT, 'scripts/data', script), ...args],
					{ cwd: work, encoding: 'utf8', stdio: 'pipe' }
				)
			};
		} catch (e) {
			const err = e as { status: number; stdout: string; stderr: string };
			return { code: err.status, out: err.stdout + err.stderr };
		}
	};

	it('data:import exits 1 and prints every problem in Spanish, writing nothing', () => {
		const before = snapshot(data);
		const bad = file(
			'cli.xlsx',
			xlsx(withCell(base(), 'metas', 2, 'inversion_millones', str('1.158,69 mill')))
		);
		const r = run('import-workbook.ts', [bad, '--edicion', '2030-nueva', '--datos', data]);
		expect(r.code).toBe(1);
		expect(r.out).toContain('No se escribió nada: hay 1 problema en el libro.');
		expect(r.out).toContain('- Hoja «metas», fila 2, columna «inversion_millones»: valor «1.158,69 mill»');
		expect(snapshot(data)).toEqual(before);
	});

	it('data:export writes the workbook and says so', () => {
		const r = run('export-workbook.ts', ['--edicion', '2024-2025', '--out', 'cli.ods', '--datos', data]);
		expect(r.out).toMatch(/^Listo: .*cli\.ods \(18 metas, 91 lugares, 40 municipios\)\.\n$/);
		expect(r.code).toBe(0);
	});
});
