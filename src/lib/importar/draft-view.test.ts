import { describe, expect, it } from 'vitest';
import { found, place, sampleDraft, sampleMeta } from '../../../tests/fixtures/informe/draft.ts';
import { draftView } from './draft-view.ts';

describe('draftView', () => {
	it('is empty for a draft without metas', () => {
		expect(draftView(sampleDraft([]))).toEqual({ metas: [], problems: [], review: 0 });
	});

	it('shows each figure with its status, value, quote and note', () => {
		const view = draftView(
			sampleDraft([
				sampleMeta({
					investmentMillionCop: {
						status: 'needs-review',
						value: 703,
						verbatim: '$ 703 millones … $ 710 millones',
						note: 'dos montos distintos'
					},
					beneficiaries: {
						count: { status: 'not-stated', value: null, verbatim: 'Sin datos', reason: 'sin-datos' },
						unit: found('empresarios')
					},
					compliancePct: { status: 'found', value: 66.7, verbatim: '66,7%', note: 'leído con coma' }
				})
			])
		);
		const [m] = view.metas;
		const byKey = Object.fromEntries(m.fields.map((f) => [f.key, f]));
		expect(byKey.investmentMillionCop).toMatchObject({
			statusLabel: 'Por revisar',
			value: '703',
			verbatim: '$ 703 millones … $ 710 millones',
			note: 'dos montos distintos'
		});
		expect(byKey.count).toMatchObject({
			statusLabel: 'No consta',
			value: '',
			note: 'el informe dice «sin datos»'
		});
		expect(byKey.compliancePct).toMatchObject({
			statusLabel: 'Encontrado',
			value: '66,7',
			note: 'leído con coma'
		});
		expect(byKey.funding.value).toBe('recursos propios');
		expect(byKey.scope.value).toBe('municipal');
		expect(m.review).toBe(1);
		expect(view.review).toBe(1);
	});

	it('lists places with their evidence, and suggestions for an unknown name', () => {
		const [m] = draftView(
			sampleDraft([
				sampleMeta({
					places: [
						place(),
						place({
							divipola: null,
							writtenAs: 'Ocanna',
							status: 'needs-review',
							resolution: 'desconocido',
							evidence: 'text',
							suggestions: ['Ocaña']
						})
					]
				})
			])
		).metas;
		expect(m.places).toEqual([
			{
				id: '0',
				name: 'Cúcuta',
				evidence: 'LOCALIZACIÓN',
				status: 'found',
				statusLabel: 'Encontrado',
				note: null
			},
			{
				id: '1',
				name: 'Ocanna',
				evidence: 'resto del texto',
				status: 'needs-review',
				statusLabel: 'Por revisar',
				note: '¿Quiso decir «Ocaña»?'
			}
		]);
		expect(m.review).toBe(1);
	});

	it('keeps a repeated meta number apart (unique ids) and splits the document’s points from the metas’', () => {
		const view = draftView(
			sampleDraft(
				[sampleMeta(), sampleMeta()],
				[
					{ meta: 4, field: 'number', message: 'La meta 4 está dos veces' },
					{ meta: 4, field: 'number', message: 'La meta 4 está dos veces' },
					{ meta: null, field: 'documento', message: 'Faltan las metas 16 y 17' }
				]
			)
		);
		expect(view.metas.map((m) => m.id)).toEqual(['m0', 'm1']);
		expect(view.metas[0].problems).toEqual(['La meta 4 está dos veces']);
		expect(view.problems).toEqual(['Faltan las metas 16 y 17']);
	});

	it('does not change the draft', () => {
		const draft = sampleDraft([sampleMeta({ places: [place()] })]);
		const copy = structuredClone(draft);
		draftView(draft);
		expect(draft).toEqual(copy);
	});
});
