/**
 * What can be wrong with a workbook, in the words staff read: every problem names the sheet, the
 * row and the column (as the spreadsheet shows them), the value found, what was expected and,
 * for a near miss, a suggestion. The catalogue below is the list the staff guide explains
 * (docs/guia-edicion.md; a test keeps the two in step).
 */

export type ProblemCode = keyof typeof PROBLEM_CATALOGUE;

export interface Problem {
	code: ProblemCode;
	/** The file, for problems with the file itself (or a CSV file standing for one sheet). */
	file?: string;
	/** The sheet as named in the workbook; null for the file as a whole. */
	sheet: string | null;
	/** The spreadsheet's row number (1 = the first row); null for a whole sheet or column. */
	row: number | null;
	/** The column's header as written in the workbook (or the expected one when it is missing). */
	column: string | null;
	/** The value as the spreadsheet shows it; null when the cell is empty or there is no cell. */
	value: string | null;
	/** What was found when there is no value to show: «celda vacía», «no está en el libro». */
	found?: string;
	/** What was expected, to follow «se esperaba». */
	expected: string;
	/** A full sentence: «¿Quiso decir «Ocaña»?», «Guárdelo como .xlsx». */
	suggestion?: string;
}

/** Something worth knowing that does not stop the import (an ignored column, an inferred value). */
export interface Notice {
	sheet: string | null;
	row?: number | null;
	column?: string | null;
	text: string;
}

/**
 * Every kind of problem, with a title and what to do: the staff guide's error table is checked
 * against this list.
 */
