/**
 * A real spreadsheet program reads the exported workbook: LibreOffice (headless) converts it to
 * CSV per sheet and to .ods, and what LibreOffice saves (.ods, and .xlsx from that) imports back
 * to the same dataset. Real-world files differ from the ones SheetJS writes (shared strings,
 * styles, a stored `mimetype`), so this is the test that they are read. Needs `soffice`
 * (Debian: libreoffice-calc); skipped, saying so, where it is not installed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/dataset/index.ts';
import { readWorkbookBytes } from '../../src/lib/workbook/sheetjs.ts';
import { exportEdition } from './export-workbook.ts';
import { importEdition } from './import-workbook.ts';
import { DATA_DIR, readSources } from './sources.ts';

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find(existsSync);

let work: string;
let data: string;

/** Converts `file` with LibreOffice into `outdir`; `to` is a filter spec («ods», «csv:…»). */
function convert(file: string, to: string, outdir: string): void {
	mkdirSync(outdir, { recursive: true });
	execFileSync(
		SOFFICE as string,
		[
			`-env:UserInstallation=${pathToFileURL(join(work, 'perfil')).href}`,
			'--headless',
			'--convert-to',
			to,
			'--outdir',
			outdir,
			file
		],
		{ stdio: 'pipe', timeout: 120_000 }
	);
}

describe.skipIf(!SOFFICE)('LibreOffice reads the exported workbook (soffice headless)', () => {
	beforeAll(() => {
		work = mkdtempSync(join(tmpdir(), 'libro-lo-'));
		data = join(work, 'datos');
		mkdirSync(join(data, 'ediciones'), { recursive: true });
		cpSync(join(DATA_DIR, 'ediciones/2024-2025'), join(data, 'ediciones/2024-2025'), { recursive: true });
		cpSync(join(DATA_DIR, 'lugares.yaml'), join(data, 'lugares.yaml'));
		exportEdition({ edicion: '2024-2025', out: join(work, 'edicion.xlsx'), dataDir: data });
	}, 60_000);
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('sees every sheet by name, with its accents (CSV per sheet)', () => {
		// 59 = «;», 34 = «"», 76 = UTF-8; the last token -1 writes every sheet to its own file.
		convert(
			join(work, 'edicion.xlsx'),
			'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1',
			join(work, 'csv')
		);
		const files = readdirSync(join(work, 'csv')).sort();
		expect(files).toEqual(
			[
				'edicion',
				'exclusiones',
				'fuentes',
				'grupos',
				'indicadores',
				'instrucciones',
				'lugares',
				'metas',
				'municipios',
				'notas',
				'notas_al_pie',
				'totales'
			]
				.map((s) => `edicion-${s}.csv`)
				.sort()
		);
		const municipios = readFileSync(join(work, 'csv/edicion-municipios.csv'), 'utf8');
		expect(municipios).toContain('54001;San José de Cúcuta;Cúcuta;Oriental');
		expect(municipios).toContain('54003;Ábrego;Ábrego;Occidental');
		expect(readFileSync(join(work, 'csv/edicion-metas.csv'), 'utf8')).toMatch(
			/^meta;titulo;que_se_hizo;producto_cantidad;/
		);
	}, 150_000);

	it('keeps numbers as numbers and codes as text when it saves the workbook (.ods)', () => {
		convert(join(work, 'edicion.xlsx'), 'ods', join(work, 'ods'));
		const read = readWorkbookBytes(
			new Uint8Array(readFileSync(join(work, 'ods/edicion.ods'))),
			'edicion.ods'
		);
		if (!read.ok) throw new Error('LibreOffice guardó un .ods que no se puede leer');
		const metas = read.model.sheets.find((s) => s.name === 'metas');
		const header = metas?.rows[0].map((c) => (c?.t === 's' ? c.v : null)) ?? [];
		const row5 = metas?.rows.find((r) => r[0]?.t === 'n' && r[0].v === 5) ?? [];
		expect(row5[header.indexOf('inversion_millones')]).toEqual({ t: 'n', v: 1158.69 });
		expect(row5[header.indexOf('avance_cuatrienio_pct')]).toEqual({ t: 'n', v: 100 });
		const municipios = read.model.sheets.find((s) => s.name === 'municipios');
		expect(municipios?.rows[1]?.[0]).toEqual({ t: 's', v: '54001' });
	}, 150_000);

	it('imports what LibreOffice saved (.ods, and .xlsx from it) to the same dataset', () => {
		convert(join(work, 'ods/edicion.ods'), 'xlsx', join(work, 'xlsx'));
		const original = buildDataset(readSources('2024-2025', data));
		for (const [id, file] of [
			['2030-libre-ods', join(work, 'ods/edicion.ods')],
			['2030-libre-xlsx', join(work, 'xlsx/edicion.xlsx')]
		]) {
			const outcome = importEdition({ files: [file], edicion: id, dataDir: data });
			expect(outcome.ok ? outcome.written : outcome.problems).toEqual([
				'edicion.yaml',
				'metas.yaml',
				'informe.yaml'
			]);
			const copy = buildDataset(readSources(id, data));
			expect({ ...copy, edition: { ...copy.edition, id: '2024-2025' } }).toEqual(original);
		}
	}, 150_000);
});
