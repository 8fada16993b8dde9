/**
 * Every kind of bad workbook staff may send, as the bytes of a real file, with (part of) the
 * Spanish message it must get. Used by the data:import tests and checked against the examples of
 * the staff guide (docs/guia-edicion.md).
 */
import type { Cell, WorkbookModel } from '../../src/lib/workbook/index.ts';
import { writeWorkbookBytes } from '../../src/lib/workbook/sheetjs.ts';
import { encryptedOoxml, hugeDimensions, jpeg, legacyXls, zipBomb } from './files.ts';
import { minimalWorkbook, n, sheet, str, withCell, withRow } from './fixtures.ts';

export const xlsx = (model: WorkbookModel) => writeWorkbookBytes(model, 'xlsx');
export const base = minimalWorkbook;
const rename = (model: WorkbookModel, from: string, to: string): WorkbookModel => ({
	sheets: model.sheets.map((s) => (s.name === from ? { ...s, name: to } : s))
});
const renameHeader = (model: WorkbookModel, sheetName: string, from: string, to: string): WorkbookModel =>
	withCell(model, sheetName, 1, from, str(to));
const metaCell = (column: string, cell: Cell, row = 2) => xlsx(withCell(base(), 'metas', row, column, cell));

export const BAD: {
	kind: string;
	name: string;
	bytes: () => Uint8Array | string;
	message: string | RegExp;
}[] = [
	{
		kind: 'a misspelt required header',
		name: 'encabezado.xlsx',
		bytes: () => xlsx(renameHeader(base(), 'metas', 'inversion_millones', 'inversion_milones')),
		message:
			'Hoja «metas», fila 1, columna «inversion_millones»: no hay una columna con ese encabezado; se esperaba una columna «inversion_millones»: Inversión en millones de pesos. ¿Es la columna «inversion_milones»? Cámbiele el encabezado a «inversion_millones»'
	},
	{
		kind: 'text in a number',
		name: 'texto.xlsx',
		bytes: () => metaCell('inversion_millones', str('1.158,69 mill')),
		message:
			'Hoja «metas», fila 2, columna «inversion_millones»: valor «1.158,69 mill»; se esperaba un número en millones de pesos (p. ej. 1158,69)'
	},
	{
		kind: 'an unknown municipality',
		name: 'municipio.xlsx',
		bytes: () => xlsx(withCell(base(), 'lugares', 3, 'municipio', str('Ocanna'))),
		message:
			/^Hoja «lugares», fila 3, columna «municipio»: valor «Ocanna»; se esperaba un municipio de Norte de Santander .*¿Quiso decir «Ocaña»\?$/
	},
	{
		kind: 'an unknown DIVIPOLA code',
		name: 'codigo.xlsx',
		bytes: () => xlsx(withCell(base(), 'lugares', 4, 'municipio', str('54999'))),
		message:
			'Hoja «lugares», fila 4, columna «municipio»: valor «54999»; se esperaba un código DIVIPOLA de un municipio de Norte de Santander (ver la hoja «municipios»)'
	},
	{
		kind: 'a repeated meta',
		name: 'repetida.xlsx',
		bytes: () =>
			xlsx(
				withRow(base(), 'metas', [
					1,
					'Otra vez la meta 1',
					'algo',
					50,
					50,
					10,
					null,
					5,
					'empresas',
					null,
					'departamental'
				])
			),
		message:
			'Hoja «metas», fila 5, columna «meta»: valor «1»; se esperaba cada meta en una sola fila (la meta 1 ya está en la fila 2)'
	},
	{
		kind: 'shares not adding to 100',
		name: 'participaciones.xlsx',
		bytes: () => metaCell('fuente', str('recursos propios 40 % y SGR 50 %')),
		message:
			'Hoja «metas», fila 2, columna «fuente»: valor «recursos propios 40 % y SGR 50 %»; se esperaba participaciones que sumen 100 % (suman 90 %). Si solo se conoce el porcentaje de una fuente, escríbalo solo en esa'
	},
	{
		kind: 'an unknown funding source',
		name: 'fuente.xlsx',
		bytes: () => metaCell('fuente', str('SGP')),
		message: /columna «fuente»: valor «SGP»; se esperaba las fuentes de la edición .*¿quiso decir «SGR»\?$/
	},
	{
		kind: 'an empty required cell',
		name: 'vacia.xlsx',
		bytes: () => metaCell('titulo', null, 3),
		message: 'Hoja «metas», fila 3, columna «titulo»: celda vacía; se esperaba el título de la meta'
	},
	{
		kind: 'beneficiaries with neither a number nor a status',
		name: 'beneficiarios.xlsx',
		bytes: () => metaCell('beneficiarios_estado', null, 3),
		message:
			/^Hoja «metas», fila 3, columna «beneficiarios»: celda vacía; se esperaba el número de beneficiarios o, si el informe no lo da, «sin datos»/
	},
	{
		kind: 'a legacy .xls file',
		name: 'antiguo.xls',
		bytes: () => legacyXls(base()),
		message:
			'Archivo «antiguo.xls»: es un libro de Excel en el formato antiguo .xls (97-2003); se esperaba un libro .xlsx u .ods, o archivos .csv (uno por hoja). Ábralo y guárdelo como «Libro de Excel (.xlsx)»'
	},
	{
		kind: 'a password-protected workbook',
		name: 'clave.xlsx',
		bytes: encryptedOoxml,
		message:
			'Archivo «clave.xlsx»: el libro está protegido con contraseña; se esperaba un libro sin contraseña. Ábralo, quite la contraseña y guárdelo de nuevo como .xlsx'
	},
	{
		kind: 'a huge file',
		name: 'enorme.xlsx',
		bytes: () => new Uint8Array(11 * 1024 * 1024),
		message: 'Archivo «enorme.xlsx»: el archivo ocupa 11 MB; se esperaba un archivo de hasta 10 MB'
	},
	{
		kind: 'a zip bomb',
		name: 'bomba.xlsx',
		bytes: zipBomb,
		message:
			'Archivo «bomba.xlsx»: descomprimido ocuparía 120 MB; se esperaba un libro que descomprimido ocupe hasta 100 MB. Quite imágenes, hojas o filas que no sean del informe'
	},
	{
		kind: 'a sheet declaring a million rows',
		name: 'dimensiones.xlsx',
		bytes: () => hugeDimensions(base()),
		message:
			/^Archivo «dimensiones\.xlsx», Hoja «metas»: valor «A1:XFD1048576»; se esperaba una hoja de hasta 5000 filas y 200 columnas \(esta dice llegar hasta la fila 1048576 y la columna XFD\)/
	},
	{
		kind: 'not a workbook at all',
		name: 'foto.xlsx',
		bytes: jpeg,
		message:
			'Archivo «foto.xlsx»: no es una hoja de cálculo ni un texto; se esperaba un libro .xlsx u .ods, o archivos .csv (uno por hoja)'
	},
	{
		kind: 'a formula without its computed value',
		name: 'formula.xlsx',
		bytes: () => metaCell('inversion_millones', { t: 'f', f: 'A2*2' }),
		message:
			'Hoja «metas», fila 2, columna «inversion_millones»: valor «=A2*2»; se esperaba un valor. La fórmula «=A2*2» no tiene resultado guardado: abra y guarde el archivo en Excel o LibreOffice, o escriba el valor'
	},
	{
		kind: 'a formula error',
		name: 'error.xlsx',
		bytes: () => metaCell('cumplimiento_pct', { t: 'e', v: '#DIV/0!' }),
		message:
			'Hoja «metas», fila 2, columna «cumplimiento_pct»: valor «#DIV/0!»; se esperaba un valor, no un error de fórmula'
	},
	{
		kind: 'a date where a number is expected',
		name: 'fecha.xlsx',
		bytes: () => metaCell('avance_cuatrienio_pct', { t: 'd', v: '2024-03-05' }),
		message:
			'Hoja «metas», fila 2, columna «avance_cuatrienio_pct»: valor «2024-03-05»; se esperaba un porcentaje de 0 a 100 (p. ej. 66,7). La celda tiene formato de fecha: cámbielo a Número y escriba el valor'
	},
	{
		kind: 'merged header cells',
		name: 'combinadas.xlsx',
		bytes: () =>
			xlsx({ sheets: base().sheets.map((s) => (s.name === 'metas' ? { ...s, merges: ['A1:B1'] } : s)) }),
		message:
			'Hoja «metas», fila 1: valor «A1:B1»; se esperaba una celda por valor y un encabezado por columna. Separe las celdas combinadas A1:B1'
	},
	{
		kind: 'an empty «metas» sheet',
		name: 'hoja-vacia.xlsx',
		bytes: () => xlsx({ sheets: [{ name: 'metas', rows: [] }, base().sheets[1]] }),
		message:
			/^Hoja «metas»: la hoja está vacía; se esperaba en la primera fila los encabezados «meta», «titulo»/
	},
	{
		kind: 'no «metas» sheet',
		name: 'sin-metas.xlsx',
		bytes: () => xlsx(rename(base(), 'metas', 'Metas 2026')),
		message:
			'Hoja «metas»: no está en el libro (hojas: «Metas 2026», «lugares»); se esperaba una hoja «metas» con una fila por meta. ¿Es la hoja «Metas 2026»? Cámbiele el nombre a «metas»'
	},
	{
		kind: 'a place for a meta that is not in «metas»',
		name: 'meta-desconocida.xlsx',
		bytes: () => xlsx(withRow(base(), 'lugares', [7, 'Tibú', 'localización', null])),
		message:
			'Hoja «lugares», fila 6, columna «meta»: valor «7»; se esperaba el número de una meta de la hoja «metas» (1, 2, 3)'
	},
	{
		kind: 'a place repeated',
		name: 'lugar-repetido.xlsx',
		bytes: () => xlsx(withRow(base(), 'lugares', [1, 'San José de Cúcuta', 'localización', null])),
		message:
			'Hoja «lugares», fila 6, columna «municipio»: valor «San José de Cúcuta»; se esperaba cada lugar una vez por meta y evidencia (la fila 2 ya pone este lugar en la meta 1 con evidencia «localización»). Ponga sus citas en una sola fila (cita, cita_2…)'
	},
	{
		kind: 'an invalid «alcance»',
		name: 'alcance.xlsx',
		bytes: () => metaCell('alcance', str('regional')),
		message:
			'Hoja «metas», fila 2, columna «alcance»: valor «regional»; se esperaba uno de: «municipal», «departamental», «sin localización»'
	},
	{
		kind: 'a near-miss «alcance»',
		name: 'alcance-casi.xlsx',
		bytes: () => metaCell('alcance', str('departamentl')),
		message:
			'Hoja «metas», fila 2, columna «alcance»: valor «departamentl»; se esperaba uno de: «municipal», «departamental», «sin localización». ¿Quiso decir «departamental»?'
	},
	{
		kind: 'an invalid «evidencia»',
		name: 'evidencia.xlsx',
		bytes: () => xlsx(withCell(base(), 'lugares', 2, 'evidencia', str('mapa'))),
		message:
			'Hoja «lugares», fila 2, columna «evidencia»: valor «mapa»; se esperaba uno de: «localización», «texto»'
	},
	{
		kind: 'a percentage over 100',
		name: 'porcentaje.xlsx',
		bytes: () => metaCell('cumplimiento_pct', n(120)),
		message:
			'Hoja «metas», fila 2, columna «cumplimiento_pct»: valor «120»; se esperaba un porcentaje de 0 a 100, no mayor que 100'
	},
	{
		kind: 'a negative investment',
		name: 'negativa.xlsx',
		bytes: () => metaCell('inversion_millones', n(-5)),
		message:
			'Hoja «metas», fila 2, columna «inversion_millones»: valor «-5»; se esperaba un número en millones de pesos, no menor que 0'
	},
	{
		kind: 'an investment in pesos, not millions',
		name: 'pesos.xlsx',
		bytes: () => metaCell('inversion_millones', str('$ 1.158.690.000')),
		message:
			/se esperaba un número en millones de pesos \(p\. ej\. 1158,69\)\. ¿Está en pesos\? 1\.158\.690\.000 pesos son 1\.158,69 millones$/
	},
	{
		kind: 'an ambiguous «1,234»',
		name: 'ambiguo.xlsx',
		bytes: () => metaCell('inversion_millones', str('1,234')),
		message:
			'Hoja «metas», fila 2, columna «inversion_millones»: valor «1,234»; se esperaba un número en millones de pesos (p. ej. 1158,69). «1,234» puede ser 1,234 o 1.234: escriba 1234 si son miles, o use un número de la hoja'
	},
	{
		kind: 'an en-US number',
		name: 'ingles.xlsx',
		bytes: () => metaCell('inversion_millones', str('1,158.69')),
		message:
			'Hoja «metas», fila 2, columna «inversion_millones»: valor «1,158.69»; se esperaba un número en millones de pesos (p. ej. 1158,69). En esta hoja la coma separa los decimales: ¿quiso decir «1.158,69»?'
	},
	{
		kind: 'a municipal scope without LOCALIZACIÓN places',
		name: 'sin-lugares.xlsx',
		bytes: () =>
			xlsx({ sheets: [base().sheets[0], sheet('lugares', ['meta', 'municipio'], [[2, 'Pamplona']])] }),
		message:
			'Hoja «metas», fila 2, columna «alcance»: valor «municipal»; se esperaba al menos un municipio con evidencia «localización» para la meta 1 en la hoja «lugares»'
	},
	{
		kind: 'an «informe» edition without its quotes',
		name: 'sin-citas.xlsx',
		bytes: () =>
			xlsx({
				sheets: [
					...base().sheets,
					sheet(
						'edicion',
						['campo', 'valor'],
						[
							['origen', 'informe'],
							['texto_informe', 'fuente/informe.txt'],
							['citas', 'Periodo 2024 y 2025']
						]
					)
				]
			}),
		message:
			'Hoja «metas», fila 2, columna «cita_cumplimiento»: celda vacía; se esperaba la cita textual del informe, porque la edición es de origen «informe» (hoja «edicion»; si las cifras no vienen de un informe con texto, ponga origen «secretaria»)'
	},
	{
		kind: 'a CSV whose accents were lost in a conversion',
		name: 'metas.csv',
		bytes: () => 'meta;titulo\r\n1;Rondas de negociaci\uFFFDn\r\n',
		message:
			'Archivo «metas.csv»: la línea 2 tiene caracteres dañados («1;Rondas de negociaci�n»); se esperaba un CSV en UTF-8. Vuelva a guardarlo desde la hoja original como «CSV UTF-8 (delimitado por comas)»'
	}
];
