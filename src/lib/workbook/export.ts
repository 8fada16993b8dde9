/**
 * edition -> workbook: every field of the edition in the sheets `workbookToEdition` reads, so an
 * export imported again gives the same data; plus the «instrucciones» sheet (written from the
 * sheet catalogue) and the «municipios» reference sheet from the territory.
 */
import type { Territory } from '../geo/index.ts';
import type { EditionDescriptor, Meta, ReportInfo } from '../report/index.ts';
import {
	BENEFICIARY_STATUS,
	BETTER,
	EVIDENCE,
	EXCLUSION_REASON,
	INDICATOR_UNIT,
	LOCALIZACION_STATUS,
	NOTE_KIND,
	ORIGIN,
	SCOPE,
	STATED,
	UNIT_CLASS,
	labelOf
} from './choices.ts';
import { formatFunding } from './funding.ts';
import { num, numOrNull, text, textOrNull, type Cell, type Sheet, type WorkbookModel } from './model.ts';
import { EDITION_FIELDS, SHEETS, sheetSpec, type EditionField, type SheetName } from './sheets.ts';
import type { Choice } from './values.ts';

export interface EditionSources {
	edition: EditionDescriptor;
	metas: readonly Meta[];
	info: ReportInfo;
}

/** The first cell of «instrucciones»: how `data:export --reemplazar` knows a workbook is its own. */
export const MARKER = 'Libro de edición de «¿Dónde se intervino?» (generado por npm run data:export)';

const yesNo = (b: boolean): Cell => text(b ? 'sí' : 'no');

/** A row by column key; a repeating column (`cita`, `cita_2`…) takes a list. */
type Values = Record<string, Cell | Cell[]>;

/** A sheet with its spec's headers; repeating columns get as many as the longest list needs. */
function table(name: SheetName, rows: Values[]): Sheet {
	const spec = sheetSpec(name);
	const count = (key: string) =>
		Math.max(1, ...rows.map((r) => (Array.isArray(r[key]) ? (r[key] as Cell[]).length : 1)));
	const columns = spec.columns.flatMap((c) =>
		Array.from({ length: c.repeats ? count(c.key) : 1 }, (_, i) => ({
			header: i === 0 ? c.key : `${c.key}_${i + 1}`,
			get: (r: Values): Cell => {
				const v = r[c.key] ?? null;
				return Array.isArray(v) ? (v[i] ?? null) : i === 0 ? v : null;
			}
		}))
	);
	const body = rows.map((r) => columns.map((c) => c.get(r)));
	const widths = columns.map((c, i) => {
		const longest = Math.max(
			c.header.length,
			...body.map((r) => (r[i]?.t === 's' ? Math.min(60, (r[i] as { v: string }).v.length) : 8))
		);
		return Math.max(8, Math.min(60, longest + 2));
	});
	return { name, rows: [columns.map((c) => text(c.header)), ...body], widths };
}

const each = (xs: readonly string[]): Cell[] => xs.map(text);

/** A row of «notas»: a note of meta `meta`, or of the whole report (null). */
const noteRow = (meta: number | null, n: Meta['notes'][number]) => ({
	...(meta === null ? {} : { meta: num(meta) }),
	tipo: text(labelOf(NOTE_KIND, n.kind)),
	texto: text(n.text),
	otras_metas: textOrNull(n.metas?.join(', ') || null),
	cita: each(n.quotes ?? [])
});

function editionSheet(e: EditionDescriptor, info: ReportInfo): Sheet {
	const values: Record<Exclude<EditionField, 'citas'>, Cell> = {
		entidad: text(e.entity),
		gobierno: text(e.government),
		titulo: text(e.title),
		titulo_corto: text(e.shortTitle),
		periodo: text(e.period.text),
		periodo_etiqueta: text(e.period.label),
		periodo_anios: text(e.period.years.join(', ')),
		plan: text(e.plan),
		fecha_publicacion: text(e.published.date),
		fecha_publicacion_texto: text(e.published.text),
		linea_fuente: text(e.source),
		anio_poblacion: num(e.populationYear),
		origen: text(labelOf(ORIGIN, e.origin)),
		texto_informe: textOrNull(e.reportText),
		anio_linea_base: num(info.indicatorYears.baseline),
		anio_avance: num(info.indicatorYears.progress),
		anio_meta: num(info.indicatorYears.target)
	};
	return table(
		'edicion',
		EDITION_FIELDS.flatMap((f) =>
			f.key === 'citas'
				? (e.quotes.length ? e.quotes : [null]).map((q) => ({
						campo: text(f.key),
						valor: textOrNull(q),
						descripcion: text(f.help)
					}))
				: [
						{
							campo: text(f.key),
							valor: values[f.key as Exclude<EditionField, 'citas'>],
							descripcion: text(f.help)
						}
					]
		)
	);
}

