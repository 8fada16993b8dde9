/**
 * workbook -> edition: reads the sheets, checks every cell and the cross-sheet rules, and either
 * gives the edition's data files or every problem found (never a partial edition). The result is
 * checked with the same schema `buildDataset` uses, and an `informe` edition must quote every
 * figure, so what this accepts is what the site builds.
 */
import type { z } from 'zod';
import { missingQuotes, type MissingQuote } from '../dataset/index.ts';
import type { Territory } from '../geo/index.ts';
import { suggest } from '../places/index.ts';
import {
	EditionDescriptor,
	Metas,
	ReportInfo,
	type Meta,
	type MetaInput,
	type PlaceDecision
} from '../report/index.ts';
import type { WorkbookModel, Sheet } from './model.ts';
import type { Notice, Problem } from './problems.ts';
import { readEditionSheet, readFundingSources, type Base } from './read-edition.ts';
import { readMetas, type MetaOrigin } from './read-metas.ts';
import { readReportSheets } from './read-report.ts';
import { SHEETS, sheetSpec, specOfSheet, type SheetName } from './sheets.ts';
import { readTable, type Report, type Table } from './table.ts';
import { editionFiles, type EditionFiles } from './yaml.ts';

export interface ImportOptions {
	/** The edition's id (its folder name): `2026`. */
	id: string;
	territory: Pick<Territory, 'department' | 'municipalities' | 'populationYears'>;
	/** The recorded place-name decisions (src/data/lugares.yaml). */
	placeDecisions: readonly PlaceDecision[];
	/** Where fields the workbook leaves out come from: the edition being replaced, or the newest. */
	base?: Base;
	/** Named in the generated files' header: the workbook's file name. */
	sourceName?: string;
}

export type ImportResult =
	| {
			ok: true;
			files: EditionFiles;
			edition: EditionDescriptor;
			metas: Meta[];
			info: ReportInfo;
			notices: Notice[];
	  }
	| { ok: false; problems: Problem[]; notices: Notice[] };

/** The workbook's sheets by the name they stand for; unknown sheets are a notice. */
function findSheets(model: WorkbookModel, report: Report): Map<SheetName, Sheet> {
	const found = new Map<SheetName, Sheet>();
	for (const sheet of model.sheets) {
		const spec = specOfSheet(sheet.name);
		if (!spec) {
			const near = suggest(
				sheet.name,
				SHEETS.filter((s) => s.role !== 'reference').map((s) => s.name),
				1
			);
			report.notices.push({
				sheet: sheet.name,
				text: `la hoja no es del libro de la edición y se ignora${near.length ? ` (¿quiso decir «${near[0]}»?)` : ''}`
			});
			continue;
		}
		if (spec.role === 'reference') continue;
		const first = found.get(spec.name as SheetName);
		if (first) {
			report.problems.push({
				code: 'hoja-repetida',
				sheet: sheet.name,
				row: null,
				column: null,
				value: null,
				found: `ya hay una hoja «${first.name}»`,
				expected: `una sola hoja «${spec.name}»`
			});
			continue;
		}
		found.set(spec.name as SheetName, sheet);
	}
	return found;
}

const META_COLUMNS: Record<string, string> = {
	number: 'meta',
	title: 'titulo',
	'done.text': 'que_se_hizo',
	'done.count': 'producto_cantidad',
	'done.unit': 'producto_unidad',
	'compliance.pct': 'cumplimiento_pct',
	'compliance.quote': 'cita_cumplimiento',
	'progress.pct': 'avance_cuatrienio_pct',
	'progress.quote': 'cita_avance',
	'investment.millionCop': 'inversion_millones',
	'investment.quote': 'cita_inversion',
	funding: 'fuente',
	'funding.quote': 'cita_fuente',
	beneficiaries: 'beneficiarios',
	'beneficiaries.quote': 'cita_beneficiarios',
	'partners.status': 'aliados_estado',
	'partners.names': 'aliados',
	'partners.quotes': 'cita_aliados',
	'period.status': 'periodo_estado',
	'period.text': 'periodo',
	'period.quote': 'cita_periodo',
	localizacion: 'alcance',
	'localizacion.quote': 'cita_localizacion'
};
const CHILD_SHEETS = {
	places: ['lugares', 'cita'],
	groups: ['grupos', 'cita'],
	excluded: ['exclusiones', 'cita']
} as const;

