/**
 * The report-level sheets: «totales» (the introduction's narrative totals), «indicadores»
 * (Tabla 1) and «notas_al_pie» (its footnotes).
 */
import type { ReportInfo } from '../report/index.ts';
import { slug } from '../text/index.ts';
import { BETTER, INDICATOR_UNIT } from './choices.ts';
import { RowReader, type Report, type Table } from './table.ts';
import { readChoice, readIntList, readNumber, readText, readYesNo, type NumberSpec } from './values.ts';

const MONEY: NumberSpec = {
	what: 'un número en millones de pesos, mayor que 0',
	example: '2181',
	money: true,
	min: 0,
	minInclusive: false
};
const PEOPLE: NumberSpec = {
	what: 'un número de beneficiarios, entero y mayor que 0',
	example: '700',
	integer: true,
	min: 0,
	minInclusive: false
};
const VALUE: NumberSpec = { what: 'un número', example: '63,5', acceptsPercent: true };

type Total = ReportInfo['narrativeTotals'][number];
type Indicator = ReportInfo['indicators'][number];

export interface ReportRead {
	narrativeTotals: Total[];
	indicators: Indicator[];
	indicatorFootnotes: ReportInfo['indicatorFootnotes'];
	/** Rows by id, for later problems. */
	totalRows: Map<string, number>;
	indicatorRows: Map<string, number>;
}

export function readReportSheets(
	tables: { totales?: Table; indicadores?: Table; notas_al_pie?: Table },
	metaNumbers: ReadonlySet<number>,
	report: Report
): ReportRead {
	const narrativeTotals: Total[] = [];
	const totalRows = new Map<string, number>();
	for (const row of tables.totales?.rows ?? []) {
		const r = new RowReader(tables.totales as Table, row, report);
		const id = r.read('id', readText);
		const theme = r.required('tema', readText, 'el tema del párrafo');
		const themeQuote = r.read('cita_tema', readText);
		const inv = r.required('inversion_millones', (c) => readNumber(c, MONEY), 'la inversión del párrafo');
		const invMin = r.read('inversion_es_minimo', readYesNo);
		const invQuote = r.read('cita_inversion', readText);
		const count = r.required('beneficiarios', (c) => readNumber(c, PEOPLE), 'los beneficiarios del párrafo');
		const unit = r.required('unidad_beneficiarios', readText, 'quiénes son los beneficiarios');
		const countMin = r.read('beneficiarios_es_minimo', readYesNo);
		const countQuote = r.read('cita_beneficiarios', readText);
		const metas = r.read('metas', (c) =>
			readIntList(c, 'números de meta separados por comas (p. ej. 1, 2, 3)')
		);
		const basis = r.required('criterio', readText, 'por qué el párrafo resume esas metas');
		if (metas !== undefined) {
			const unknown = metas.filter((n) => !metaNumbers.has(n));
			if (metas.length === 0)
				r.problem('metas', 'celda-vacia', 'las metas que el párrafo resume (p. ej. 1, 2, 3)');
			else if (unknown.length) {
				r.problem(
					'metas',
					'meta-desconocida',
					`números de meta de la hoja «metas» (${unknown.join(', ')} no ${unknown.length === 1 ? 'está' : 'están'})`
				);
			}
		}
		const key = id ?? (theme ? slug(theme) : undefined);
		if (key !== undefined && totalRows.has(key)) {
			r.problem(
				id ? 'id' : 'tema',
				'dato-invalido',
				`un id distinto en cada fila («${key}» ya está en la fila ${totalRows.get(key)})`
			);
			continue;
		}
		if (
			key === undefined ||
			theme === undefined ||
			themeQuote === undefined ||
			inv === undefined ||
			invMin === undefined ||
			invQuote === undefined ||
			count === undefined ||
			unit === undefined ||
			countMin === undefined ||
			countQuote === undefined ||
			metas === undefined ||
			basis === undefined
		) {
			continue;
		}
		totalRows.set(key, row.row);
		narrativeTotals.push({
			id: key,
			theme,
			themeQuote,
			investment: { millionCop: inv, lowerBound: invMin ?? false, quote: invQuote },
			beneficiaries: { count, unit, lowerBound: countMin ?? false, quote: countQuote },
			candidateMetas: metas,
			basis
		});
	}

	const indicators: Indicator[] = [];
	const indicatorRows = new Map<string, number>();
	for (const row of tables.indicadores?.rows ?? []) {
		const r = new RowReader(tables.indicadores as Table, row, report);
		const id = r.read('id', readText);
		const name = r.required('nombre', readText, 'el nombre del indicador');
		const unit = r.required(
			'unidad',
			(c) => readChoice(c, INDICATOR_UNIT),
			'posición, porcentaje o créditos'
		);
		const better = r.required('mejor', (c) => readChoice(c, BETTER), '«menor» o «mayor»');
		const baseline = r.required('linea_base', (c) => readNumber(c, VALUE), 'el valor de la línea base');
		const progress = r.required('avance', (c) => readNumber(c, VALUE), 'el valor del avance');
		const target = r.required('valor_meta', (c) => readNumber(c, VALUE), 'el valor de la meta');
		const notes = r.read('notas_al_pie', readText);
		const quote = r.read('cita', readText);
		const key = id ?? (name ? slug(name) : undefined);
		if (key !== undefined && indicatorRows.has(key)) {
			r.problem(
				id ? 'id' : 'nombre',
				'dato-invalido',
				`un id distinto en cada fila («${key}» ya está en la fila ${indicatorRows.get(key)})`
			);
			continue;
		}
		if (
			key === undefined ||
			name === undefined ||
			unit === undefined ||
			better === undefined ||
			baseline === undefined ||
			progress === undefined ||
			target === undefined ||
			notes === undefined ||
			quote === undefined
		) {
			continue;
		}
		indicatorRows.set(key, row.row);
		indicators.push({
			id: key,
			name,
			unit,
			better,
			baseline,
			progress,
			target,
			footnotes: notes ? notes.split(/[\s,;]+/).filter(Boolean) : [],
			quote
		});
	}

	const indicatorFootnotes: ReportInfo['indicatorFootnotes'] = [];
	for (const row of tables.notas_al_pie?.rows ?? []) {
		const r = new RowReader(tables.notas_al_pie as Table, row, report);
		const mark = r.required('marca', readText, 'la marca de la nota («*»)');
		const text = r.required('texto', readText, 'el texto de la nota al pie');
		if (mark === undefined || text === undefined) continue;
		indicatorFootnotes.push({ mark, text });
	}
	return { narrativeTotals, indicators, indicatorFootnotes, totalRows, indicatorRows };
}
