/**
 * The commands as staff run them: a generated Word report (tables in the
 * template) -> `informe:borrador` -> the JSON draft, and the score command.
 * Every file is written inside its own temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTerritory } from '../../src/lib/geo/index.ts';
import { Draft } from '../../src/lib/draft/index.ts';
import { generate } from '../../tests/fixtures/informe/synthetic.ts';
import { renderDocx } from '../../tests/fixtures/informe/docx.ts';
import { differences } from '../../tests/fixtures/informe/check.ts';
import { ROOT, SOURCE_PATHS } from '../data/sources.ts';
import { readReport } from './read.ts';
import { importEdition } from '../data/import-workbook.ts';
import { readWorkbookBytes } from '../../src/lib/workbook/sheetjs.ts';

function run(script: string, ...args: string[]) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/informe', script), ...args], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'borrador-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('informe:borrador', () => {
	it('drafts a Word report into JSON with the source, the metas and the problems', async () => {
		const territory = parseTerritory(readFileSync(SOURCE_PATHS.municipios, 'utf8'));
		// The command reads the repository's lugares.yaml, which words Bogotá's «where» differently.
		let report = generate({ municipalities: territory.municipalities, seed: 7 });
		for (let seed = 8; JSON.stringify(report.metas).includes('Bogotá'); seed++) {
			report = generate({ municipalities: territory.municipalities, seed });
		}
		const file = join(dir, 'informe de prueba.docx');
		const bytes = await renderDocx(report);
		writeFileSync(file, bytes);
		const r = run('borrador.ts', file);
		expect(r.stderr).toMatch(
			/^Borrador de «informe de prueba\.docx» \(docx\): \d+ metas, \d+ puntos? por revisar\.$/m
		);
		expect(r.status).toBe(0);
		const draft = Draft.parse(JSON.parse(r.stdout));
		expect(draft.source.file).toBe('informe de prueba.docx');
		expect(draft.source.format).toBe('docx');
		expect(draft.source.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(differences(report, draft)).toEqual([]);
	}, 30_000);

	it.each([
		{ args: [], status: 2, stderr: /^Uso: npm run --silent informe:borrador/ },
		{ args: ['no-existe.docx'], status: 1, stderr: /Error: No se encontró el archivo «no-existe\.docx»/ },
		{ args: ['x.txt', '--xlsx'], status: 2, stderr: /^Falta el nombre del libro después de --xlsx\./ },
		{ args: ['x.txt', '--xslx', 'a.xlsx'], status: 2, stderr: /^Opción desconocida: --xslx\./ }
	])(
		'$args -> exit $status with a Spanish message',
		({ args, status, stderr }) => {
			const r = run('borrador.ts', ...args);
			expect(r.status).toBe(status);
			expect(r.stderr).toMatch(stderr);
			expect(r.stdout).toBe('');
		},
		30_000
	);
});

describe('informe:borrador --xlsx', () => {
	it('writes the draft as the edition workbook, and never replaces an existing file', async () => {
		const territory = parseTerritory(readFileSync(SOURCE_PATHS.municipios, 'utf8'));
		const report = generate({ municipalities: territory.municipalities, seed: 11 });
		const file = join(dir, 'informe-libro.docx');
		writeFileSync(file, await renderDocx(report));
		const out = join(dir, 'borrador.xlsx');
		const r = run('borrador.ts', file, '--xlsx', out);
		expect(r.status).toBe(0);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/^Libro del borrador escrito en «.*borrador\.xlsx»/m);
		const bytes = readFileSync(out);
		const read = readWorkbookBytes(new Uint8Array(bytes), 'borrador.xlsx');
		if (!read.ok) throw new Error('el libro no se lee');
		const sheet = (name: string) => read.model.sheets.find((s) => s.name === name)?.rows ?? [];
		const [header, ...rows] = sheet('metas');
		const col = (key: string) => header.findIndex((c) => c?.t === 's' && c.v === key);
		// The generator's metas, in its order, with their titles; review notes in the last columns.
		expect(rows.map((row) => row[col('meta')])).toEqual(report.metas.map((m) => ({ t: 'n', v: m.number })));
		expect(rows.map((row) => row[col('titulo')])).toEqual(report.metas.map((m) => ({ t: 's', v: m.title })));
		expect(header.slice(-2)).toEqual([
			{ t: 's', v: 'revisar' },
			{ t: 's', v: 'notas_borrador' }
		]);
		expect(sheet('lugares').length).toBeGreaterThan(1);

		// Unreviewed, it does not import: every row with a note in «revisar» is refused, by its row.
		const pending = rows.flatMap((row, i) => (row[col('revisar')] ? [i + 2] : []));
		expect(pending.length).toBeGreaterThan(0);
		const check = importEdition({ files: [out], edicion: '2030-borrador', comprobar: true });
		expect(check.ok).toBe(false);
		const refused = check.ok
			? []
			: check.problems.flatMap((p) => /^Hoja «metas», fila (\d+), columna «revisar»/.exec(p)?.[1] ?? []);
		expect(refused.map(Number)).toEqual(pending);

		const again = run('borrador.ts', file, '--xlsx', out);
		expect(again.status).toBe(1);
		expect(again.stderr).toMatch(/No se reemplaza «.*borrador\.xlsx»: ya existe/);
		expect(readFileSync(out).equals(bytes)).toBe(true);
	}, 60_000);
});

describe('readReport', () => {
	it.each([
		{
			name: 'viejo.doc',
			bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
			error: /Word 97-2003/
		},
		{ name: 'informe.pdf', bytes: Buffer.from('%PDF-1.7\n'), error: /es un PDF: extraiga primero su texto/ },
		{
			name: 'latin1.txt',
			bytes: Buffer.from([0x4d, 0x65, 0x74, 0x61, 0xf1, 0x0a]),
			error: /no es texto UTF-8/
		},
		{
			name: 'hoja.xlsx',
			bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]),
			error: /dañado|no es un documento de Word/
		}
	])('refuses $name in Spanish', ({ name, bytes, error }) => {
		const file = join(dir, name);
		writeFileSync(file, bytes);
		expect(() => readReport(file)).toThrow(error);
	});

	it('refuses a folder', () => {
		expect(() => readReport(dir)).toThrow(/es una carpeta/);
	});

	it('reads a text file as PDF text or plain text and hashes its bytes', () => {
		const file = join(dir, 'informe.txt');
		writeFileSync(file, 'Meta # 1\tTítulo');
		const r = readReport(file);
		expect(r).toMatchObject({ file: 'informe.txt', document: { format: 'texto-pdf' } });
		// `printf 'Meta # 1\tTítulo' | sha256sum`
		expect(r.sha256).toBe('adfa7458b940da6aabe7a129c90ceb9defe9ed21ff610bec7ab6ad845dcac75a');
	});
});

describe('informe:puntaje', () => {
	it('prints the per-field table for this report, with nothing wrong', () => {
		const r = run('puntaje.ts', '--sin-detalle');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/campo\s+coinciden\s+por revisar\s+errados/);
		for (const field of [
			'número de meta',
			'inversión',
			'cumplimiento',
			'alcance',
			'lugares de LOCALIZACIÓN',
			'lugares del texto'
		]) {
			expect(r.stdout).toMatch(new RegExp(`${field}\\s+\\d+\\s+\\d+\\s+0$`, 'm'));
		}
	}, 30_000);
});