function metaRow(m: Meta, e: EditionDescriptor): Values {
	const b = m.beneficiaries;
	return {
		meta: num(m.number),
		titulo: text(m.title),
		que_se_hizo: text(m.done.text),
		producto_cantidad: numOrNull(m.done.count),
		producto_unidad: textOrNull(m.done.unit),
		cumplimiento_pct: num(m.compliance.pct),
		cita_cumplimiento: textOrNull(m.compliance.quote),
		avance_cuatrienio_pct: num(m.progress.pct),
		cita_avance: textOrNull(m.progress.quote),
		inversion_millones: num(m.investment.millionCop),
		cita_inversion: textOrNull(m.investment.quote),
		fuente: textOrNull(formatFunding(m.funding, e.fundingSources)),
		cita_fuente: textOrNull(m.funding.quote),
		beneficiarios: b.status === 'reported' ? num(b.count) : null,
		unidad_beneficiarios: b.status === 'reported' ? text(b.unit) : null,
		clase_beneficiarios: b.status === 'reported' ? text(labelOf(UNIT_CLASS, b.unitClass)) : null,
		beneficiarios_estado: text(labelOf(BENEFICIARY_STATUS, b.status)),
		cita_beneficiarios: textOrNull(b.quote),
		aliados: textOrNull(m.partners.names.join('; ') || null),
		aliados_estado: text(labelOf(STATED, m.partners.status)),
		cita_aliados: each(m.partners.quotes),
		periodo: textOrNull(m.period.text),
		periodo_estado: text(labelOf(STATED, m.period.status)),
		cita_periodo: textOrNull(m.period.quote),
		alcance: text(labelOf(SCOPE, m.localizacion.scope)),
		localizacion_estado: text(labelOf(LOCALIZACION_STATUS, m.localizacion.status)),
		cita_localizacion: textOrNull(m.localizacion.quote)
	};
}

const allowed = <T extends string>(choices: readonly Choice<T>[]) =>
	choices.map((c) => `«${c.labels[0]}»`).join(', ');