interface Located {
	sheet: string;
	row: number | null;
	column: string | null;
}

/** Where in the workbook a path inside a meta lives. */
function locateInMeta(
	origin: MetaOrigin | undefined,
	path: readonly PropertyKey[],
	tables: Partial<Record<SheetName, Table>>
): Located {
	const head = String(path[0] ?? '');
	const header = (sheet: SheetName, key: string) => tables[sheet]?.headers.get(key)?.header ?? key;
	if (head in CHILD_SHEETS && typeof path[1] === 'number') {
		const [sheet, key] = CHILD_SHEETS[head as keyof typeof CHILD_SHEETS];
		const rows = origin?.[head as 'places' | 'groups' | 'excluded'] ?? [];
		return { sheet: tables[sheet]?.sheet ?? sheet, row: rows[path[1]] ?? null, column: header(sheet, key) };
	}
	const two = path.slice(0, 2).map(String).join('.');
	const key = META_COLUMNS[two] ?? META_COLUMNS[head] ?? null;
	return {
		sheet: tables.metas?.sheet ?? 'metas',
		row: origin?.row ?? null,
		column: key ? header('metas', key) : null
	};
}

function describe(issue: z.core.$ZodIssue): string {
	return issue.message;
}

export function workbookToEdition(model: WorkbookModel, options: ImportOptions): ImportResult {
	const report: Report = { problems: [], notices: [] };
	const failed = (): ImportResult => ({ ok: false, problems: report.problems, notices: report.notices });
	const sheets = findSheets(model, report);
	const tables: Partial<Record<SheetName, Table>> = {};
	for (const [name, sheet] of sheets) {
		const t = readTable(sheet, sheetSpec(name), report);
		if (t) tables[name] = t;
	}
	if (!sheets.has('metas')) {
		const near = suggest(
			'metas',
			model.sheets.map((s) => s.name),
			1
		);
		report.problems.push({
			code: 'hoja-falta',
			sheet: 'metas',
			row: null,
			column: null,
			value: null,
			found: `no está en el libro (hojas: ${model.sheets.map((s) => `«${s.name}»`).join(', ') || 'ninguna'})`,
			expected: 'una hoja «metas» con una fila por meta',
			suggestion: near.length ? `¿Es la hoja «${near[0]}»? Cámbiele el nombre a «metas»` : undefined
		});
	}

	const fundingSources = tables.fuentes ? readFundingSources(tables.fuentes, report) : null;
	const ed = readEditionSheet(tables.edicion, fundingSources, options.base, report);
	const defs = fundingSources ?? options.base?.edition.fundingSources ?? [];
	if (!tables.metas) return failed();
	const read = readMetas(
		{
			metas: tables.metas,
			lugares: tables.lugares,
			grupos: tables.grupos,
			exclusiones: tables.exclusiones,
			notas: tables.notas
		},
		defs,
		options.territory,
		options.placeDecisions,
		report
	);
	const rep = readReportSheets(
		{ totales: tables.totales, indicadores: tables.indicadores, notas_al_pie: tables.notas_al_pie },
		new Set(read.metas.map((m) => m.number)),
		report
	);
	const edicionSheet = tables.edicion?.sheet ?? 'edicion';
	if (ed.edition && !options.territory.populationYears.includes(ed.edition.populationYear)) {
		const row = ed.rows.get('anio_poblacion') ?? null;
		report.problems.push({
			code: 'campo',
			sheet: edicionSheet,
			row,
			column: row ? 'valor' : null,
			value: String(ed.edition.populationYear),
			expected: `un año con población del DANE en la geodata (${options.territory.populationYears.join(', ')}) en «anio_poblacion»`
		});
	}
	if (report.problems.length || !ed.edition || !ed.indicatorYears) return failed();

	const editionCheck = EditionDescriptor.safeParse({ id: options.id, ...ed.edition });
	if (!editionCheck.success) {
		for (const issue of editionCheck.error.issues) {
			const field = String(issue.path[0] ?? '');
			const campo =
				{ origin: 'origen', reportText: 'texto_informe', quotes: 'citas', id: null }[field] ??
				(field === '' ? 'origen' : null);
			const row = campo ? (ed.rows.get(campo as 'origen') ?? null) : null;
			report.problems.push({
				code: field === 'id' ? 'dato-invalido' : 'campo',
				sheet: field === 'id' ? null : edicionSheet,
				row,
				column: row ? 'valor' : null,
				value: field === 'id' ? options.id : null,
				found: field === 'id' ? undefined : campo ? `campo «${campo}»` : `campo «${field}»`,
				expected: describe(issue)
			});
		}
	}
	const metasCheck = Metas.safeParse(read.metas);
	if (!metasCheck.success) {
		for (const issue of metasCheck.error.issues) {
			const i = issue.path[0];
			const meta = typeof i === 'number' ? read.metas[i] : undefined;
			const at = locateInMeta(meta && read.origins.get(meta.number), issue.path.slice(1), tables);
			report.problems.push({
				code: 'dato-invalido',
				...at,
				value: null,
				found: meta ? `meta ${meta.number}` : 'las metas',
				expected: describe(issue)
			});
		}
	}
	const info: z.input<typeof ReportInfo> = {
		indicatorYears: ed.indicatorYears,
		narrativeTotals: rep.narrativeTotals,
		indicators: rep.indicators,
		indicatorFootnotes: rep.indicatorFootnotes,
		notes: read.reportNotes
	};
	const infoCheck = ReportInfo.safeParse(info);
	if (!infoCheck.success) {
		for (const issue of infoCheck.error.issues) {
			const [list, i] = issue.path;
			const sheet =
				list === 'narrativeTotals'
					? 'totales'
					: list === 'indicators'
						? 'indicadores'
						: list === 'indicatorFootnotes'
							? 'notas_al_pie'
							: 'notas';
			const id =
				typeof i === 'number'
					? list === 'narrativeTotals'
						? rep.narrativeTotals[i]?.id
						: rep.indicators[i]?.id
					: undefined;
			const row = id
				? ((list === 'narrativeTotals' ? rep.totalRows : rep.indicatorRows).get(id) ?? null)
				: null;
			report.problems.push({
				code: 'dato-invalido',
				sheet: tables[sheet]?.sheet ?? sheet,
				row,
				column: null,
				value: null,
				found: issue.path.join('.'),
				expected: describe(issue)
			});
		}
	}
	if (!editionCheck.success || !metasCheck.success || !infoCheck.success) return failed();

	const edition = editionCheck.data;
	const metas = metasCheck.data;
	if (edition.origin === 'informe') {
		for (const miss of missingQuotes(metas, infoCheck.data)) {
			report.problems.push(quoteProblem(miss, read.origins, rep, tables));
		}
		if (report.problems.length) return failed();
	}
	const files = editionFiles(edition, read.metas as MetaInput[], infoCheck.data, options.sourceName);
	return { ok: true, files, edition, metas, info: infoCheck.data, notices: report.notices };
}