export const PROBLEM_CATALOGUE = {
	'archivo-grande': {
		title: 'Archivo demasiado grande',
		fix: 'El libro de una edición ocupa unos pocos cientos de kilobytes. Quite hojas, imágenes o filas que no sean del informe.'
	},
	'archivo-xls': {
		title: 'Formato .xls antiguo',
		fix: 'Abra el archivo y guárdelo como «Libro de Excel (.xlsx)» o como hoja de cálculo ODF (.ods).'
	},
	'archivo-cifrado': {
		title: 'Archivo con contraseña',
		fix: 'Abra el archivo con su contraseña, quítela (Archivo › Información › Proteger libro, o Guardar como sin contraseña) y guárdelo de nuevo.'
	},
	'archivo-desconocido': {
		title: 'No es una hoja de cálculo',
		fix: 'Use el libro .xlsx u .ods exportado por `npm run data:export` (o su plantilla, `--plantilla`), o archivos .csv, uno por hoja.'
	},
	'archivo-danado': {
		title: 'Archivo dañado o incompleto',
		fix: 'Ábralo en Excel o LibreOffice, compruebe que se ve bien y guárdelo de nuevo.'
	},
	'texto-danado': {
		title: 'Caracteres dañados',
		fix: 'El archivo pasó por una conversión de codificación que perdió las tildes (aparece «�»). Vuelva a exportar el CSV como «CSV UTF-8».'
	},
	'hoja-falta': {
		title: 'Falta una hoja',
		fix: 'El libro necesita la hoja «metas» (y «lugares» si alguna meta tiene alcance municipal). Copie la hoja de la plantilla.'
	},
	'hoja-vacia': {
		title: 'Hoja vacía',
		fix: 'La hoja no tiene encabezados o no tiene ninguna fila de datos.'
	},
	'hoja-repetida': {
		title: 'Hoja repetida',
		fix: 'Dos hojas tienen el mismo nombre (sin contar tildes ni mayúsculas). Deje una.'
	},
	dimensiones: {
		title: 'Hoja demasiado grande',
		fix: 'La hoja dice tener muchas más filas o columnas de las que una edición necesita; borre las filas y columnas vacías del final.'
	},
	'columna-falta': {
		title: 'Falta una columna',
		fix: 'Escriba el encabezado de la columna en la primera fila de la hoja, como en la plantilla.'
	},
	'columna-repetida': {
		title: 'Columna repetida',
		fix: 'Dos columnas tienen el mismo encabezado (sin contar tildes, mayúsculas ni espacios). Deje una.'
	},
	'celdas-combinadas': {
		title: 'Celdas combinadas',
		fix: 'Separe las celdas combinadas (Combinar y centrar › Separar celdas): cada celda lleva su propio valor.'
	},
	'por-revisar': {
		title: 'Punto por revisar',
		fix: 'El borrador dejó una nota en la columna «revisar»: haga lo que dice (corrija o llene la celda que indica) y borre la nota.'
	},
	'celda-vacia': {
		title: 'Celda obligatoria vacía',
		fix: 'Escriba el valor que pide la columna.'
	},
	numero: {
		title: 'No es un número',
		fix: 'Escriba solo el número, como número de la hoja o en formato colombiano: 1158,69 o 1.158,69; 66,7 %.'
	},
	'numero-ambiguo': {
		title: 'Número ambiguo',
		fix: '«1,234» puede leerse como 1,234 o como 1.234. Escríbalo como número de la hoja o sin separador de miles (1234).'
	},
	'numero-ingles': {
		title: 'Número en formato de EE. UU.',
		fix: 'En esta hoja la coma separa los decimales y el punto los miles: 1.158,69.'
	},
	fecha: {
		title: 'Fecha donde va un número',
		fix: 'La celda tiene formato de fecha (Excel convierte «1/5» o «3-4» en fechas). Cambie el formato de la celda a Número y escriba el valor.'
	},
	formula: {
		title: 'Fórmula sin resultado',
		fix: 'El archivo guarda la fórmula pero no su resultado. Ábralo y guárdelo en Excel o LibreOffice, o escriba el valor en lugar de la fórmula.'
	},
	'error-formula': {
		title: 'Error de fórmula',
		fix: 'La fórmula de la celda da un error (#¡DIV/0!, #N/A…). Corríjala o escriba el valor.'
	},
	'fuera-de-rango': {
		title: 'Valor fuera de rango',
		fix: 'Los porcentajes van de 0 a 100; la inversión y los conteos no son negativos; la inversión va en millones de pesos.'
	},
	entero: {
		title: 'Se esperaba un número entero',
		fix: 'Los conteos (metas, beneficiarios, productos) son números enteros, sin decimales.'
	},
	opcion: {
		title: 'Valor no admitido',
		fix: 'La columna solo admite los valores de la lista (ver la hoja «instrucciones»).'
	},
	municipio: {
		title: 'Municipio desconocido',
		fix: 'Escriba el nombre del municipio (oficial o corto, con o sin tildes) o su código DIVIPOLA, como en la hoja «municipios». Un lugar que no es un municipio necesita una decisión en src/data/lugares.yaml.'
	},
	fuente: {
		title: 'Fuente de financiación no reconocida',
		fix: 'Escriba las fuentes de la hoja «fuentes»: «recursos propios», «SGR», «recursos propios 40 % y SGR 60 %», «SGR (principalmente)».'
	},
	participaciones: {
		title: 'Las participaciones no suman 100 %',
		fix: 'Cuando todas las fuentes llevan porcentaje, deben sumar 100 %. Si solo se conoce una parte, escriba el porcentaje solo en esa fuente.'
	},
	campo: {
		title: 'Campo de «edicion» no reconocido o que falta',
		fix: 'La hoja «edicion» tiene una fila por campo (columna «campo») con su valor (columna «valor»); use los nombres de la plantilla.'
	},
	'cita-falta': {
		title: 'Falta la cita textual',
		fix: 'Una edición de origen «informe» cita cada cifra tal como aparece en el informe. Copie la cita, o ponga origen «secretaria» en la hoja «edicion» si las cifras no vienen de un informe con texto.'
	},
	'meta-repetida': {
		title: 'Meta repetida',
		fix: 'Cada meta va en una sola fila de la hoja «metas».'
	},
	'meta-desconocida': {
		title: 'Meta que no está en «metas»',
		fix: 'La fila se refiere a un número de meta que la hoja «metas» no tiene. Corrija el número o añada la meta.'
	},
	'lugar-repetido': {
		title: 'Lugar repetido',
		fix: 'El mismo municipio aparece dos veces para la misma meta con la misma evidencia; deje una fila (las citas van en cita, cita_2, cita_3…).'
	},
	'alcance-sin-lugares': {
		title: 'Alcance municipal sin municipios',
		fix: 'Una meta con alcance «municipal» necesita al menos un municipio con evidencia «localización» en la hoja «lugares».'
	},
	'alcance-con-lugares': {
		title: 'Lugares de LOCALIZACIÓN sin alcance',
		fix: 'Una meta «sin localización» no puede tener municipios con evidencia «localización»; cambie el alcance o la evidencia.'
	},
	incoherente: {
		title: 'Valores que no concuerdan',
		fix: 'Dos celdas de la misma fila se contradicen (por ejemplo, beneficiarios con estado «sin datos»); corrija una.'
	},
	'dato-invalido': {
		title: 'Dato no válido',
		fix: 'El valor no cumple las reglas de los datos del informe (ver src/data/README.md).'
	}
} as const satisfies Record<string, { title: string; fix: string }>;

function where(p: Problem): string {
	const parts = [
		p.sheet !== null ? `Hoja «${p.sheet}»` : `Archivo${p.file ? ` «${p.file}»` : ''}`,
		p.row !== null ? `fila ${p.row}` : null,
		p.column !== null ? `columna «${p.column}»` : null
	];
	if (p.sheet !== null && p.file && p.file !== p.sheet) parts.unshift(`Archivo «${p.file}»`);
	return parts.filter(Boolean).join(', ');
}

/**
 * «Hoja «metas», fila 7, columna «inversion_millones»: valor «1.158,69 mill»; se esperaba un
 * número en millones de pesos (p. ej. 1158,69)».
 */
export function formatProblem(p: Problem): string {
	const found = p.value !== null ? `valor «${p.value}»` : (p.found ?? 'celda vacía');
	const expected = p.suggestion ? p.expected.replace(/\.$/, '') : p.expected;
	return `${where(p)}: ${found}; se esperaba ${expected}${p.suggestion ? `. ${p.suggestion}` : ''}`;
}

export function formatNotice(n: Notice): string {
	const at = [
		n.sheet !== null ? `Hoja «${n.sheet}»` : 'Libro',
		n.row != null ? `fila ${n.row}` : null,
		n.column != null ? `columna «${n.column}»` : null
	];
	return `${at.filter(Boolean).join(', ')}: ${n.text}`;
}
