import { describe, expect, it } from 'vitest';
import { compareFigure, formatScore, scoreDraft, type ScoreRow } from './score.ts';
import {
	found,
	place,
	publishedMeta,
	publishedPlace,
	sampleDraft,
	sampleMeta
} from '../../../tests/fixtures/informe/draft.ts';

const row = (rows: ScoreRow[], field: string) => {
	const r = rows.find((x) => x.field === field);
	if (!r) throw new Error(`sin fila ${field}`);
	return { match: r.match, flagged: r.flagged, wrong: r.wrong };
};

describe('compareFigure', () => {
	it.each([
		{ f: found(703), expected: 703, outcome: 'match' },
		{ f: found(700), expected: 703, outcome: 'wrong' },
		{ f: found(703), expected: null, outcome: 'wrong' },
		{
			f: { status: 'not-stated', value: null, verbatim: null, reason: 'sin-datos' },
			expected: null,
			outcome: 'match'
		},
		{
			f: { status: 'not-stated', value: null, verbatim: null, reason: 'sin-datos' },
			expected: 81,
			outcome: 'wrong'
		},
		{
			f: { status: 'needs-review', value: 703, verbatim: null, note: 'x' },
			expected: 703,
			outcome: 'flagged'
		},
		{ f: { status: 'needs-review', value: 1, verbatim: null, note: 'x' }, expected: 703, outcome: 'flagged' }
	] as const)('$f.status $f.value vs $expected -> $outcome', ({ f, expected, outcome }) => {
		expect(compareFigure(f, expected, (a, b) => a === b)).toBe(outcome);
	});
});

describe('scoreDraft', () => {
	it('counts a draft equal to the edition as all matches', () => {
		const rows = scoreDraft(sampleDraft([sampleMeta({ places: [place()] })]), [
			publishedMeta({ places: [publishedPlace()] })
		]);
		expect(rows.every((r) => r.wrong === 0 && r.flagged === 0)).toBe(true);
		expect(row(rows, 'inversión')).toEqual({ match: 1, flagged: 0, wrong: 0 });
		expect(row(rows, 'lugares de LOCALIZACIÓN')).toEqual({ match: 1, flagged: 0, wrong: 0 });
	});

	it('counts a confident different value as wrong, and a flagged one as flagged', () => {
		const draft = sampleDraft([
			sampleMeta({
				investmentMillionCop: found(700),
				compliancePct: { status: 'needs-review', value: null, verbatim: null, note: 'x' }
			})
		]);
		const rows = scoreDraft(draft, [publishedMeta()]);
		expect(row(rows, 'inversión')).toEqual({ match: 0, flagged: 0, wrong: 1 });
		expect(row(rows, 'cumplimiento')).toEqual({ match: 0, flagged: 1, wrong: 0 });
	});

	it('compares titles and units exactly, but the text of «qué se hizo» without its final period', () => {
		const draft = sampleDraft([
			sampleMeta({
				title: found('Rondas de negociación'),
				done: found('3 rondas organizadas.'),
				beneficiaries: { count: found(81), unit: found('Empresarios') }
			})
		]);
		const rows = scoreDraft(draft, [publishedMeta()]);
		expect(row(rows, 'título').wrong).toBe(1);
		expect(row(rows, 'qué se hizo').match).toBe(1);
		expect(row(rows, 'beneficiarios (unidad)').wrong).toBe(1);
	});

	it('scores places as sets: missing and added confident places are wrong, candidates flagged', () => {
		const truth = publishedMeta({
			places: [
				publishedPlace(),
				publishedPlace({ divipola: '54498', writtenAs: 'Ocaña' }),
				publishedPlace({
					divipola: null,
					outside: 'Bogotá D. C.',
					writtenAs: 'Bogotá',
					evidence: 'text',
					resolution: 'fuera'
				})
			]
		});
		const draft = sampleDraft([
			sampleMeta({
				places: [
					place(),
					place({ divipola: '54810', writtenAs: 'Tibú' }),
					place({
						divipola: null,
						outside: 'Bogotá D. C.',
						writtenAs: 'BOGOTA',
						evidence: 'text',
						status: 'needs-review'
					}),
					place({ divipola: '54518', writtenAs: 'Pamplona', evidence: 'text', status: 'needs-review' })
				]
			})
		]);
		const rows = scoreDraft(draft, [truth]);
		// Cúcuta matches; Ocaña is missing (wrong); Tibú is added (wrong).
		expect(row(rows, 'lugares de LOCALIZACIÓN')).toEqual({ match: 1, flagged: 0, wrong: 2 });
		// Bogotá is flagged (same place, another spelling); Pamplona is an extra candidate (flagged).
		expect(row(rows, 'lugares del texto')).toEqual({ match: 0, flagged: 2, wrong: 0 });
	});

	it('does not mix evidence levels', () => {
		const rows = scoreDraft(sampleDraft([sampleMeta({ places: [place({ evidence: 'text' })] })]), [
			publishedMeta({ places: [publishedPlace()] })
		]);
		expect(row(rows, 'lugares de LOCALIZACIÓN').wrong).toBe(1);
		expect(row(rows, 'lugares del texto').wrong).toBe(1);
	});

	it('counts a missing meta and an extra meta as wrong, a repeated one as flagged', () => {
		const rows = scoreDraft(
			sampleDraft([sampleMeta({ number: 5 }), sampleMeta({ number: 6 }), sampleMeta({ number: 6 })]),
			[publishedMeta({ number: 4 }), publishedMeta({ number: 6 })]
		);
		expect(row(rows, 'número de meta')).toEqual({ match: 0, flagged: 1, wrong: 2 });
	});

	it("maps why beneficiaries are missing onto the edition's status", () => {
		const none = {
			status: 'not-stated' as const,
			value: null,
			verbatim: 'No aplica',
			reason: 'no-aplica' as const
		};
		const rows = scoreDraft(sampleDraft([sampleMeta({ beneficiaries: { count: none, unit: none } })]), [
			publishedMeta({ beneficiaries: { count: null, unit: null, unitClass: null, status: 'no-aplica' } })
		]);
		expect(row(rows, 'beneficiarios (estado)').match).toBe(1);
		expect(row(rows, 'beneficiarios (número)').match).toBe(1);
	});

	it('prints a table and the details', () => {
		const text = formatScore(
			scoreDraft(sampleDraft([sampleMeta({ investmentMillionCop: found(700) })]), [publishedMeta()])
		);
		expect(text).toMatch(/^campo\s+coinciden\s+por revisar\s+errados/);
		expect(text).toMatch(/inversión\s+0\s+0\s+1/);
		expect(text).toContain('Errados:\n  meta 4, inversión: esperado 703; borrador 700');
	});
});
