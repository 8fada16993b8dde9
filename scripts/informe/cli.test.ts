/**
 * The commands as staff run them: a generated Word report (tables in the
 * template) -> `informe:borrador` -> the JSON draft, and the score command.
 * Every file is written inside its own temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTerritory } from '../../src/lib/geo/index.ts';
import { Draft } from '../../src/lib/draft/index.ts';
import { generate } from '../../tests/fixtures/informe/synthetic.ts';
import { renderDocx } from '../../tests/fixtures/informe/docx.ts';
import { differences } from '../../tests/fixtures/informe/check.ts';
import { DATA_DIR, readSources, ROOT, SOURCE_PATHS } from '../data/sources.ts';
import { buildDataset } from '../../src/lib/dataset/index.ts';
import { readReport } from './read.ts';
import { importEdition } from '../data/import-workbook.ts';
import { readWorkbookBytes, writeWorkbookBytes } from '../../src/lib/workbook/sheetjs.ts';
import type { Cell, Sheet } from '../../src/lib/workbook/model.ts';

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

describe('from a Word report to a published edition', () => {
	it('drafts, is reviewed in the workbook, imports, and keeps every figure the document states', async () => {
		const territory = parseTerritory(readFileSync(SOURCE_PATHS.municipios, 'utf8'));
		// Seed 11 leaves figures to review (ambiguous amounts, an unstated scope): the reviewer's part.
		const report = generate({ municipalities: territory.municipalities, seed: 11 });
		const docx = join(dir, 'informe-revisado.docx');
		writeFileSync(docx, await renderDocx(report));
		const draft = join(dir, 'borrador-revisado.xlsx');
		expect(run('borrador.ts', docx, '--xlsx', draft).status).toBe(0);
		const read = readWorkbookBytes(new Uint8Array(readFileSync(draft)), 'borrador.xlsx');
		if (!read.ok) throw new Error('el libro no se lee');

		// The review, as staff would do it in the spreadsheet: decide each figure left empty, clear
		// «revisar», and drop the places they could not confirm. What they decide is recorded.
		const sheet = (name: string) => read.model.sheets.find((x) => x.name === name) as Sheet;
		const col = (s: Sheet, key: string) => s.rows[0].findIndex((c) => c?.t === 's' && c.v === key);
		const metas = sheet('metas');
		const decided = new Map<string, Cell>([
			['inversion_millones', { t: 'n', v: 1 }],
			['cumplimiento_pct', { t: 'n', v: 50 }],
			['avance_cuatrienio_pct', { t: 'n', v: 25 }],
			['alcance', { t: 's', v: 'sin localización' }]
		]);
		const reviewed = new Set<string>();
		for (const row of metas.rows.slice(1)) {
			row[col(metas, 'revisar')] = null;
			for (const [key, value] of decided) {
				if (row[col(metas, key)] === null || row[col(metas, key)] === undefined) {
					row[col(metas, key)] = value;
					reviewed.add(`${(row[col(metas, 'meta')] as { v: number }).v}:${key}`);
				}
			}
			const count = col(metas, 'beneficiarios');
			const state = col(metas, 'beneficiarios_estado');
			if (!row[count] && !row[state]) row[state] = { t: 's', v: 'sin datos' };
		}
		const lugares = sheet('lugares');
		lugares.rows = [lugares.rows[0], ...lugares.rows.slice(1).filter((r) => !r[col(lugares, 'revisar')])];
		const done = join(dir, 'libro-revisado.xlsx');
		writeFileSync(done, writeWorkbookBytes(read.model, 'xlsx'));

		// Imported into a copy of the data folder, as `npm run data:import` does.
		const data = join(dir, 'datos');
		cpSync(DATA_DIR, data, { recursive: true });
		const outcome = importEdition({ files: [done], edicion: '2030-revisada', dataDir: data });
		expect(outcome.ok ? outcome.written : outcome.problems).toEqual([
			'edicion.yaml',
			'metas.yaml',
			'informe.yaml'
		]);
		const published = buildDataset(readSources('2030-revisada', data));

		// Every figure the document states clearly arrives unchanged; the reviewer's decisions are the rest.
		expect(published.metas.map((m) => m.number)).toEqual(report.metas.map((m) => m.number));
		for (const m of report.metas) {
			const got = published.metas.find((x) => x.number === m.number)!;
			const e = m.expect;
			if (e.investment.status === 'found')
				expect(got.investmentMillionCop, `meta ${m.number}`).toBe(e.investment.value);
			else expect(reviewed.has(`${m.number}:inversion_millones`), `meta ${m.number}`).toBe(true);
			if (e.compliance.status === 'found')
				expect(got.compliancePct, `meta ${m.number}`).toBe(e.compliance.value);
			if (e.scope.status === 'found') expect(got.scope, `meta ${m.number}`).toBe(e.scope.value);
			const found = e.locPlaces
				.filter((p) => p.status === 'found' && /^\d{5}$/.test(p.key))
				.map((p) => p.key);
			const named = got.places
				.filter((p) => p.evidence === 'localizacion' && p.divipola)
				.map((p) => p.divipola);
			expect([...new Set(named)].sort(), `meta ${m.number}`).toEqual([...new Set(found)].sort());
		}
		expect(reviewed.size).toBeGreaterThan(0);
	}, 90_000);
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
