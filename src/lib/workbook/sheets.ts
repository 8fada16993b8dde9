/**
 * The sheets and columns of an edition's workbook: names, what each holds, examples. One list
 * serves the export (headers), the import (header matching), the «instrucciones» sheet and the
 * staff guide (docs/guia-edicion.md, checked against it by a test).
 */
import { fold } from '../text/index.ts';

/** «Inversión (millones)», «inversion_millones», «INVERSION MILLONES» -> «inversionmillones». */
export function headerKey(s: string): string {
	return fold(s)
		.replace(/%/g, ' pct ')
		.replace(/[^a-z0-9]+/g, '');
}

export interface ColumnSpec {
	/** The header the export writes; headers are matched ignoring accents, case, spaces and «_». */
	key: string;
	/** Other headers accepted for the column («Inversión (millones)»). */
	aliases?: string[];
	/** A required column must have a header; its cells may still be optional (see `help`). */
	required?: boolean;
	/**
	 * A list with one item per column: `cita`, `cita_2`, `cita_3`… (headers `cita 2`, `Cita (2)`
	 * too). One item per cell survives every program; line breaks inside a cell do not
	 * (LibreOffice drops them when it saves an .ods as .xlsx).
	 */
	repeats?: boolean;
	help: string;
	example?: string;
}

export interface SheetSpec {
	name: string;
	aliases?: string[];
	/** Read on import; `reference` sheets (instrucciones, municipios) are written only. */
	role: 'required' | 'optional' | 'reference';
	help: string;
	columns: ColumnSpec[];
}

const META: ColumnSpec = {
	key: 'meta',
	aliases: ['numero', 'numero meta', 'meta numero', 'no meta', 'n meta'],
	required: true,
	help: 'Número de la meta del Plan de Desarrollo (entero).',
	example: '6'
};

/** A draft's review note on its row (informe:borrador --xlsx); the import refuses a row that still has one. */
const REVISAR: ColumnSpec = {
	key: 'revisar',
	help: 'Solo en un borrador (informe:borrador --xlsx): lo que queda por revisar en la fila. Resuélvalo y borre la nota: el libro no se importa mientras quede alguna.'
};

