/**
 * The sheets about metas — «metas», «lugares», «grupos», «exclusiones», «notas» — read into the
 * metas of an edition, with the cross-checks that need several sheets: a meta repeated, a row for
 * a meta that is not in «metas», a place repeated, a municipal scope without places.
 */
import type { Meta, MetaInput, PlaceDecision } from '../report/index.ts';
import { createResolver, UnknownPlaceError, type NamedMunicipality } from '../places/index.ts';
import {
	BENEFICIARY_STATUS,
	EVIDENCE,
	EXCLUSION_REASON,
	LOCALIZACION_STATUS,
	NOTE_KIND,
	SCOPE,
	STATED,
	UNIT_CLASS
} from './choices.ts';
import { parseFunding, type FundingSourceDef } from './funding.ts';
import { RowReader, type Report, type Table } from './table.ts';
import { readChoice, readIntList, readNumber, readText, type NumberSpec } from './values.ts';
import { fold } from '../text/index.ts';

export const META_NUMBER: NumberSpec = {
	what: 'el número de la meta, entero',
	example: '6',
	integer: true,
	min: 1,
	max: 9999
};
const PCT: NumberSpec = { what: 'un porcentaje de 0 a 100', example: '66,7', percent: true };
const MONEY: NumberSpec = { what: 'un número en millones de pesos', example: '1158,69', money: true };
const PEOPLE: NumberSpec = {
	what: 'un número de beneficiarios, entero y mayor que 0',
	example: '442',
	integer: true,
	min: 0,
	minInclusive: false
};
const PRODUCTS: NumberSpec = { what: 'una cantidad de productos, no negativa', example: '3', min: 0 };
const GROUP_COUNT: NumberSpec = {
	what: 'un conteo entero, no negativo',
	example: '105',
	integer: true,
	min: 0
};

/** Where each meta and each of its listed items came from, to place later problems on a cell. */
export interface MetaOrigin {
	row: number;
	places: number[];
	groups: number[];
	excluded: number[];
}

export interface MetasRead {
	metas: MetaInput[];
	/** By meta number. */
	origins: Map<number, MetaOrigin>;
	/** Notes with no meta: they are the report's. */
	reportNotes: Meta['notes'];
}

/** When the workbook does not say: organisations if the unit names some, otherwise people. */
/** A draft row whose «revisar» note is still there has not been reviewed: it is not imported. */
function refusePending(r: RowReader): void {
	const note = r.read('revisar', readText);
	if (note) r.problem('revisar', 'por-revisar', 'la columna vacía: resuelva el punto y borre la nota');
}

export function unitClassOf(unit: string): 'personas' | 'organizaciones' {
	return /^(organizacion|asociacion|cooperativa|empresas?\b|entidad|unidad)/.test(fold(unit))
		? 'organizaciones'
		: 'personas';
}

interface Draft {
	input: MetaInput;
	origin: MetaOrigin;
	reader: RowReader;
}

