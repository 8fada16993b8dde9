/** Every Spanish text of the import page that is not a message of the workbook or draft readers. */
import type { FigureStatus, NotStatedReason } from '../draft/schema.ts';
import { formatMegabytes as mb } from '../text/index.ts';

export const IMPORT_TEXT = {
	title: 'Importar un libro o un informe',
	lead: 'Compruebe el libro de una edición y vea cómo quedarían el mapa y las figuras con esos datos, o convierta el documento del informe en un borrador del libro. Todo ocurre en su navegador: el archivo no se envía a ningún servidor.',
	noScript:
		'Esta página necesita JavaScript: lee el archivo en su navegador. Actívelo, o use los comandos npm run data:import y npm run informe:borrador (ver la guía).',
	inputLabel: 'Elegir un libro (.xlsx, .ods o .csv) o un informe (.docx o .txt)',
	inputHint:
		'También puede arrastrar el archivo hasta este recuadro. Un libro en .csv son varios archivos, uno por hoja: elíjalos todos a la vez.',
	dropHere: 'Suelte el archivo aquí',
	dropLabel: 'Archivo que se comprueba (también se puede arrastrar aquí)',
	reading: (name: string) => `Leyendo «${name}»…`,
	templateButton: 'Descargar la plantilla del libro (.xlsx)',
	templateName: 'plantilla-edicion.xlsx',
	guideLink: 'Guía para llenar el libro (en el repositorio: docs/guia-edicion.md)',
	noFile: 'No se eligió ningún archivo.',
	unknownType: (name: string) => `«${name}» no es un libro (.xlsx, .ods, .csv) ni un informe (.docx, .txt).`,
	mixed: 'Elija un libro o un informe, no los dos a la vez.',
	tooMany:
		'Elija un solo libro (.xlsx u .ods) o un solo informe; solo un libro en .csv son varios archivos (uno por hoja).',
	tooLarge: (name: string, size: number, limit: number) =>
		`«${name}» ocupa ${mb(size)}; se aceptan archivos de hasta ${mb(limit)}.`,
	documentTooLarge: (name: string) =>
		`«${name}» es demasiado grande para un informe en la plantilla (máximo 60 MB).`,
	documentPdf: (name: string) =>
		`«${name}» es un PDF: extraiga primero su texto (por ejemplo con «pdftotext -layout») o use el documento de Word (.docx).`,
	documentNotText: (name: string) =>
		`«${name}» no es texto UTF-8 ni un documento de Word (.docx): guárdelo como .docx o como texto UTF-8.`,
	buildExpected: 'datos que el sitio pueda publicar',
	failed: (message: string) => `No se pudo leer el archivo: ${message}`,
	viewFailed:
		'Se leyó el archivo, pero no se pudo cargar la página que muestra el resultado (¿se cortó la conexión?). Elíjalo de nuevo para reintentar.',

	problemsHeading: (n: number) => (n === 1 ? 'El libro tiene 1 problema' : `El libro tiene ${n} problemas`),
	problemsLead:
		'No se muestra la vista previa hasta corregirlos. Las filas son las que muestra la hoja de cálculo (la fila 1 es la de los encabezados).',
	whatToDo: 'Qué hacer',
	noticesHeading: 'Avisos (no impiden importar)',
	wholeFile: (file: string | undefined) => (file ? `Archivo «${file}»` : 'El libro'),
	sheet: (name: string) => `Hoja «${name}»`,

	previewBanner: 'Vista previa local: estos datos están solo en su navegador; no se publicaron.',
	previewFrom: (file: string) => `Datos de «${file}».`,
	previewSummary: (metas: number, places: number) =>
		`${metas} ${metas === 1 ? 'meta' : 'metas'} y ${places} ${places === 1 ? 'lugar' : 'lugares'} de intervención.`,
	previewPublish:
		'Para publicarlos, importe el libro con npm run data:import, construya el sitio y copie build/ (ver la guía).',
	exploreHeading: 'Mapa del explorador con estos datos',
	metaHeading: 'LOCALIZACIÓN ¿Dónde se intervino?, por meta',
	metaPick: 'Meta',
	figureSubtitle: 'Vista previa local, datos no publicados',
	figureNote: (file: string) => `VISTA PREVIA LOCAL con los datos de «${file}»: no publicados.`,
	leaveConfirm:
		'Si sale de esta página se pierde la vista previa (los datos están solo en esta página). ¿Salir?',

	draftHeading: (file: string) => `Borrador a partir de «${file}»`,
	draftLead:
		'Lo que el programa leyó del informe, con la cita de donde salió cada cifra. Revíselo: una cifra «por revisar» queda vacía en el libro y se explica en su columna «revisar»; el libro no se importa mientras quede una nota allí.',
	draftSummary: (metas: number, review: number) =>
		`${metas} ${metas === 1 ? 'meta' : 'metas'}, ${review} ${review === 1 ? 'punto' : 'puntos'} por revisar.`,
	draftButton: 'Descargar el borrador como libro (.xlsx)',
	draftName: (file: string) => `borrador-${file.replace(/\.[^.]+$/, '')}.xlsx`,
	draftProblemsHeading: 'Puntos por revisar en todo el documento',
	draftPlaces: 'Lugares',
	draftNoPlaces: 'Ningún municipio nombrado.',
	draftField: 'Dato',
	draftValue: 'Valor leído',
	draftStatus: 'Estado',
	draftQuote: 'Cita del informe',
	downloaded: (name: string) => `Descargado: ${name}.`
} as const;

export const STATUS_LABELS: Record<FigureStatus, string> = {
	found: 'Encontrado',
	'not-stated': 'No consta',
	'needs-review': 'Por revisar'
};

export const REASON_LABELS: Record<NotStatedReason, string> = {
	plantilla: 'quedó el texto de la plantilla',
	'sin-datos': 'el informe dice «sin datos»',
	'no-aplica': 'el informe dice «no aplica»',
	vacio: 'la sección está vacía',
	ausente: 'el informe no tiene esa parte'
};

/** The draft's figures, in the order of the workbook's columns. */
export const DRAFT_FIELD_LABELS = {
	title: 'Título',
	done: 'Qué se hizo',
	compliancePct: 'Cumplimiento frente a lo programado (%)',
	progressPct: 'Avance frente al cuatrienio (%)',
	investmentMillionCop: 'Inversión (millones de pesos)',
	funding: 'Fuente de los recursos',
	count: 'Beneficiarios',
	unit: 'Unidad de los beneficiarios',
	scope: 'Alcance'
} as const;

export const SCOPE_LABELS = {
	municipal: 'municipal',
	departmental: 'departamental',
	unspecified: 'sin localización'
} as const;

export const EVIDENCE_LABELS = { localizacion: 'LOCALIZACIÓN', text: 'resto del texto' } as const;
