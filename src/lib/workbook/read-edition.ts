/**
 * The sheets about the report as a whole: «edicion» (one row per field: campo, valor) and
 * «fuentes» (the funding sources). A field the workbook leaves out comes from the base edition
 * (the one being replaced, or the newest), and a notice says so; the origin never does: without
 * the row «origen», the edition is one captured by the Secretaría.
 */
import type { EditionDescriptor, ReportInfo } from '../report/index.ts';
import { suggest } from '../places/index.ts';
import { slug } from '../text/index.ts';
import { ORIGIN } from './choices.ts';
import type { FundingSourceDef } from './funding.ts';
import { EDITION_FIELDS, type EditionField } from './sheets.ts';
import { headerKey, RowReader, type Report, type Table } from './table.ts';
import { readChoice, readIntList, readLines, readNumber, readText, type NumberSpec } from './values.ts';

export interface Base {
	edition: Omit<EditionDescriptor, 'quotes'>;
	indicatorYears: ReportInfo['indicatorYears'];
}

const YEAR: NumberSpec = {
	what: 'un año de cuatro cifras',
	example: '2025',
	integer: true,
	min: 1900,
	max: 2200
};

export interface EditionRead {
	/** Null when a required field is missing everywhere (the problems say which). */
	edition: Omit<EditionDescriptor, 'id'> | null;
	indicatorYears: ReportInfo['indicatorYears'] | null;
	/** Spreadsheet row of each field of the «edicion» sheet, for later problems. */
	rows: Map<EditionField, number>;
}

export function readFundingSources(table: Table, report: Report): FundingSourceDef[] {
	const out: FundingSourceDef[] = [];
	for (const row of table.rows) {
		const r = new RowReader(table, row, report);
		const label = r.required('nombre', readText, 'el nombre de la fuente de financiación');
		const short = r.required(
			'nombre_corto',
			readText,
			'el nombre corto de la fuente (para frases y figuras)'
		);
		const id = r.read('id', readText);
		if (label === undefined || short === undefined || id === undefined) continue;
		const key = id ?? slug(short);
		if (!/^[a-z0-9-]+$/.test(key)) {
			r.problem('id', 'dato-invalido', 'un identificador en minúsculas, cifras y guiones (p. ej. sgr)');
			continue;
		}
		if (out.some((f) => f.id === key)) {
			r.problem(
				id === null ? 'nombre_corto' : 'id',
				'dato-invalido',
				`una fuente distinta en cada fila («${key}» está repetida)`
			);
			continue;
		}
		out.push({ id: key, label, short });
	}
	return out;
}

