/**
 * Workbooks for the tests, built cell by cell: the smallest one staff could send (only «metas»
 * and «lugares», only the columns the issue lists) and helpers to break one cell at a time.
 * The territory and place decisions are the real ones of the repository.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTerritory } from '../../src/lib/geo/index.ts';
import { parseEdition, parsePlaceDecisions, parseReportInfo } from '../../src/lib/report/index.ts';
import type { Cell, ImportOptions, Sheet, WorkbookModel } from '../../src/lib/workbook/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EDITION = resolve(ROOT, 'src/data/ediciones/2024-2025');

export const territory = parseTerritory(readFileSync(resolve(ROOT, 'geodata/municipios.json'), 'utf8'));
export const placeDecisions = parsePlaceDecisions(
	readFileSync(resolve(ROOT, 'src/data/lugares.yaml'), 'utf8')
);
export const baseEdition = parseEdition(readFileSync(resolve(EDITION, 'edicion.yaml'), 'utf8'));
export const baseInfo = parseReportInfo(readFileSync(resolve(EDITION, 'informe.yaml'), 'utf8'));

export const options: ImportOptions = {
	id: '2030-prueba',
	territory,
	placeDecisions,
	base: { edition: baseEdition, indicatorYears: baseInfo.indicatorYears }
};

type Value = string | number | null;

/** Plain values to cells: numbers as spreadsheet numbers, strings as text. */
export function cells(rows: readonly (readonly Value[])[]): Cell[][] {
	return rows.map((r) =>
		r.map((v): Cell => (v === null ? null : typeof v === 'number' ? { t: 'n', v } : { t: 's', v }))
	);
}

export const METAS_HEADER = [
	'meta',
	'titulo',
	'que_se_hizo',
	'cumplimiento_pct',
	'avance_cuatrienio_pct',
	'inversion_millones',
	'fuente',
	'beneficiarios',
	'unidad_beneficiarios',
	'beneficiarios_estado',
	'alcance'
];

/** Two metas as a staff member would type them: numbers and es-CO text mixed. */
export const METAS_ROWS: Value[][] = [
	[
		1,
		'Rondas de negociaciones organizadas',
		'2 rondas de negociación',
		100,
		66.7,
		776,
		'recursos propios',
		179,
		'ciudadanos',
		null,
		'municipal'
	],
	[
		2,
		'Plan estratégico de la Marca Región',
		'Proyecto contratado y en ejecución',
		'16 %',
		'16',
		'1.158,69',
		'SGR (principalmente)',
		null,
		null,
		'sin datos',
		'departamental'
	],
	[
		3,
		'Rondas de negociaciones en el exterior',
		'3 misiones comerciales',
		100,
		50,
		601.4,
		null,
		89,
		'ciudadanos',
		null,
		'sin localización'
	]
];

export const LUGARES_HEADER = ['meta', 'municipio', 'evidencia', 'cita'];
export const LUGARES_ROWS: Value[][] = [
	[1, 'Cucuta', 'localización', null],
	[1, 'Los Patios', 'Localizacion', null],
	[1, '54498', 'texto', 'Ronda de negocios en Ocaña'],
	[2, 'Pamplona', 'localización', null]
];

export function sheet(name: string, header: readonly string[], rows: readonly (readonly Value[])[]): Sheet {
	return { name, rows: cells([header, ...rows]) };
}

export function minimalWorkbook(): WorkbookModel {
	return {
		sheets: [sheet('metas', METAS_HEADER, METAS_ROWS), sheet('lugares', LUGARES_HEADER, LUGARES_ROWS)]
	};
}

/** A copy of `model` with the cell at (sheet, spreadsheet row, column header) replaced. */
export function withCell(
	model: WorkbookModel,
	sheetName: string,
	row: number,
	column: string,
	cell: Cell
): WorkbookModel {
	return {
		sheets: model.sheets.map((s) => {
			if (s.name !== sheetName) return s;
			const rows = s.rows.map((r) => [...r]);
			const c = rows[0].findIndex((h) => h?.t === 's' && h.v === column);
			if (c === -1) throw new Error(`la hoja ${sheetName} no tiene la columna ${column}`);
			rows[row - 1][c] = cell;
			return { ...s, rows };
		})
	};
}

/** A copy with a row appended to a sheet. */
export function withRow(model: WorkbookModel, sheetName: string, row: readonly Value[]): WorkbookModel {
	return {
		sheets: model.sheets.map((s) => (s.name === sheetName ? { ...s, rows: [...s.rows, ...cells([row])] } : s))
	};
}

export const str = (v: string): Cell => ({ t: 's', v });
export const n = (v: number): Cell => ({ t: 'n', v });
