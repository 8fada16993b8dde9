/** The /metas table as CSV (es-CO and international dialects), prerendered under /datos/. */
import type { Dataset, PublishedMeta } from '../dataset/index.ts';
import { encodeCsv, type CsvColumn, type CsvDialect } from '../explore/csv.ts';

const BENEFICIARIES = {
	reported: 'reportado',
	'no-aplica': 'no aplica, según el informe',
	'sin-datos': 'sin datos, según el informe',
	plantilla: 'sin dato: el informe dejó el texto de la plantilla'
} as const;
const SCOPE = {
	municipal: 'nombra municipios',
	departmental: 'alcance departamental',
	unspecified: 'el informe no indica localización'
} as const;

export function metasCsv(d: Pick<Dataset, 'metas' | 'municipalities'>, dialect: CsvDialect): string {
	const names = new Map(d.municipalities.map((m) => [m.divipola, m.shortName]));
	const columns: CsvColumn<PublishedMeta>[] = [
		{ header: 'meta', type: 'number', value: (m) => m.number, decimals: 0 },
		{ header: 'titulo', type: 'text', value: (m) => m.title },
		{ header: 'inversion_millones_cop', type: 'number', value: (m) => m.investmentMillionCop, decimals: 2 },
		{
			header: 'fuente',
			type: 'text',
			value: (m) =>
				m.funding.status === 'not-stated'
					? 'el informe no la indica'
					: m.funding.sources
							.map(
								(s) =>
									`${s.label}${s.sharePct !== null ? ` (${s.sharePct} %)` : s.main ? ' (principalmente)' : ''}`
							)
							.join(', ')
		},
		{ header: 'cumplimiento_pct', type: 'number', value: (m) => m.compliancePct, decimals: 1 },
		{ header: 'avance_cuatrienio_pct', type: 'number', value: (m) => m.progressPct, decimals: 1 },
		// No count in the report is an empty cell, with the reason in the next columns.
		{ header: 'beneficiarios', type: 'number', value: (m) => m.beneficiaries.count, decimals: 0 },
		{ header: 'unidad_beneficiarios', type: 'text', value: (m) => m.beneficiaries.unit },
		{ header: 'estado_beneficiarios', type: 'text', value: (m) => BENEFICIARIES[m.beneficiaries.status] },
		{ header: 'localizacion', type: 'text', value: (m) => SCOPE[m.scope] },
		{
			header: 'municipios_en_localizacion',
			type: 'text',
			value: (m) =>
				[
					...new Set(
						m.places
							.filter((p) => p.evidence === 'localizacion' && p.divipola)
							.map((p) => names.get(p.divipola as string) ?? (p.divipola as string))
					)
				].join(', ') || null
		},
		{ header: 'cita_inversion', type: 'text', value: (m) => m.quotes.investment },
		{ header: 'cita_beneficiarios', type: 'text', value: (m) => m.quotes.beneficiaries }
	];
	return encodeCsv(d.metas, columns, dialect);
}