export const SHEETS = [
	{
		name: 'instrucciones',
		role: 'reference',
		help: 'Cómo llenar el libro. Se ignora al importar.',
		columns: []
	},
	{
		name: 'edicion',
		aliases: ['edición', 'informe'],
		role: 'optional',
		help: 'Identificación del informe: una fila por campo, con su valor. Sin esta hoja se toman los datos de la edición anterior y la edición se marca como capturada por la Secretaría.',
		columns: [
			{ key: 'campo', required: true, help: 'Nombre del campo (ver la lista de campos).' },
			{ key: 'valor', required: true, help: 'Valor del campo.' },
			{ key: 'descripcion', help: 'Qué es el campo (solo informativo; se ignora al importar).' }
		]
	},
	{
		name: 'fuentes',
		aliases: ['fuentes de financiacion'],
		role: 'optional',
		help: 'Fuentes de financiación que pueden nombrar las metas. Sin esta hoja se usan las de la edición anterior.',
		columns: [
			{
				key: 'id',
				help: 'Identificador corto, en minúsculas (si falta, se forma con el nombre corto).',
				example: 'sgr'
			},
			{
				key: 'nombre',
				required: true,
				help: 'Nombre completo.',
				example: 'Sistema General de Regalías (SGR)'
			},
			{
				key: 'nombre_corto',
				required: true,
				help: 'Nombre corto, para frases y figuras.',
				example: 'SGR'
			}
		]
	},
	{
		name: 'metas',
		role: 'required',
		help: 'Una fila por meta, con sus cifras tal como las reporta el informe.',
		columns: [
			META,
			{
				key: 'titulo',
				aliases: ['titulo meta', 'nombre meta', 'nombre'],
				required: true,
				help: 'Título de la meta.',
				example: 'Rondas de negociaciones organizadas y/o asistidas'
			},
			{
				key: 'que_se_hizo',
				aliases: ['que se hizo', 'producto', 'cumplimiento avance'],
				required: true,
				help: '¿Qué se hizo? (el producto, en una frase).',
				example: '3 clústeres asistidos: Construcción, TIC, Moda Norte'
			},
			{
				key: 'producto_cantidad',
				help: 'Cuántos productos (número) si el «qué se hizo» los cuenta; va con producto_unidad.',
				example: '3'
			},
			{ key: 'producto_unidad', help: 'Unidad del producto.', example: 'clústeres asistidos' },
			{
				key: 'cumplimiento_pct',
				aliases: ['cumplimiento', 'porcentaje cumplimiento', 'cumplimiento periodo'],
				required: true,
				help: '% de cumplimiento frente a lo programado en el periodo (0 a 100).',
				example: '100'
			},
			{ key: 'cita_cumplimiento', help: 'Cita textual del cumplimiento.' },
			{
				key: 'avance_cuatrienio_pct',
				aliases: ['avance cuatrienio', 'avance', 'porcentaje avance', 'avance pct'],
				required: true,
				help: '% de avance frente al cuatrienio (0 a 100).',
				example: '66,7'
			},
			{ key: 'cita_avance', help: 'Cita textual del avance.' },
			{
				key: 'inversion_millones',
				aliases: ['inversion', 'inversion millones de pesos', 'inversion en millones'],
				required: true,
				help: 'Inversión en millones de pesos.',
				example: '1.158,69'
			},
			{ key: 'cita_inversion', help: 'Cita textual de la inversión.' },
			{
				key: 'fuente',
				aliases: ['fuente financiacion', 'fuentes', 'fuente de financiacion'],
				help: 'Fuente(s) de la inversión, con su porcentaje si se conoce; vacía si el informe no la dice.',
				example: 'recursos propios 40 % y SGR 60 %'
			},
			{ key: 'cita_fuente', help: 'Cita textual de la fuente.' },
			{
				key: 'beneficiarios',
				aliases: ['numero beneficiarios', 'beneficiarios numero'],
				required: true,
				help: 'Número de beneficiarios; vacío si el informe no da la cifra (diga por qué en beneficiarios_estado).',
				example: '442'
			},
			{
				key: 'unidad_beneficiarios',
				help: 'Quiénes son, como lo dice el informe (obligatoria si hay número).',
				example: 'ciudadanos'
			},
			{
				key: 'clase_beneficiarios',
				help: '«personas» u «organizaciones» (no se suman entre sí). Si falta: organizaciones cuando la unidad empieza por organización, asociación, cooperativa, empresa, entidad o unidad; si no, personas.',
				example: 'personas'
			},
			{
				key: 'beneficiarios_estado',
				help: 'Cuando no hay número: «sin datos», «no aplica» o «sin diligenciar» (el informe dejó el texto de la plantilla).',
				example: 'sin datos'
			},
			{ key: 'cita_beneficiarios', help: 'Cita textual de los beneficiarios.' },
			{
				key: 'aliados',
				aliases: ['con quien', 'socios'],
				help: '¿Con quién se ejecutó? Los nombres separados por «;».',
				example: 'PROCOLOMBIA; ACICAM'
			},
			{
				key: 'aliados_estado',
				help: '«declarado», «sin diligenciar» (texto de la plantilla) o «sin datos» (no se capturó).'
			},
			{
				key: 'cita_aliados',
				repeats: true,
				help: 'Cita textual de los aliados; si hay más, en cita_aliados_2, cita_aliados_3…'
			},
			{
				key: 'periodo',
				aliases: ['cuando'],
				help: '¿Cuándo se ejecutó?, en pocas palabras.',
				example: 'de marzo a noviembre'
			},
			{ key: 'periodo_estado', help: '«declarado», «sin diligenciar» o «sin datos».' },
			{ key: 'cita_periodo', help: 'Cita textual del periodo.' },
			{
				key: 'alcance',
				aliases: ['localizacion', 'alcance localizacion'],
				required: true,
				help: '«municipal» (LOCALIZACIÓN nombra municipios: van en la hoja «lugares»), «departamental» o «sin localización».',
				example: 'municipal'
			},
			{
				key: 'localizacion_estado',
				help: '«con contenido», «vacía» o «sin diligenciar». Si falta: con contenido para municipal y departamental, vacía para sin localización.'
			},
			{ key: 'cita_localizacion', help: 'Texto de la sección LOCALIZACIÓN ¿Dónde se intervino?' },
			REVISAR
		]
	},
	{
		name: 'lugares',
		aliases: ['municipios intervenidos', 'localizacion'],
		role: 'optional',
		help: 'Una fila por lugar de intervención de cada meta.',
		columns: [
			META,
			{
				key: 'municipio',
				aliases: ['lugar', 'nombre', 'divipola', 'codigo'],
				required: true,
				help: 'El municipio como está escrito (nombre oficial o corto, con o sin tildes) o su código DIVIPOLA.',
				example: 'Cúcuta'
			},
			{
				key: 'evidencia',
				help: '«localización» (nombrado en LOCALIZACIÓN ¿Dónde se intervino?) o «texto» (solo en el resto del texto o en los pies de foto). Si falta: localización.',
				example: 'localización'
			},
			{
				key: 'cita',
				aliases: ['citas'],
				repeats: true,
				help: 'Dónde lo dice el informe; si hay más citas, en cita_2, cita_3… Para «localización», si falta, vale la cita de LOCALIZACIÓN.'
			},
			REVISAR
		]
	},
	{
		name: 'grupos',
		aliases: ['grupos poblacionales'],
		role: 'optional',
		help: 'Grupos poblacionales de los beneficiarios de una meta: una fila por grupo, con cantidad o porcentaje.',
		columns: [
			META,
			{ key: 'grupo', required: true, help: 'El grupo.', example: 'Jóvenes entre 18 y 28 años' },
			{ key: 'cantidad', help: 'Cuántos (entero).', example: '105' },
			{ key: 'porcentaje', help: 'O qué porcentaje (0 a 100).', example: '6' },
			{ key: 'cita', help: 'Cita textual.' }
		]
	},
	{
		name: 'exclusiones',
		role: 'optional',
		help: 'Nombres de municipio que aparecen en una meta sin ser lugar de intervención (una organización, un evento…).',
		columns: [
			META,
			{
				key: 'texto',
				required: true,
				help: 'El nombre como aparece.',
				example: 'Cámara de Comercio de Cúcuta'
			},
			{
				key: 'motivo',
				required: true,
				help: 'organización, evento, establecimiento, mercado, origen de participantes, región, palabra común, barrio sin municipio o descripción de imagen.',
				example: 'organización'
			},
			{ key: 'cita', help: 'Cita textual.' },
			{ key: 'por_que', aliases: ['porque', 'razon'], help: 'Explicación, si hace falta.' }
		]
	},
	{
		name: 'notas',
		role: 'optional',
		help: 'Notas sobre el texto del informe: incoherencias, erratas, restos de plantilla y criterios aplicados. Sin número de meta, la nota es del informe entero.',
		columns: [
			{ ...META, required: false, help: 'Número de la meta, o vacío para una nota del informe entero.' },
			{
				key: 'tipo',
				required: true,
				help: 'inconsistencia, errata, plantilla o criterio.',
				example: 'inconsistencia'
			},
			{ key: 'texto', required: true, help: 'La nota (al menos 10 caracteres).' },
			{
				key: 'otras_metas',
				aliases: ['metas relacionadas'],
				help: 'Otras metas de las que trata la nota (una incoherencia entre metas), separadas por comas: la nota se muestra también en sus páginas.',
				example: '5, 6'
			},
			{
				key: 'cita',
				aliases: ['citas'],
				repeats: true,
				help: 'Las palabras del informe en que se apoya la nota; si hay más, en cita_2, cita_3…'
			}
		]
	},
	{
		name: 'totales',
		aliases: ['totales narrativos'],
		role: 'optional',
		help: 'Totales de la introducción del informe («más de 700 empresarios… inversión superior a $2.181 millones»).',
		columns: [
			{ key: 'id', help: 'Identificador (si falta, se forma con el tema).', example: 'internacionalizacion' },
			{ key: 'tema', required: true, help: 'El tema del párrafo.' },
			{ key: 'cita_tema', help: 'Cita textual del tema.' },
			{ key: 'inversion_millones', required: true, help: 'Inversión en millones de pesos.' },
			{
				key: 'inversion_es_minimo',
				help: '«sí» si el informe dice «más de» o «superior a».',
				example: 'sí'
			},
			{ key: 'cita_inversion', help: 'Cita textual.' },
			{ key: 'beneficiarios', required: true, help: 'Número de beneficiarios.' },
			{ key: 'unidad_beneficiarios', required: true, help: 'Quiénes.' },
			{ key: 'beneficiarios_es_minimo', help: '«sí» si el informe dice «más de».' },
			{ key: 'cita_beneficiarios', help: 'Cita textual.' },
			{
				key: 'metas',
				required: true,
				help: 'Las metas que el párrafo resume, según nuestra lectura (números separados por comas).',
				example: '1, 2, 3, 4, 5'
			},
			{ key: 'criterio', required: true, help: 'Por qué esas metas.' }
		]
	},
	{
		name: 'indicadores',
		aliases: ['tabla 1', 'indicadores de resultado'],
		role: 'optional',
		help: 'Tabla 1. Indicadores de resultado: línea base, avance y meta (los años van en la hoja «edicion»).',
		columns: [
			{ key: 'id', help: 'Identificador (si falta, se forma con el nombre).' },
			{ key: 'nombre', required: true, help: 'El indicador.' },
			{ key: 'unidad', required: true, help: 'posición, porcentaje o créditos.', example: 'posición' },
			{
				key: 'mejor',
				required: true,
				help: '«menor» si un valor más bajo es mejor (una posición), «mayor» si no.',
				example: 'menor'
			},
			{ key: 'linea_base', required: true, help: 'Valor de la línea base.' },
			{ key: 'avance', required: true, help: 'Valor del avance.' },
			{ key: 'valor_meta', required: true, help: 'Valor de la meta del cuatrienio.' },
			{ key: 'notas_al_pie', help: 'Marcas de nota al pie, separadas por espacios («*», «**»).' },
			{ key: 'cita', help: 'Cita textual de la fila de la tabla.' }
		]
	},
	{
		name: 'notas_al_pie',
		aliases: ['notas al pie tabla 1'],
		role: 'optional',
		help: 'Notas al pie de la Tabla 1.',
		columns: [
			{ key: 'marca', required: true, help: 'La marca («*»).' },
			{ key: 'texto', required: true, help: 'El texto de la nota, tal como lo trae el informe.' }
		]
	},
	{
		name: 'municipios',
		role: 'reference',
		help: 'Los municipios del departamento con su código DIVIPOLA, para consulta. Se ignora al importar.',
		columns: [
			{ key: 'divipola', help: 'Código DANE DIVIPOLA.' },
			{ key: 'nombre_oficial', help: 'Nombre oficial.' },
			{ key: 'nombre_corto', help: 'Nombre de uso corriente.' },
			{ key: 'subregion', help: 'Subregión del departamento.' }
		]
	}
] as const satisfies readonly SheetSpec[];