export function readEditionSheet(
	table: Table | undefined,
	fundingSources: FundingSourceDef[] | null,
	base: Base | undefined,
	report: Report
): EditionRead {
	const values = new Map<EditionField, unknown>();
	const rows = new Map<EditionField, number>();
	for (const row of table?.rows ?? []) {
		const r = new RowReader(table as Table, row, report);
		const campo = r.required('campo', readText, 'el nombre de un campo de la edición');
		if (campo === undefined) continue;
		const field = EDITION_FIELDS.find((f) => headerKey(f.key) === headerKey(campo));
		if (!field) {
			const near = suggest(
				campo,
				EDITION_FIELDS.map((f) => f.key),
				1
			);
			if (near.length) {
				r.problem(
					'campo',
					'campo',
					`uno de los campos de la edición (${EDITION_FIELDS.map((f) => f.key).join(', ')})`,
					`¿Quiso decir «${near[0]}»?`
				);
			} else {
				report.notices.push({
					sheet: table?.sheet ?? 'edicion',
					row: row.row,
					column: r.column('campo'),
					text: `el campo «${campo}» no es de la edición y se ignora`
				});
			}
			continue;
		}
		const first = rows.get(field.key);
		if (first !== undefined && field.key === 'citas') {
			// One row per quote: «citas» is the one field that repeats.
			const more = r.read('valor', (c) => readLines(c));
			if (more) values.set('citas', [...((values.get('citas') as string[] | undefined) ?? []), ...more]);
			continue;
		}
		if (first !== undefined) {
			r.problem('campo', 'campo', `cada campo una sola vez («${field.key}» ya está en la fila ${first})`);
			continue;
		}
		rows.set(field.key, row.row);
		let v: unknown;
		switch (field.key) {
			case 'periodo_anios':
				v = r.read('valor', (c) =>
					readIntList(c, 'los años del periodo separados por comas (p. ej. 2024, 2025)')
				);
				break;
			case 'anio_poblacion':
			case 'anio_linea_base':
			case 'anio_avance':
			case 'anio_meta':
				v = r.read('valor', (c) => readNumber(c, YEAR));
				break;
			case 'origen':
				v = r.read('valor', (c) => readChoice(c, ORIGIN));
				break;
			case 'citas':
				v = r.read('valor', (c) => readLines(c));
				break;
			case 'fecha_publicacion': {
				const t = r.read('valor', readText);
				if (t && !/^\d{4}-\d{2}(-\d{2})?$/.test(t)) {
					r.problem('valor', 'dato-invalido', 'una fecha AAAA-MM o AAAA-MM-DD (p. ej. 2025-11)');
					v = undefined;
				} else v = t;
				break;
			}
			default:
				v = r.read('valor', readText);
		}
		if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) values.set(field.key, v);
		else if (v === null) values.set(field.key, null);
	}

	const sheet = table?.sheet ?? 'edicion';
	const fromBase: EditionField[] = [];
	const missing: EditionField[] = [];
	const get = <T>(key: EditionField, fallback: T | undefined): T | undefined => {
		const v = values.get(key);
		if (v !== undefined && v !== null) return v as T;
		if (fallback !== undefined) {
			fromBase.push(key);
			return fallback;
		}
		missing.push(key);
		return undefined;
	};
	const b = base?.edition;
	const e = {
		entity: get<string>('entidad', b?.entity),
		government: get<string>('gobierno', b?.government),
		title: get<string>('titulo', b?.title),
		shortTitle: get<string>('titulo_corto', b?.shortTitle),
		period: {
			text: get<string>('periodo', b?.period.text),
			label: get<string>('periodo_etiqueta', b?.period.label),
			years: get<number[]>('periodo_anios', b?.period.years)
		},
		plan: get<string>('plan', b?.plan),
		published: {
			date: get<string>('fecha_publicacion', b?.published.date),
			text: get<string>('fecha_publicacion_texto', b?.published.text)
		},
		source: get<string>('linea_fuente', b?.source),
		populationYear: get<number>('anio_poblacion', b?.populationYear),
		fundingSources: fundingSources ?? b?.fundingSources,
		origin: (values.get('origen') as 'informe' | 'secretaria' | undefined) ?? 'secretaria',
		reportText: (values.get('texto_informe') as string | undefined) ?? null,
		quotes: (values.get('citas') as string[] | undefined) ?? []
	};
	const years = {
		baseline: get<number>('anio_linea_base', base?.indicatorYears.baseline),
		progress: get<number>('anio_avance', base?.indicatorYears.progress),
		target: get<number>('anio_meta', base?.indicatorYears.target)
	};
	if (!e.fundingSources) {
		report.problems.push({
			code: 'hoja-falta',
			sheet: 'fuentes',
			row: null,
			column: null,
			value: null,
			found: 'no está en el libro',
			expected:
				'una hoja «fuentes» con las fuentes de financiación (nombre, nombre_corto), porque no hay una edición anterior de la que tomarlas'
		});
	}
	for (const key of missing) {
		const field = EDITION_FIELDS.find((f) => f.key === key);
		report.problems.push({
			code: 'campo',
			sheet,
			row: rows.get(key) ?? null,
			column: rows.has(key) ? 'valor' : null,
			value: null,
			found: rows.has(key) ? 'celda vacía' : `no hay una fila «${key}»`,
			expected: `el campo «${key}»: ${field?.help ?? ''}`.trim()
		});
	}
	if (fromBase.length && b) {
		report.notices.push({
			sheet: table ? sheet : null,
			text: `${table ? 'la hoja no da' : 'no tiene la hoja «edicion»:'} ${fromBase.map((k) => `«${k}»`).join(', ')}${table ? ':' : ''} se toman de la edición ${b.id}; revíselos si el informe es otro`
		});
	}
	if (!values.has('origen')) {
		report.notices.push({
			sheet: table ? sheet : null,
			text: 'sin el campo «origen», la edición se marca como capturada por la Secretaría (origen «secretaria»): las citas textuales son opcionales'
		});
	}
	const complete = missing.length === 0 && e.fundingSources ? (e as Omit<EditionDescriptor, 'id'>) : null;
	const indicatorYears =
		years.baseline !== undefined && years.progress !== undefined && years.target !== undefined
			? (years as ReportInfo['indicatorYears'])
			: null;
	return { edition: complete, indicatorYears, rows };
}