/** The «instrucciones» sheet: the marker, then how to fill each sheet, from the catalogue. */
export function instructionsSheet(editionId: string | null): Sheet {
	const rows: Cell[][] = [
		[text(MARKER)],
		[text(editionId ? `Edición ${editionId}` : 'Plantilla vacía')],
		[],
		[text('Cómo llenar este libro')],
		[
			text(
				'• Una fila por meta en «metas» y una fila por lugar en «lugares». Las demás hojas son opcionales.'
			)
		],
		[
			text(
				'• Los encabezados se reconocen sin importar tildes, mayúsculas, espacios ni «_». Puede añadir columnas propias: se ignoran.'
			)
		],
		[
			text(
				'• Números: como número de la hoja o en formato colombiano (1.158,69; 66,7 %). La inversión va en millones de pesos.'
			)
		],
		[
			text(
				'• Varias citas: una por celda, en las columnas cita, cita_2, cita_3… (añada las que necesite). Varios aliados: en una celda, separados por «;».'
			)
		],
		[
			text(
				'• Municipios: nombre oficial o corto, con o sin tildes, o el código DIVIPOLA (hoja «municipios»).'
			)
		],
		[
			text(
				'• Las citas textuales son obligatorias si la edición es de origen «informe»; con origen «secretaria» son opcionales.'
			)
		],
		[
			text(
				'• Compruebe el libro con `npm run data:import -- LIBRO.xlsx --edicion ID` (con --comprobar, sin escribir nada): cada error dice hoja, fila y columna.'
			)
		],
		[],
		[text('Valores admitidos')],
		[
			text('fuente'),
			text(
				'las fuentes de la hoja «fuentes», con porcentaje si se conoce: «recursos propios», «SGR 96 %», «recursos propios 40 % y SGR 60 %», «SGR (principalmente)»; vacía si el informe no la dice'
			)
		],
		[text('beneficiarios_estado'), text(allowed(BENEFICIARY_STATUS))],
		[text('clase_beneficiarios'), text(allowed(UNIT_CLASS))],
		[text('alcance'), text(allowed(SCOPE))],
		[text('localizacion_estado'), text(allowed(LOCALIZACION_STATUS))],
		[text('aliados_estado, periodo_estado'), text(allowed(STATED))],
		[text('evidencia'), text(allowed(EVIDENCE))],
		[text('motivo'), text(allowed(EXCLUSION_REASON))],
		[text('tipo'), text(allowed(NOTE_KIND))],
		[text('origen'), text(allowed(ORIGIN))],
		[text('unidad (indicadores)'), text(allowed(INDICATOR_UNIT))],
		[text('mejor (indicadores)'), text(allowed(BETTER))]
	];
	for (const s of SHEETS) {
		rows.push([], [text(`Hoja «${s.name}»`), text(s.help)]);
		for (const c of s.columns) {
			rows.push([
				text(c.key),
				text(`${'required' in c && c.required ? '(columna obligatoria) ' : ''}${c.help}`),
				textOrNull('example' in c ? c.example : null)
			]);
		}
		if (s.name === 'edicion') {
			rows.push([text('Campos de la hoja «edicion»')]);
			for (const f of EDITION_FIELDS)
				rows.push([text(f.key), text(f.help), textOrNull('example' in f ? f.example : null)]);
		}
	}
	return { name: 'instrucciones', rows, widths: [34, 110, 30] };
}

export function municipalitiesSheet(territory: Pick<Territory, 'municipalities'>): Sheet {
	return table(
		'municipios',
		territory.municipalities.map((m) => ({
			divipola: text(m.divipola),
			nombre_oficial: text(m.name),
			nombre_corto: text(m.shortName),
			subregion: text(m.subregion)
		}))
	);
}

export function editionToWorkbook(
	sources: EditionSources,
	territory: Pick<Territory, 'municipalities'>
): WorkbookModel {
	const { edition: e, metas, info } = sources;
	const metaSheets = {
		lugares: metas.flatMap((m) =>
			m.places.map((p) => ({
				meta: num(m.number),
				municipio: text(p.name),
				evidencia: text(labelOf(EVIDENCE, p.evidence)),
				cita: each(p.quotes ?? [])
			}))
		),
		grupos: metas.flatMap((m) =>
			m.groups.map((g) => ({
				meta: num(m.number),
				grupo: text(g.label),
				cantidad: numOrNull(g.count),
				porcentaje: numOrNull(g.pct),
				cita: textOrNull(g.quote)
			}))
		),
		exclusiones: metas.flatMap((m) =>
			m.excluded.map((x) => ({
				meta: num(m.number),
				texto: text(x.text),
				motivo: text(labelOf(EXCLUSION_REASON, x.reason)),
				cita: textOrNull(x.quote),
				por_que: textOrNull(x.why)
			}))
		),
		notas: [
			...info.notes.map((n) => noteRow(null, n)),
			...metas.flatMap((m) => m.notes.map((n) => noteRow(m.number, n)))
		]
	};
	return {
		sheets: [
			instructionsSheet(e.id),
			editionSheet(e, info),
			table(
				'fuentes',
				e.fundingSources.map((f) => ({ id: text(f.id), nombre: text(f.label), nombre_corto: text(f.short) }))
			),
			table(
				'metas',
				metas.map((m) => metaRow(m, e))
			),
			table('lugares', metaSheets.lugares),
			table('grupos', metaSheets.grupos),
			table('exclusiones', metaSheets.exclusiones),
			table('notas', metaSheets.notas),
			table(
				'totales',
				info.narrativeTotals.map((t) => ({
					id: text(t.id),
					tema: text(t.theme),
					cita_tema: textOrNull(t.themeQuote),
					inversion_millones: num(t.investment.millionCop),
					inversion_es_minimo: yesNo(t.investment.lowerBound),
					cita_inversion: textOrNull(t.investment.quote),
					beneficiarios: num(t.beneficiaries.count),
					unidad_beneficiarios: text(t.beneficiaries.unit),
					beneficiarios_es_minimo: yesNo(t.beneficiaries.lowerBound),
					cita_beneficiarios: textOrNull(t.beneficiaries.quote),
					metas: text(t.candidateMetas.join(', ')),
					criterio: text(t.basis)
				}))
			),
			table(
				'indicadores',
				info.indicators.map((x) => ({
					id: text(x.id),
					nombre: text(x.name),
					unidad: text(labelOf(INDICATOR_UNIT, x.unit)),
					mejor: text(labelOf(BETTER, x.better)),
					linea_base: num(x.baseline),
					avance: num(x.progress),
					valor_meta: num(x.target),
					notas_al_pie: textOrNull(x.footnotes.join(' ') || null),
					cita: textOrNull(x.quote)
				}))
			),
			table(
				'notas_al_pie',
				info.indicatorFootnotes.map((f) => ({ marca: text(f.mark), texto: text(f.text) }))
			),
			municipalitiesSheet(territory)
		]
	};
}

