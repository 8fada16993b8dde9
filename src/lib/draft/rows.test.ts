import { describe, expect, it } from 'vitest';
import { draftToRows, fundingText } from './rows.ts';
import { found, place, sampleDraft, sampleMeta } from '../../../tests/fixtures/informe/draft.ts';

describe('draftToRows: metas', () => {
	it('writes found values with their quotes', () => {
		const [row] = draftToRows(sampleDraft([sampleMeta()])).metas;
		expect(row).toEqual({
			meta: 4,
			titulo: 'Rondas de negociaciones',
			que_se_hizo: '3 rondas organizadas',
			cumplimiento_pct: 100,
			avance_cuatrienio_pct: 66.7,
			inversion_millones: 703,
			fuente: 'recursos propios',
			beneficiarios: 81,
			unidad_beneficiarios: 'empresarios',
			beneficiarios_estado: null,
			alcance: 'municipal',
			cita_inversion: 'Con una inversión de $ 703 millones de pesos por recursos propios',
			cita_beneficiarios: '81 empresarios beneficiarios',
			revisar: '',
			notas: ''
		});
	});

	it.each([
		{ reason: 'sin-datos', estado: 'sin datos' },
		{ reason: 'no-aplica', estado: 'no aplica' },
		{ reason: 'plantilla', estado: 'sin diligenciar' },
		{ reason: 'vacio', estado: 'sin diligenciar' },
		{ reason: 'ausente', estado: 'sin diligenciar' }
	] as const)('beneficiaries not stated ($reason) -> «$estado», empty count', ({ reason, estado }) => {
		const none = { status: 'not-stated' as const, value: null, verbatim: 'Sin datos a la fecha.', reason };
		const [row] = draftToRows(
			sampleDraft([sampleMeta({ beneficiaries: { count: none, unit: none } })])
		).metas;
		expect(row).toMatchObject({
			beneficiarios: null,
			unidad_beneficiarios: null,
			beneficiarios_estado: estado
		});
	});

	it.each([
		{ scope: 'municipal', alcance: 'municipal' },
		{ scope: 'departmental', alcance: 'departamental' },
		{ scope: 'unspecified', alcance: 'sin localización' }
	] as const)('scope $scope -> «$alcance»', ({ scope, alcance }) => {
		const [row] = draftToRows(sampleDraft([sampleMeta({ scope: found(scope, 'x') })])).metas;
		expect(row.alcance).toBe(alcance);
	});

	it('leaves a value to review empty and says why in «revisar», with the proposal', () => {
		const meta = sampleMeta({
			investmentMillionCop: {
				status: 'needs-review',
				value: 1158.69,
				verbatim: '$1,158.69 millones',
				note: 'Formato en inglés.'
			},
			scope: { status: 'needs-review', value: null, verbatim: 'ZASCA Cúcuta.', note: 'Revise los lugares.' }
		});
		const [row] = draftToRows(sampleDraft([meta])).metas;
		expect(row.inversion_millones).toBeNull();
		expect(row.alcance).toBeNull();
		expect(row.cita_inversion).toBe('$1,158.69 millones');
		expect(row.revisar).toBe(
			'inversión: Formato en inglés. (propuesta: 1.158,69) | alcance: Revise los lugares.'
		);
	});

	it("writes lenient readings and the meta's LOCALIZACIÓN notes in «notas»", () => {
		const meta = sampleMeta({
			investmentMillionCop: {
				status: 'found',
				value: 135.2,
				verbatim: '$135, 2 millones',
				note: 'Espacio tras la coma.'
			}
		});
		const [row] = draftToRows(
			sampleDraft(
				[meta],
				[{ meta: 4, field: 'localizacion', message: 'LOCALIZACIÓN conserva parte de la plantilla.' }]
			)
		).metas;
		expect(row.inversion_millones).toBe(135.2);
		expect(row.notas).toBe('inversión: Espacio tras la coma. | LOCALIZACIÓN conserva parte de la plantilla.');
	});
});

describe('draftToRows: lugares', () => {
	it('writes one row per place and evidence, as written, with its quote', () => {
		const meta = sampleMeta({
			places: [
				place(),
				place({ divipola: '54125', writtenAs: 'Cágota', resolution: 'errata' }),
				place({
					divipola: null,
					outside: 'Bogotá D. C.',
					writtenAs: 'Bogotá',
					evidence: 'text',
					verbatim: 'Feria en Bogotá.',
					resolution: 'fuera'
				})
			]
		});
		expect(draftToRows(sampleDraft([meta])).lugares).toEqual([
			{
				meta: 4,
				municipio: 'Cúcuta',
				divipola: '54001',
				evidencia: 'localización',
				cita: 'Cúcuta y Ocaña.',
				revisar: ''
			},
			{
				meta: 4,
				municipio: 'Cágota',
				divipola: '54125',
				evidencia: 'localización',
				cita: 'Cúcuta y Ocaña.',
				revisar: ''
			},
			{
				meta: 4,
				municipio: 'Bogotá',
				divipola: null,
				evidencia: 'texto',
				cita: 'Feria en Bogotá.',
				revisar: ''
			}
		]);
	});

	it('marks a candidate for review with its suggestions', () => {
		const meta = sampleMeta({
			places: [
				place({
					divipola: null,
					writtenAs: 'Ocanna',
					status: 'needs-review',
					resolution: 'desconocido',
					suggestions: ['Ocaña'],
					note: 'Parece un lugar.'
				})
			]
		});
		expect(draftToRows(sampleDraft([meta])).lugares[0].revisar).toBe(
			'Parece un lugar. ¿Ocaña? Borre la fila si no es un lugar de intervención.'
		);
	});

	it('does not mutate the draft', () => {
		const draft = sampleDraft([sampleMeta({ places: [place()] })]);
		const copy = structuredClone(draft);
		draftToRows(draft);
		expect(draft).toEqual(copy);
	});

	it('gives no rows for an empty draft', () => {
		expect(draftToRows(sampleDraft([]))).toEqual({ metas: [], lugares: [] });
	});
});

describe('fundingText', () => {
	it.each([
		{ args: [{ source: 'propios', sharePct: null, main: false }], expected: 'recursos propios' },
		{ args: [{ source: 'sgr', sharePct: 96, main: true }], expected: 'SGR 96 %' },
		{ args: [{ source: 'sgr', sharePct: null, main: true }], expected: 'SGR (principal)' },
		{
			args: [
				{ source: 'propios', sharePct: 30, main: false },
				{ source: 'sgr', sharePct: 70, main: true }
			],
			expected: 'recursos propios 30 %; SGR 70 %'
		},
		{ args: [], expected: '' }
	] as const)('$expected', ({ args, expected }) => {
		expect(fundingText(args)).toBe(expected);
	});
});
