/**
 * workbookToEdition on workbooks built cell by cell (no files): what the smallest workbook gives,
 * how headers and sheets are recognised, the cross-sheet checks, and the round trip with
 * editionToWorkbook on the committed edition.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
	baseEdition,
	baseInfo,
	minimalWorkbook,
	options,
	sheet,
	str,
	territory,
	withCell,
	withRow
} from '../../../tests/workbook/fixtures.ts';
import { parseMetas } from '../report/index.ts';
import { editionToWorkbook, MARKER, templateWorkbook } from './export.ts';
import { workbookToEdition } from './import.ts';
import type { WorkbookModel } from './model.ts';
import { formatNotice, formatProblem } from './problems.ts';
import { unitClassOf } from './read-metas.ts';
import { sheetSpec } from './sheets.ts';

const committedMetas = parseMetas(
	readFileSync(resolve(import.meta.dirname, '../../data/ediciones/2024-2025/metas.yaml'), 'utf8')
);

function problems(model: WorkbookModel): string[] {
	const r = workbookToEdition(model, options);
	return r.ok ? [] : r.problems.map(formatProblem);
}

function imported(model: WorkbookModel) {
	const r = workbookToEdition(model, options);
	if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
	return r;
}

describe('the smallest workbook (metas and lugares, the issue’s columns)', () => {
	const r = imported(minimalWorkbook());

	it('is an edition captured by the Secretaría, identity taken from the base edition', () => {
		expect(r.edition).toMatchObject({
			id: '2030-prueba',
			origin: 'secretaria',
			reportText: null,
			quotes: []
		});
		expect(r.edition.title).toBe(baseEdition.title);
		expect(r.notices.map(formatNotice)).toEqual([
			expect.stringMatching(
				/^Libro: no tiene la hoja «edicion»: «entidad», .* se toman de la edición 2024-2025; revíselos si el informe es otro$/
			),
			'Libro: sin el campo «origen», la edición se marca como capturada por la Secretaría (origen «secretaria»): las citas textuales son opcionales'
		]);
	});

	it('reads numbers and es-CO text alike and resolves places written any way', () => {
		expect(r.metas.map((m) => [m.number, m.compliance.pct, m.progress.pct, m.investment.millionCop])).toEqual(
			[
				[1, 100, 66.7, 776],
				[2, 16, 16, 1158.69],
				[3, 100, 50, 601.4]
			]
		);
		expect(r.metas[0].places).toEqual([
			{ name: 'Cucuta', evidence: 'localizacion' },
			{ name: 'Los Patios', evidence: 'localizacion' },
			{ name: 'Ocaña', evidence: 'text', quotes: ['Ronda de negocios en Ocaña'] }
		]);
	});

	it('fills what the workbook leaves out with stated defaults', () => {
		const [m1, m2, m3] = r.metas;
		expect(m1.funding).toEqual({
			status: 'stated',
			sources: [{ source: 'propios', sharePct: null, main: false }],
			quote: null
		});
		expect(m2.funding.sources).toEqual([{ source: 'sgr', sharePct: null, main: true }]);
		expect(m3.funding).toEqual({ status: 'not-stated', sources: [], quote: null });
		expect(m1.beneficiaries).toEqual({
			status: 'reported',
			count: 179,
			unit: 'ciudadanos',
			unitClass: 'personas',
			quote: null
		});
		expect(m2.beneficiaries).toEqual({ status: 'sin-datos', quote: null });
		expect(m1.partners).toEqual({ status: 'sin-datos', names: [], quotes: [] });
		expect(m1.period).toEqual({ status: 'sin-datos', text: null, quote: null });
		expect([m1, m2, m3].map((m) => m.localizacion)).toEqual([
			{ status: 'filled', scope: 'municipal', quote: null },
			{ status: 'filled', scope: 'departmental', quote: null },
			{ status: 'empty', scope: 'unspecified', quote: null }
		]);
	});

	it('does not mutate the workbook', () => {
		const model = minimalWorkbook();
		const copy = structuredClone(model);
		workbookToEdition(model, options);
		expect(model).toEqual(copy);
	});
});

describe('headers and sheets', () => {
	const renamed = (from: string, to: string) => withCell(minimalWorkbook(), 'metas', 1, from, str(to));

	it.each([
		['inversion_millones', 'Inversión (millones)'],
		['inversion_millones', 'INVERSION MILLONES'],
		['cumplimiento_pct', 'Cumplimiento (%)'],
		['avance_cuatrienio_pct', 'Avance cuatrienio %'],
		['que_se_hizo', '¿Qué se hizo?'],
		['beneficiarios_estado', 'Beneficiarios - estado']
	])('reads «%s» written «%s»', (from, to) => {
		expect(problems(renamed(from, to))).toEqual([]);
	});

	it('keeps and ignores a column it does not know, saying so', () => {
		const model = {
			sheets: minimalWorkbook().sheets.map((s) =>
				s.name === 'metas'
					? { ...s, rows: s.rows.map((row, i) => [...row, i === 0 ? str('Observaciones') : str('x')]) }
					: s
			)
		};
		const r = imported(model);
		expect(r.notices.map(formatNotice)).toContain(
			'Hoja «metas», fila 1, columna «Observaciones»: la columna L no es de la hoja y se ignora'
		);
	});

	it('suggests the column a misspelt optional header may be', () => {
		const misspelt = {
			sheets: minimalWorkbook().sheets.map((s) =>
				s.name === 'metas'
					? { ...s, rows: s.rows.map((row, i) => [...row, i === 0 ? str('cita_inversio') : null]) }
					: s
			)
		};
		expect(imported(misspelt).notices.map(formatNotice)).toContain(
			'Hoja «metas», fila 1, columna «cita_inversio»: la columna L no es de la hoja y se ignora (¿quiso decir «cita_inversion»?)'
		);
	});

	it('refuses a column given twice', () => {
		expect(problems(renamed('titulo', 'meta'))).toContain(
			'Hoja «metas», fila 1, columna «meta»: valor «meta»; se esperaba una sola columna «meta» (ya está en la columna A, «meta»)'
		);
	});

	it('reads sheets named with capitals and accents, ignores the reference sheets and notes unknown ones', () => {
		const model: WorkbookModel = {
			sheets: [
				{ ...minimalWorkbook().sheets[0], name: 'METAS' },
				{ ...minimalWorkbook().sheets[1], name: 'Lugares' },
				sheet('municipios', ['divipola'], [['54001']]),
				sheet('instrucciones', ['lo que sea'], []),
				sheet('Hoja3', ['a'], [['b']])
			]
		};
		expect(imported(model).notices.map(formatNotice)).toContain(
			'Hoja «Hoja3»: la hoja no es del libro de la edición y se ignora'
		);
	});

	it('refuses two sheets that stand for the same one', () => {
		const model = {
			sheets: [...minimalWorkbook().sheets, { ...minimalWorkbook().sheets[1], name: 'LUGARES' }]
		};
		expect(problems(model)).toContain(
			'Hoja «LUGARES»: ya hay una hoja «lugares»; se esperaba una sola hoja «lugares»'
		);
	});

	it('skips empty rows and counts rows as the spreadsheet shows them', () => {
		const model = withRow(withRow(minimalWorkbook(), 'lugares', []), 'lugares', [
			3,
			'Ocaña',
			'localización',
			null
		]);
		expect(problems(model)).toEqual([
			'Hoja «metas», fila 4, columna «alcance»: valor «sin localización»; se esperaba «municipal» o «departamental», porque la hoja «lugares» da 1 lugar con evidencia «localización» a la meta 3 (filas 7)'
		]);
	});
});

describe('the other sheets', () => {
	it('reads the «edicion» sheet and refuses a misspelt field, with a suggestion', () => {
		const model = {
			sheets: [
				...minimalWorkbook().sheets,
				sheet(
					'edicion',
					['campo', 'valor'],
					[
						['titulo', 'Informe 2026'],
						['fecha_publicasion', '2026-11']
					]
				)
			]
		};
		expect(problems(model)).toEqual([
			'Hoja «edicion», fila 3, columna «campo»: valor «fecha_publicasion»; se esperaba uno de los campos de la edición (entidad, gobierno, titulo, titulo_corto, periodo, periodo_etiqueta, periodo_anios, plan, fecha_publicacion, fecha_publicacion_texto, linea_fuente, anio_poblacion, origen, texto_informe, citas, anio_linea_base, anio_avance, anio_meta). ¿Quiso decir «fecha_publicacion»?'
		]);
	});

	it('refuses a population year the geodata does not have', () => {
		const model = {
			sheets: [...minimalWorkbook().sheets, sheet('edicion', ['campo', 'valor'], [['anio_poblacion', 2031]])]
		};
		expect(problems(model)).toEqual([
			`Hoja «edicion», fila 2, columna «valor»: valor «2031»; se esperaba un año con población del DANE en la geodata (${territory.populationYears.join(', ')}) en «anio_poblacion»`
		]);
	});

	it('uses the funding sources of a «fuentes» sheet', () => {
		const model = withCell(
			{
				sheets: [
					...minimalWorkbook().sheets,
					sheet(
						'fuentes',
						['nombre', 'nombre_corto'],
						[
							['Recursos propios', 'recursos propios'],
							['Crédito con la banca', 'crédito']
						]
					)
				]
			},
			'metas',
			2,
			'fuente',
			str('crédito 30 % y recursos propios 70 %')
		);
		const model2 = withCell(model, 'metas', 3, 'fuente', str('Crédito con la banca'));
		const r = imported(model2);
		expect(r.edition.fundingSources.map((f) => f.id)).toEqual(['recursos-propios', 'credito']);
		expect(r.metas[0].funding.sources).toEqual([
			{ source: 'credito', sharePct: 30, main: false },
			{ source: 'recursos-propios', sharePct: 70, main: false }
		]);
		expect(r.metas[1].funding.sources).toEqual([{ source: 'credito', sharePct: null, main: false }]);
		expect(problems(withCell(model, 'metas', 3, 'fuente', str('SGR')))).toEqual([
			expect.stringMatching(
				/^Hoja «metas», fila 3, columna «fuente»: valor «SGR»; se esperaba las fuentes de la edición \(«recursos propios», «crédito»\)/
			)
		]);
	});

	it('puts notes without a meta on the report, with one on its meta', () => {
		const model = {
			sheets: [
				...minimalWorkbook().sheets,
				sheet(
					'notas',
					['meta', 'tipo', 'texto'],
					[
						[null, 'errata', 'La tabla repite una fila.'],
						[2, 'criterio', 'Se toma el alcance declarado.']
					]
				)
			]
		};
		const r = imported(model);
		expect(r.info.notes).toEqual([{ kind: 'errata', text: 'La tabla repite una fila.' }]);
		expect(r.metas[1].notes).toEqual([{ kind: 'criterio', text: 'Se toma el alcance declarado.' }]);
	});

	it('refuses a group with both a count and a percentage', () => {
		const model = {
			sheets: [
				...minimalWorkbook().sheets,
				sheet('grupos', ['meta', 'grupo', 'cantidad', 'porcentaje'], [[1, 'Jóvenes', 105, 6]])
			]
		};
		expect(problems(model)).toEqual([
			'Hoja «grupos», fila 2, columna «cantidad»: valor «105»; se esperaba una cantidad o un porcentaje (uno de los dos)'
		]);
	});

	it('refuses a narrative total over a meta that is not in «metas»', () => {
		const header = [
			'tema',
			'inversion_millones',
			'beneficiarios',
			'unidad_beneficiarios',
			'metas',
			'criterio'
		];
		const model = {
			sheets: [
				...minimalWorkbook().sheets,
				sheet('totales', header, [
					[
						'Internacionalización',
						2181,
						700,
						'empresarios',
						'1, 2, 9',
						'El párrafo habla de ruedas de negocio.'
					]
				])
			]
		};
		expect(problems(model)).toEqual([
			'Hoja «totales», fila 2, columna «metas»: valor «1, 2, 9»; se esperaba números de meta de la hoja «metas» (9 no está)'
		]);
	});
});

describe('round trip with editionToWorkbook (the committed edition)', () => {
	const model = editionToWorkbook({ edition: baseEdition, metas: committedMetas, info: baseInfo }, territory);
	const r = imported(model);

	it('gives back the same metas, report data and descriptor (only the id differs)', () => {
		expect(r.metas).toEqual(committedMetas);
		expect(r.info).toEqual(baseInfo);
		expect({ ...r.edition, id: baseEdition.id }).toEqual(baseEdition);
		expect(r.notices).toEqual([]);
	});

	it('writes YAML that reads back to the same data', () => {
		expect(parseMetas(r.files['metas.yaml'])).toEqual(committedMetas);
		expect(parseYaml(r.files['edicion.yaml'])).toEqual({ ...baseEdition, id: '2030-prueba' });
	});

	it('writes the sheets the guide describes, in order', () => {
		expect(model.sheets.map((s) => s.name)).toEqual([
			'instrucciones',
			'edicion',
			'fuentes',
			'metas',
			'lugares',
			'grupos',
			'exclusiones',
			'notas',
			'totales',
			'indicadores',
			'notas_al_pie',
			'municipios'
		]);
		expect(model.sheets.find((s) => s.name === 'municipios')?.rows).toHaveLength(41);
	});
});

describe('templateWorkbook', () => {
	it('has every sheet with its headers, the marker and the municipalities, and no data', () => {
		const t = templateWorkbook(territory);
		expect(t.sheets.map((s) => s.name)).toEqual(
			editionToWorkbook(
				{ edition: baseEdition, metas: committedMetas, info: baseInfo },
				territory
			).sheets.map((s) => s.name)
		);
		expect(t.sheets[0].rows[0]).toEqual([{ t: 's', v: MARKER }]);
		expect(t.sheets.find((s) => s.name === 'metas')?.rows).toEqual([
			sheetSpec('metas').columns.map((c) => ({ t: 's', v: c.key }))
		]);
		expect(t.sheets.find((s) => s.name === 'municipios')?.rows).toHaveLength(41);
	});

	it('imported as is, says what is missing', () => {
		expect(problems(templateWorkbook(territory))).toEqual([
			'Hoja «metas»: la hoja no tiene ninguna fila de datos; se esperaba una fila por meta debajo de los encabezados'
		]);
	});

	it('with a base edition, carries its identity and funding sources', () => {
		const t = templateWorkbook(territory, { edition: baseEdition, info: baseInfo });
		const fuentes = t.sheets.find((s) => s.name === 'fuentes')?.rows;
		expect(fuentes).toHaveLength(3);
		expect(t.sheets.find((s) => s.name === 'lugares')?.rows).toHaveLength(1);
	});
});

describe('unitClassOf', () => {
	it.each([
		['organizaciones solidarias', 'organizaciones'],
		['Asociaciones de productores', 'organizaciones'],
		['empresas', 'organizaciones'],
		['unidades productivas', 'organizaciones'],
		['empresarios', 'personas'],
		['ciudadanos', 'personas'],
		['ciudadanos con emprendimientos', 'personas']
	])('«%s» -> %s', (unit, expected) => {
		expect(unitClassOf(unit)).toBe(expected);
	});
});