export type SheetName = (typeof SHEETS)[number]['name'];

/** The sheet a workbook's sheet name stands for («Metas», «LUGARES», «Edición»), if any. */
export function specOfSheet(name: string): SheetSpec | undefined {
	const key = headerKey(name);
	return (SHEETS as readonly SheetSpec[]).find(
		(s) => headerKey(s.name) === key || (s.aliases ?? []).some((a) => headerKey(a) === key)
	);
}

export function sheetSpec(name: SheetName): SheetSpec {
	const s = SHEETS.find((x) => x.name === name);
	if (!s) throw new Error(`hoja desconocida ${name}`);
	return s;
}

/** The rows of the «edicion» sheet: campo, what it is, example. */
export const EDITION_FIELDS = [
	// Examples of another edition (the plan's final report), so the template never passes one
	// edition's identity off as every edition's; the «edicion» sheet carries the exported one.
	{ key: 'entidad', help: 'La entidad que rinde cuentas, como la nombra el informe («Secretaría de …»).' },
	{ key: 'gobierno', help: 'El gobierno al que pertenece («Gobernación de …»).' },
	{ key: 'titulo', help: 'Título completo del informe.' },
	{ key: 'titulo_corto', help: 'Título corto, para encabezados.' },
	{ key: 'periodo', help: 'El periodo como lo dice el informe.', example: '2024 a 2027' },
	{ key: 'periodo_etiqueta', help: 'El periodo en forma compacta, para títulos.', example: '2024-2027' },
	{
		key: 'periodo_anios',
		help: 'Los años del periodo, separados por comas.',
		example: '2024, 2025, 2026, 2027'
	},
	{ key: 'plan', help: 'El Plan de Desarrollo.' },
	{ key: 'fecha_publicacion', help: 'AAAA-MM o AAAA-MM-DD: ordena las ediciones.', example: '2027-11' },
	{ key: 'fecha_publicacion_texto', help: 'La fecha como la dice el informe.', example: 'Noviembre de 2027' },
	{ key: 'linea_fuente', help: 'La línea de fuente que llevan todas las figuras y tablas.' },
	{
		key: 'anio_poblacion',
		help: 'Año de la proyección de población del DANE para las cifras por 1.000 habitantes.',
		example: '2025'
	},
	{
		key: 'origen',
		help: '«informe» (cada cifra citada del texto del informe) o «secretaria» (cifras capturadas por la Secretaría, sin citas obligatorias). Si falta: secretaria.',
		example: 'informe'
	},
	{
		key: 'texto_informe',
		help: 'Ruta del texto del informe dentro de la carpeta de la edición (solo origen informe).',
		example: 'fuente/informe.txt'
	},
	{
		key: 'citas',
		help: 'Citas textuales que identifican el informe (origen informe): una fila «citas» por cita.'
	},
	{ key: 'anio_linea_base', help: 'Año de la columna «línea base» de la Tabla 1.', example: '2023' },
	{ key: 'anio_avance', help: 'Año de la columna «avance».', example: '2025' },
	{ key: 'anio_meta', help: 'Año de la columna «meta».', example: '2027' }
] as const;
export type EditionField = (typeof EDITION_FIELDS)[number]['key'];