function readMetaRow(r: RowReader, defs: readonly FundingSourceDef[]): Draft | undefined {
	const number = r.required('meta', (c) => readNumber(c, META_NUMBER), 'el número de la meta');
	const title = r.required('titulo', readText, 'el título de la meta');
	const doneText = r.required('que_se_hizo', readText, 'qué se hizo (el producto, en una frase)');
	const doneCount = r.read('producto_cantidad', (c) => readNumber(c, PRODUCTS));
	const doneUnit = r.read('producto_unidad', readText);
	if (doneCount !== undefined && doneUnit !== undefined && (doneCount === null) !== (doneUnit === null)) {
		r.problem(
			doneCount === null ? 'producto_cantidad' : 'producto_unidad',
			'incoherente',
			'producto_cantidad y producto_unidad juntos, o ninguno de los dos'
		);
	}
	const compliance = r.required('cumplimiento_pct', (c) => readNumber(c, PCT), 'el % de cumplimiento');
	const progress = r.required(
		'avance_cuatrienio_pct',
		(c) => readNumber(c, PCT),
		'el % de avance del cuatrienio'
	);
	const investment = r.required(
		'inversion_millones',
		(c) => readNumber(c, MONEY),
		'la inversión en millones de pesos'
	);
	const fuenteText = r.read('fuente', readText);
	const funding =
		fuenteText === undefined ? undefined : r.read('fuente', () => parseFunding(fuenteText, defs));

	const count = r.read('beneficiarios', (c) => readNumber(c, PEOPLE));
	const unit = r.read('unidad_beneficiarios', readText);
	const unitClass = r.read('clase_beneficiarios', (c) => readChoice(c, UNIT_CLASS));
	const status = r.read('beneficiarios_estado', (c) => readChoice(c, BENEFICIARY_STATUS));
	let beneficiaries: MetaInput['beneficiaries'] | undefined;
	const benQuote = r.read('cita_beneficiarios', readText) ?? null;
	if (count !== undefined && status !== undefined && unit !== undefined && unitClass !== undefined) {
		if (count !== null) {
			if (status !== null && status !== 'reported') {
				r.problem(
					'beneficiarios_estado',
					'incoherente',
					'«reportado» o vacío, porque la fila da un número de beneficiarios'
				);
			} else if (unit === null) {
				r.problem(
					'unidad_beneficiarios',
					'celda-vacia',
					'quiénes son los beneficiarios (ciudadanos, empresarios…)'
				);
			} else {
				beneficiaries = {
					status: 'reported',
					count,
					unit,
					unitClass: unitClass ?? unitClassOf(unit),
					quote: benQuote
				};
			}
		} else if (status === null || status === 'reported') {
			r.problem(
				'beneficiarios',
				'celda-vacia',
				'el número de beneficiarios o, si el informe no lo da, «sin datos», «no aplica» o «sin diligenciar» en beneficiarios_estado'
			);
		} else {
			beneficiaries = { status, quote: benQuote };
		}
	}

	const names = r.list('aliados', true);
	const partnersStatus = r.read('aliados_estado', (c) => readChoice(c, STATED));
	const partnerQuotes = r.list('cita_aliados');
	const periodText = r.read('periodo', readText);
	const periodStatus = r.read('periodo_estado', (c) => readChoice(c, STATED));
	const periodQuote = r.read('cita_periodo', readText);

	const scope = r.required(
		'alcance',
		(c) => readChoice(c, SCOPE),
		'«municipal», «departamental» o «sin localización»'
	);
	const locStatus = r.read('localizacion_estado', (c) => readChoice(c, LOCALIZACION_STATUS));
	const locQuote = r.read('cita_localizacion', readText);
	const status2 = locStatus ?? (scope === 'unspecified' ? 'empty' : 'filled');
	if (scope !== undefined && locStatus !== undefined && status2 !== 'filled' && scope !== 'unspecified') {
		r.problem(
			'localizacion_estado',
			'incoherente',
			`«con contenido», porque el alcance es «${scope === 'municipal' ? 'municipal' : 'departamental'}»`
		);
	}
	const quotes = {
		compliance: r.read('cita_cumplimiento', readText),
		progress: r.read('cita_avance', readText),
		investment: r.read('cita_inversion', readText),
		funding: r.read('cita_fuente', readText)
	};

	if (
		number === undefined ||
		title === undefined ||
		doneText === undefined ||
		doneCount === undefined ||
		doneUnit === undefined ||
		compliance === undefined ||
		progress === undefined ||
		investment === undefined ||
		funding === undefined ||
		beneficiaries === undefined ||
		names === undefined ||
		partnersStatus === undefined ||
		partnerQuotes === undefined ||
		periodText === undefined ||
		periodStatus === undefined ||
		periodQuote === undefined ||
		scope === undefined ||
		locStatus === undefined ||
		locQuote === undefined ||
		Object.values(quotes).includes(undefined)
	) {
		return undefined;
	}
	const input: MetaInput = {
		number,
		title,
		done: { text: doneText, count: doneCount, unit: doneUnit },
		compliance: { pct: compliance, quote: quotes.compliance ?? null },
		progress: { pct: progress, quote: quotes.progress ?? null },
		investment: { millionCop: investment, quote: quotes.investment ?? null },
		funding: { ...funding, quote: quotes.funding ?? null },
		beneficiaries,
		groups: [],
		partners: {
			status: partnersStatus ?? (names.length || partnerQuotes.length ? 'stated' : 'sin-datos'),
			names,
			quotes: partnerQuotes
		},
		period: {
			status: periodStatus ?? (periodText !== null || periodQuote !== null ? 'stated' : 'sin-datos'),
			text: periodText,
			quote: periodQuote
		},
		localizacion: { status: status2, scope, quote: locQuote },
		places: [],
		excluded: [],
		notes: []
	};
	return { input, origin: { row: r.row.row, places: [], groups: [], excluded: [] }, reader: r };
}