/**
 * An empty workbook with every sheet's headers, the instructions and the municipalities: what
 * staff start a new edition from. With `base`, «edicion» and «fuentes» carry its values, except
 * what belongs to that report's text: the origin is «secretaría», with no report text or quotes.
 */
export function templateWorkbook(
	territory: Pick<Territory, 'municipalities'>,
	base?: { edition: EditionDescriptor; info: ReportInfo }
): WorkbookModel {
	const model = base
		? editionToWorkbook(
				{
					edition: { ...base.edition, origin: 'secretaria', reportText: null, quotes: [] },
					metas: [],
					info: { ...base.info, narrativeTotals: [], indicators: [], indicatorFootnotes: [], notes: [] }
				},
				territory
			)
		: {
				sheets: [
					instructionsSheet(null),
					...SHEETS.filter((s) => s.role !== 'reference').map((s) => table(s.name, [])),
					municipalitiesSheet(territory)
				]
			};
	model.sheets[0] = instructionsSheet(null);
	return model;
}

/** What `draftWorkbook` reads of a draft: its rows of «metas» and «lugares» (src/lib/draft/rows.ts). */
export interface DraftSheets {
	metas: readonly { meta: number; revisar: string; notas: string }[];
	lugares: readonly { meta: number; revisar: string }[];
}

/**
 * A template workbook with the draft's metas and places filled in. A value the draft could not
 * read is left empty and why is written in the row's «revisar» column: the import refuses a row
 * until someone resolves the point and clears the note. How things were read goes in a last
 * column «notas_borrador», which the import reports as ignored.
 */
export function draftWorkbook(template: WorkbookModel, draft: DraftSheets): WorkbookModel {
	const cell = (v: unknown): Cell => (typeof v === 'number' ? num(v) : textOrNull(v ? String(v) : null));
	const filled = (name: 'metas' | 'lugares', rows: readonly object[]) => {
		const known = new Set(sheetSpec(name).columns.map((c) => c.key));
		return table(
			name,
			rows.map((r) =>
				Object.fromEntries(
					Object.entries(r)
						.filter(([k]) => known.has(k))
						.map(([k, v]) => [k, cell(v)])
				)
			)
		);
	};
	const metas = filled('metas', draft.metas);
	const [header, ...body] = metas.rows;
	const withNotes: Sheet = {
		...metas,
		rows: [
			[...header, text('notas_borrador')],
			...body.map((row, i) => [...row, cell(draft.metas[i].notas)])
		],
		widths: [...(metas.widths ?? []), 60]
	};
	return {
		sheets: template.sheets.map((s) =>
			s.name === 'metas' ? withNotes : s.name === 'lugares' ? filled('lugares', draft.lugares) : s
		)
	};
}
