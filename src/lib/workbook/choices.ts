/**
 * The closed lists of the workbook: how staff write each value of the data's enumerations. The
 * first label is what the export writes; every label is accepted on import, without accents or
 * case.
 */
import type { BeneficiaryStatus, Evidence, ExclusionReason, Scope } from '../report/index.ts';
import type { Choice } from './values.ts';

export const BENEFICIARY_STATUS: readonly Choice<BeneficiaryStatus>[] = [
	{ value: 'reported', labels: ['reportado', 'reportados'] },
	{ value: 'sin-datos', labels: ['sin datos', 'sin dato', 'no hay datos'] },
	{ value: 'no-aplica', labels: ['no aplica', 'n/a', 'na'] },
	{ value: 'plantilla', labels: ['sin diligenciar', 'plantilla', 'texto de la plantilla'] }
];

export const UNIT_CLASS: readonly Choice<'personas' | 'organizaciones'>[] = [
	{ value: 'personas', labels: ['personas', 'persona'] },
	{ value: 'organizaciones', labels: ['organizaciones', 'organización'] }
];

export const SCOPE: readonly Choice<Scope>[] = [
	{ value: 'municipal', labels: ['municipal'] },
	{ value: 'departmental', labels: ['departamental', 'todo el departamento'] },
	{ value: 'unspecified', labels: ['sin localización', 'sin especificar', 'no indica', 'ninguno', 'ninguna'] }
];

export const LOCALIZACION_STATUS: readonly Choice<'filled' | 'empty' | 'plantilla'>[] = [
	{ value: 'filled', labels: ['con contenido', 'diligenciada', 'llena'] },
	{ value: 'empty', labels: ['vacía', 'sin contenido'] },
	{ value: 'plantilla', labels: ['sin diligenciar', 'plantilla', 'texto de la plantilla'] }
];

export const STATED: readonly Choice<'stated' | 'plantilla' | 'sin-datos'>[] = [
	{ value: 'stated', labels: ['declarado', 'declarada', 'declarados'] },
	{ value: 'plantilla', labels: ['sin diligenciar', 'plantilla', 'texto de la plantilla'] },
	{ value: 'sin-datos', labels: ['sin datos', 'sin dato'] }
];

export const EVIDENCE: readonly Choice<Evidence>[] = [
	{ value: 'localizacion', labels: ['localización', 'LOCALIZACIÓN ¿Dónde se intervino?'] },
	{ value: 'text', labels: ['texto', 'resto del texto', 'pie de foto', 'foto', 'text'] }
];

export const EXCLUSION_REASON: readonly Choice<ExclusionReason>[] = [
	{ value: 'organizacion', labels: ['organización'] },
	{ value: 'evento', labels: ['evento'] },
	{ value: 'establecimiento', labels: ['establecimiento'] },
	{ value: 'mercado', labels: ['mercado', 'mercado de destino'] },
	{ value: 'origen-participantes', labels: ['origen de participantes', 'origen de los participantes'] },
	{ value: 'region', labels: ['región'] },
	{ value: 'palabra-comun', labels: ['palabra común'] },
	{ value: 'barrio-sin-municipio', labels: ['barrio sin municipio'] },
	{ value: 'descripcion-imagen', labels: ['descripción de imagen', 'descripción de foto'] }
];

export const NOTE_KIND: readonly Choice<'inconsistencia' | 'errata' | 'plantilla' | 'criterio'>[] = [
	{ value: 'inconsistencia', labels: ['inconsistencia', 'incoherencia'] },
	{ value: 'errata', labels: ['errata'] },
	{ value: 'plantilla', labels: ['plantilla', 'resto de plantilla'] },
	{ value: 'criterio', labels: ['criterio'] }
];

export const ORIGIN: readonly Choice<'informe' | 'secretaria'>[] = [
	{ value: 'informe', labels: ['informe', 'citado del informe'] },
	{ value: 'secretaria', labels: ['secretaría', 'capturado por la secretaría'] }
];

export const INDICATOR_UNIT: readonly Choice<'posicion' | 'porcentaje' | 'creditos'>[] = [
	{ value: 'posicion', labels: ['posición'] },
	{ value: 'porcentaje', labels: ['porcentaje', '%'] },
	{ value: 'creditos', labels: ['créditos'] }
];

export const BETTER: readonly Choice<'lower' | 'higher'>[] = [
	{ value: 'lower', labels: ['menor', 'más bajo'] },
	{ value: 'higher', labels: ['mayor', 'más alto'] }
];

/** The label the export writes for a value. */
export function labelOf<T extends string>(choices: readonly Choice<T>[], value: T): string {
	const c = choices.find((x) => x.value === value);
	if (!c) throw new Error(`valor sin etiqueta: ${value}`);
	return c.labels[0];
}