export interface Territoryish {
	department: { name: string };
	municipalities: readonly NamedMunicipality[];
}

/** The metas and the sheets that hang from them. `tables.metas` is required; the others may be absent. */
export function readMetas(
	tables: { metas: Table; lugares?: Table; grupos?: Table; exclusiones?: Table; notas?: Table },
	defs: readonly FundingSourceDef[],
	territory: Territoryish,
	decisions: readonly PlaceDecision[],
	report: Report
): MetasRead {
	const drafts = new Map<number, Draft>();
	/** Meta numbers present in «metas», valid rows or not: rows of other sheets for these are not orphans. */
	const listed = new Set<number>();
	for (const row of tables.metas.rows) {
		const r = new RowReader(tables.metas, row, report);
		refusePending(r);
		const number = readNumber(r.cell('meta'), META_NUMBER);
		if (number.ok && number.value !== null) listed.add(number.value);
		const d = readMetaRow(r, defs);
		if (!d) continue;
		const first = drafts.get(d.input.number);
		if (first) {
			r.problem(
				'meta',
				'meta-repetida',
				`cada meta en una sola fila (la meta ${d.input.number} ya está en la fila ${first.origin.row})`
			);
			continue;
		}
		drafts.set(d.input.number, d);
	}
	if (tables.metas.rows.length === 0) {
		report.problems.push({
			code: 'hoja-vacia',
			sheet: tables.metas.sheet,
			row: null,
			column: null,
			value: null,
			found: 'la hoja no tiene ninguna fila de datos',
			expected: 'una fila por meta debajo de los encabezados'
		});
	}

	/** The meta a child row belongs to, or undefined after reporting why not. */
	const metaOf = (r: RowReader, required = true): Draft | null | undefined => {
		const n = required
			? r.required('meta', (c) => readNumber(c, META_NUMBER), 'el número de la meta')
			: r.read('meta', (c) => readNumber(c, META_NUMBER));
		if (n === undefined) return undefined;
		if (n === null) return null;
		const d = drafts.get(n);
		if (!d && !listed.has(n)) {
			const known = [...listed].sort((a, b) => a - b);
			r.problem('meta', 'meta-desconocida', `el número de una meta de la hoja «metas» (${known.join(', ')})`);
		}
		return d;
	};

	const resolve = createResolver(territory.municipalities, decisions, territory.department.name);
	const byCode = new Map(territory.municipalities.map((m) => [m.divipola, m]));
	const seenPlaces = new Map<string, number>();
	for (const row of tables.lugares?.rows ?? []) {
		const r = new RowReader(tables.lugares as Table, row, report);
		refusePending(r);
		const d = metaOf(r);
		const name = r.required(
			'municipio',
			readText,
			`un municipio de ${territory.department.name} (nombre o código DIVIPOLA)`
		);
		const evidence = r.read('evidencia', (c) => readChoice(c, EVIDENCE));
		const quotes = r.list('cita');
		if (name === undefined) continue;
		let written = name;
		let identity: string | undefined;
		if (/^\d{5}$/.test(name)) {
			const m = byCode.get(name);
			if (!m) {
				r.problem(
					'municipio',
					'municipio',
					`un código DIVIPOLA de un municipio de ${territory.department.name} (ver la hoja «municipios»)`
				);
				continue;
			}
			written = m.name;
			identity = m.divipola;
		} else {
			try {
				const res = resolve(name);
				identity = res.kind === 'municipality' ? res.divipola : `${res.kind}:${fold(name)}`;
			} catch (e) {
				if (!(e instanceof UnknownPlaceError)) throw e;
				r.problem(
					'municipio',
					'municipio',
					`un municipio de ${territory.department.name} (nombre oficial o corto, o código DIVIPOLA) o un lugar con decisión en src/data/lugares.yaml`,
					e.suggestions.length ? `¿Quiso decir ${e.suggestions.map((s) => `«${s}»`).join(' o ')}?` : undefined
				);
				continue;
			}
		}
		if (!d || evidence === undefined || quotes === undefined) continue;
		const ev = evidence ?? 'localizacion';
		const key = `${d.input.number}|${ev}|${identity}`;
		const first = seenPlaces.get(key);
		if (first !== undefined) {
			r.problem(
				'municipio',
				'lugar-repetido',
				`cada lugar una vez por meta y evidencia (la fila ${first} ya pone este lugar en la meta ${d.input.number} con evidencia «${ev === 'text' ? 'texto' : 'localización'}»)`,
				'Ponga sus citas en una sola fila (cita, cita_2…)'
			);
			continue;
		}
		seenPlaces.set(key, row.row);
		(d.input.places ??= []).push({ name: written, evidence: ev, ...(quotes.length ? { quotes } : {}) });
		d.origin.places.push(row.row);
	}

	for (const row of tables.grupos?.rows ?? []) {
		const r = new RowReader(tables.grupos as Table, row, report);
		const d = metaOf(r);
		const label = r.required('grupo', readText, 'el nombre del grupo poblacional');
		const count = r.read('cantidad', (c) => readNumber(c, GROUP_COUNT));
		const pct = r.read('porcentaje', (c) => readNumber(c, PCT));
		const quote = r.read('cita', readText);
		if (count !== undefined && pct !== undefined && (count === null) === (pct === null)) {
			r.problem('cantidad', 'incoherente', 'una cantidad o un porcentaje (uno de los dos)');
			continue;
		}
		if (!d || label === undefined || count === undefined || pct === undefined || quote === undefined)
			continue;
		(d.input.groups ??= []).push({
			label,
			...(count !== null ? { count } : { pct: pct as number }),
			quote
		});
		d.origin.groups.push(row.row);
	}

	for (const row of tables.exclusiones?.rows ?? []) {
		const r = new RowReader(tables.exclusiones as Table, row, report);
		const d = metaOf(r);
		const text = r.required('texto', readText, 'el nombre como aparece en el informe');
		const reason = r.required(
			'motivo',
			(c) => readChoice(c, EXCLUSION_REASON),
			'por qué no es un lugar de intervención'
		);
		const quote = r.read('cita', readText);
		const why = r.read('por_que', readText);
		if (!d || text === undefined || reason === undefined || quote === undefined || why === undefined)
			continue;
		(d.input.excluded ??= []).push({ text, reason, quote, ...(why !== null ? { why } : {}) });
		d.origin.excluded.push(row.row);
	}

	const reportNotes: MetasRead['reportNotes'] = [];
	for (const row of tables.notas?.rows ?? []) {
		const r = new RowReader(tables.notas as Table, row, report);
		const d = metaOf(r, false);
		const kind = r.required(
			'tipo',
			(c) => readChoice(c, NOTE_KIND),
			'inconsistencia, errata, plantilla o criterio'
		);
		const text = r.required('texto', readText, 'el texto de la nota');
		if (text !== undefined && text.length < 10) {
			r.problem('texto', 'dato-invalido', 'una nota de al menos 10 caracteres');
			continue;
		}
		const others = r.read('otras_metas', (c) =>
			readIntList(c, 'números de meta separados por comas (p. ej. 5, 6)')
		);
		const quotes = r.list('cita') ?? [];
		if (d === undefined || kind === undefined || text === undefined) continue;
		const note = {
			kind,
			text,
			...(quotes.length ? { quotes } : {}),
			...(others?.length ? { metas: others } : {})
		};
		if (d === null) reportNotes.push(note);
		else (d.input.notes ??= []).push(note);
	}

	for (const d of drafts.values()) {
		const loc = (d.input.places ?? []).filter((p) => p.evidence === 'localizacion');
		const scope = d.input.localizacion.scope;
		if (scope === 'municipal' && loc.length === 0) {
			d.reader.problem(
				'alcance',
				'alcance-sin-lugares',
				`al menos un municipio con evidencia «localización» para la meta ${d.input.number} en la hoja «lugares»`
			);
		}
		if (scope === 'unspecified' && loc.length > 0) {
			d.reader.problem(
				'alcance',
				'alcance-con-lugares',
				`«municipal» o «departamental», porque la hoja «lugares» da ${loc.length} ${loc.length === 1 ? 'lugar' : 'lugares'} con evidencia «localización» a la meta ${d.input.number} (filas ${d.origin.places.filter((_, i) => d.input.places?.[i]?.evidence === 'localizacion').join(', ')})`
			);
		}
	}

	const metas = [...drafts.values()].map((d) => d.input).sort((a, b) => a.number - b.number);
	return { metas, origins: new Map([...drafts].map(([n, d]) => [n, d.origin])), reportNotes };
}
