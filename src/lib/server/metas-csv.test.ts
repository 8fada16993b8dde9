/** The /metas CSV: one row per meta, numbers as numbers, no count is an empty cell, hostile text neutralised. */
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/data/sources.ts';
import { buildDataset } from '../dataset/index.ts';
import { CSV_ES_CO, CSV_INTERNACIONAL } from '../explore/csv.ts';
import { metasCsv } from './metas-csv.ts';

const d = buildDataset(readSources());
const lines = (csv: string) => csv.slice(1).split('\r\n');

describe('metasCsv', () => {
	it('has the header and the 18 metas of the report', () => {
		const l = lines(metasCsv(d, CSV_ES_CO));
		expect(l[0]).toBe(
			'meta;titulo;inversion_millones_cop;fuente;cumplimiento_pct;avance_cuatrienio_pct;beneficiarios;unidad_beneficiarios;estado_beneficiarios;localizacion;municipios_en_localizacion;cita_inversion;cita_beneficiarios'
		);
		expect(l.filter(Boolean).map((x) => x.split(';')[0])).toEqual(
			['meta', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20].map(String)
		);
	});

	it('meta 3: no count is an empty cell, with the reason beside it', () => {
		// From metas.yaml: $ 99,2 millones, 16 % and 16 %, «Sin datos a la fecha.», departmental naming five municipalities.
		const row = lines(metasCsv(d, CSV_ES_CO)).find((x) => x.startsWith('3;'));
		expect(row).toBe(
			'3;Plan estratégico elaborado para la creación de la Marca Región del Departamento;99,2;Recursos propios;16;16;;;sin datos, según el informe;alcance departamental;Cúcuta, Pamplona, Salazar, Ocaña, Chinácota;A la fecha se han invertido $ 99,2 millones de pesos invertidos de recursos propios;Sin datos a la fecha.'
		);
	});

	it('meta 8 in the international dialect: decimal point, «,» between cells, quoted text with commas', () => {
		const row = lines(metasCsv(d, CSV_INTERNACIONAL)).find((x) => x.startsWith('8,'));
		expect(row).toMatch(
			/^8,Implementación de estrategias en unidades productivas para incrementar su productividad,12972,Sistema General de Regalías \(SGR\) \(96 %\),100,100,390,beneficiarios,reportado,nombra municipios,"Cúcuta, Villa del Rosario, Los Patios, Ocaña, Pamplona",/
		);
	});

	it('neutralises a hostile title or quote, as a spreadsheet import could write it', () => {
		const hostile = {
			...d,
			metas: d.metas.map((m) =>
				m.number === 1
					? {
							...m,
							title: '=HYPERLINK("http://x.example";"clic")',
							quotes: { ...m.quotes, investment: '-1+1' }
						}
					: m
			)
		};
		const row = lines(metasCsv(hostile, CSV_ES_CO)).find((x) => x.startsWith('1;'));
		expect(row).toMatch(
			/^1;"'=HYPERLINK\(""http:\/\/x\.example"";""clic""\)";776;Recursos propios;100;66,7;179;/
		);
		expect(row).toContain(";'-1+1;");
	});
});