const TOTAL_COLUMNS: Record<string, string> = {
	themeQuote: 'cita_tema',
	'investment.quote': 'cita_inversion',
	'beneficiaries.quote': 'cita_beneficiarios'
};

function quoteProblem(
	miss: MissingQuote,
	origins: Map<number, MetaOrigin>,
	rep: ReturnType<typeof readReportSheets>,
	tables: Partial<Record<SheetName, Table>>
): Problem {
	const sinDatos = miss.field.endsWith('.status');
	const expected = sinDatos
		? '«declarado» o «sin diligenciar», porque «sin datos» solo vale en una edición capturada por la Secretaría (origen «secretaria» en la hoja «edicion»)'
		: 'la cita textual del informe, porque la edición es de origen «informe» (hoja «edicion»; si las cifras no vienen de un informe con texto, ponga origen «secretaria»)';
	let at: Located;
	if (miss.meta !== undefined) {
		at = locateInMeta(
			origins.get(miss.meta),
			miss.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
			tables
		);
	} else if (miss.total !== undefined) {
		const key = TOTAL_COLUMNS[miss.field];
		at = {
			sheet: tables.totales?.sheet ?? 'totales',
			row: rep.totalRows.get(miss.total) ?? null,
			column: tables.totales?.headers.get(key)?.header ?? key
		};
	} else {
		at = {
			sheet: tables.indicadores?.sheet ?? 'indicadores',
			row: miss.indicator ? (rep.indicatorRows.get(miss.indicator) ?? null) : null,
			column: tables.indicadores?.headers.get('cita')?.header ?? 'cita'
		};
	}
	return {
		code: sinDatos ? 'incoherente' : 'cita-falta',
		...at,
		value: sinDatos ? 'sin datos' : null,
		expected
	};
}
