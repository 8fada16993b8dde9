/**
 * The es-CO CSV in a real spreadsheet program: LibreOffice (Debian's
 * `libreoffice-calc`), headless, with the Spanish (Colombia) import options a
 * user gets — «;» separator, UTF-8, decimal comma — converts the download to a
 * flat ODS, and we read back what it understood: accents, numbers as numbers,
 * empty cells as empty, hostile names as text and never as formulas.
 *
 * Skipped when `soffice` is not installed (SOFFICE=/path overrides the lookup);
 * REQUIRE_LIBREOFFICE=1 makes a missing LibreOffice a failure instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/data/sources.ts';
import { buildDataset } from '../dataset/index.ts';
import { CSV_ES_CO, encodeCsv, resultToCsv, type CsvColumn } from './csv.ts';
import { computeExplore, DEFAULT_STATE } from './index.ts';

function findSoffice(): string | null {
	if (process.env.SOFFICE) return process.env.SOFFICE;
	for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice']) {
		if (existsSync(p)) return p;
	}
	return null;
}
const soffice = findSoffice();
if (!soffice && process.env.REQUIRE_LIBREOFFICE)
	throw new Error('REQUIRE_LIBREOFFICE: no se encontró soffice');

interface Cell {
	type: string | null;
	value: string | null;
	formula: string | null;
	text: string;
}

const unescapeXml = (s: string) =>
	s
		.replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n) => ' '.repeat(Number(n ?? 1)))
		.replace(/<text:tab\/>/g, '\t')
		.replace(/<text:line-break\/>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** The first sheet of a flat ODS file as rows of cells (repeated cells expanded). */
function readFods(xml: string): Cell[][] {
	const attr = (a: string, name: string) => a.match(new RegExp(`${name}="([^"]*)"`))?.[1] ?? null;
	const rows: Cell[][] = [];
	for (const [, row] of xml.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
		const cells: Cell[] = [];
		for (const m of row.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
			const a = m[1];
			const paragraphs = [...(m[2] ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((p) =>
				unescapeXml(p[1])
			);
			const cell: Cell = {
				type: attr(a, 'office:value-type'),
				value: attr(a, 'office:value'),
				formula: attr(a, 'table:formula'),
				text: paragraphs.join('\n')
			};
			const repeat = Number(attr(a, 'table:number-columns-repeated') ?? 1);
			for (let i = 0; i < Math.min(repeat, 64); i++) cells.push(cell);
		}
		rows.push(cells);
	}
	return rows;
}

const HOSTILE = ['=1+1', '+57 300', '-3+2', '@SUM(A1:A2)', '\t=1+1', '=HYPERLINK("http://x.example";"clic")'];

describe.skipIf(!soffice)('the es-CO CSV opened in LibreOffice Calc (Spanish, Colombia)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'donde-csv-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	// The explorer's download, with six municipality names replaced by formulas
	// (as a spreadsheet import could write them), and a small table with negatives.
	const dataset = buildDataset(readSources());
	const hostileCodes = ['54003', '54051', '54099', '54109', '54125', '54128'];
	const tampered = {
		...dataset,
		municipalities: dataset.municipalities.map((m) => {
			const i = hostileCodes.indexOf(m.divipola);
			return i === -1 ? m : { ...m, name: HOSTILE[i] };
		})
	};
	const explorer = resultToCsv(computeExplore(tampered, DEFAULT_STATE), CSV_ES_CO);
	const numbersColumns: CsvColumn<[string, number | null]>[] = [
		{ header: 'caso', type: 'text', value: (r) => r[0] },
		{ header: 'cifra', type: 'number', value: (r) => r[1] }
	];
	const numbers =
		encodeCsv(
			[
				['negativo', -3.5],
				['decimales', 1158.69],
				['entero grande', 793211],
				['vacío', null]
			],
			numbersColumns,
			CSV_ES_CO
		) +
		// Control line written without encodeCsv: proves this LibreOffice does run formulas from a CSV.
		'control;=1+1\r\n';

	it('reads accents, numbers with decimal comma, empty cells and hostile names as text', () => {
		writeFileSync(join(dir, 'explorador.csv'), explorer);
		writeFileSync(join(dir, 'cifras.csv'), numbers);
		execFileSync(
			soffice as string,
			[
				`-env:UserInstallation=${pathToFileURL(join(dir, 'perfil')).href}`,
				'--headless',
				// «;» (59), «"» (34), UTF-8 (76), from line 1, default column types, Spanish (Colombia) = 9226.
				'--infilter=CSV:59,34,76,1,,9226',
				'--convert-to',
				'fods',
				'--outdir',
				join(dir, 'out'),
				join(dir, 'explorador.csv'),
				join(dir, 'cifras.csv')
			],
			{ stdio: 'pipe', timeout: 150_000 }
		);
		const sheet = readFods(readFileSync(join(dir, 'out', 'explorador.fods'), 'utf8'));
		const header = sheet[0].map((c) => c.text);
		expect(header).toEqual([
			'divipola',
			'municipio',
			'subregion',
			'poblacion',
			'valor',
			'unidad',
			'estado',
			'puesto',
			'metas',
			'regla'
		]);
		const col = (name: string) => header.indexOf(name);
		const row = (code: string) => sheet.find((r) => r[0]?.text === code || r[0]?.value === code);
		expect(sheet.filter((r) => r.some((c) => c.text))).toHaveLength(41);

		// Cúcuta: accents intact; population, value and rank are numbers (3.101,46 read as 3101.46).
		const cucuta = row('54001')!;
		expect(cucuta[col('municipio')]).toMatchObject({ type: 'string', text: 'San José de Cúcuta' });
		expect(cucuta[col('poblacion')]).toMatchObject({ type: 'float', value: '793211' });
		expect(cucuta[col('valor')]).toMatchObject({ type: 'float', value: '3101.46' });
		expect(cucuta[col('puesto')]).toMatchObject({ type: 'float', value: '1' });

		// A municipality no meta names: value and rank are empty cells, not 0.
		for (const code of ['54109']) {
			const r = row(code)!;
			expect(r[col('valor')]).toMatchObject({ type: null, value: null, text: '' });
			expect(r[col('puesto')]).toMatchObject({ type: null, value: null, text: '' });
			expect(r[col('estado')].text).toBe('no nombrado');
		}

		// Hostile names: text, shown with the apostrophe, never a formula.
		hostileCodes.forEach((code, i) => {
			const cell = row(code)![col('municipio')];
			expect(cell, code).toMatchObject({ type: 'string', formula: null, text: `'${HOSTILE[i]}` });
		});
		expect(sheet.flat().filter((c) => c.formula)).toEqual([]);

		const figures = readFods(readFileSync(join(dir, 'out', 'cifras.fods'), 'utf8'));
		const byCase = Object.fromEntries(figures.map((r) => [r[0]?.text, r[1]]));
		expect(byCase['negativo']).toMatchObject({ type: 'float', value: '-3.5', formula: null });
		expect(byCase['decimales']).toMatchObject({ type: 'float', value: '1158.69' });
		expect(byCase['entero grande']).toMatchObject({ type: 'float', value: '793211' });
		expect(byCase['vacío']).toMatchObject({ type: null, value: null, text: '' });
		expect(byCase['control'].formula).toBe('of:=1+1');
	}, 180_000);
});
