/**
 * A draft against a known edition, field by field: match (a confident value
 * equal to the edition's), flagged (the draft asks for review) or wrong (a
 * confident value that differs, or a place missed or added). Used to measure
 * the extractor on a report whose data was captured by hand.
 */
import { fold } from '../text/index.ts';
import type { PublishedMeta } from '../dataset/index.ts';
import type { Draft, DraftMeta, Figure } from './schema.ts';

export type Outcome = 'match' | 'flagged' | 'wrong';

export interface ScoreDetail {
	meta: number;
	outcome: Outcome;
	expected: string;
	got: string;
}

export interface ScoreRow {
	field: string;
	match: number;
	flagged: number;
	wrong: number;
	details: ScoreDetail[];
}

const show = (v: unknown) =>
	v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

/** found and equal: match; not stated where the edition has nothing: match; needs-review: flagged; else wrong. */
export function compareFigure<T>(f: Figure<T>, expected: T | null, equal: (a: T, b: T) => boolean): Outcome {
	if (f.status === 'needs-review') return 'flagged';
	if (f.status === 'not-stated') return expected === null ? 'match' : 'wrong';
	return expected !== null && equal(f.value, expected) ? 'match' : 'wrong';
}

const same = <T>(a: T, b: T) => a === b;
const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
const sameDone = (a: string, b: string) => sameText(a.replace(/\.$/, ''), b.replace(/\.$/, ''));
const sameNumber = (a: number, b: number) => Math.abs(a - b) < 0.005;

function figureLabel<T>(f: Figure<T>): string {
	if (f.status === 'found') return show(f.value);
	if (f.status === 'not-stated') return `no consta (${f.reason})`;
	return `por revisar (${show(f.value)})`;
}

type Scalar = {
	field: string;
	get: (m: DraftMeta) => Figure<unknown>;
	expected: (t: PublishedMeta) => unknown;
	equal: (a: never, b: never) => boolean;
};

const SCALARS: Scalar[] = [
	{ field: 'título', get: (m) => m.title, expected: (t) => t.title, equal: sameText },
	{ field: 'qué se hizo', get: (m) => m.done, expected: (t) => t.done.text, equal: sameDone },
	{
		field: 'inversión',
		get: (m) => m.investmentMillionCop,
		expected: (t) => t.investmentMillionCop,
		equal: sameNumber
	},
	{ field: 'cumplimiento', get: (m) => m.compliancePct, expected: (t) => t.compliancePct, equal: sameNumber },
	{
		field: 'avance cuatrienio',
		get: (m) => m.progressPct,
		expected: (t) => t.progressPct,
		equal: sameNumber
	},
	{
		field: 'fuente',
		get: (m) => m.funding,
		// The edition's label is for display; the draft names sources by id, share and «main».
		expected: (t) =>
			t.funding.status === 'stated'
				? t.funding.sources.map(({ source, sharePct, main }) => ({ source, sharePct, main }))
				: null,
		equal: ((a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)) as never
	},
	{
		field: 'beneficiarios (número)',
		get: (m) => m.beneficiaries.count,
		expected: (t) => t.beneficiaries.count,
		equal: same
	},
	{
		field: 'beneficiarios (unidad)',
		get: (m) => m.beneficiaries.unit,
		expected: (t) => t.beneficiaries.unit,
		equal: sameText
	},
	{ field: 'alcance', get: (m) => m.scope, expected: (t) => t.scope, equal: same }
];

/** Why the beneficiaries are missing, as the edition says it. */
function beneficiaryState(m: DraftMeta): string | null {
	const c = m.beneficiaries.count;
	if (c.status === 'found') return 'reported';
	if (c.status === 'needs-review') return null;
	return {
		plantilla: 'plantilla',
		'sin-datos': 'sin-datos',
		'no-aplica': 'no-aplica',
		vacio: 'plantilla',
		ausente: 'plantilla'
	}[c.reason];
}

function placeKey(divipola: string | null, outside: string | null, writtenAs: string): string {
	return divipola ?? (outside ? `fuera:${fold(outside)}` : `?${fold(writtenAs)}`);
}

function comparePlaces(
	row: ScoreRow,
	meta: number,
	draft: DraftMeta,
	truth: PublishedMeta,
	evidence: 'localizacion' | 'text'
) {
	const expected = new Map(
		truth.places
			.filter((p) => p.evidence === evidence)
			.map((p) => [placeKey(p.divipola, p.outside, p.writtenAs), p.writtenAs] as const)
	);
	const got = new Map(
		draft.places
			.filter((p) => p.evidence === evidence)
			.map((p) => [placeKey(p.divipola, p.outside, p.writtenAs), p] as const)
	);
	for (const [key, name] of expected) {
		const p = got.get(key);
		const outcome: Outcome = !p ? 'wrong' : p.status === 'found' ? 'match' : 'flagged';
		add(row, {
			meta,
			outcome,
			expected: name,
			got: p ? `${p.writtenAs} (${p.status})` : 'no está en el borrador'
		});
	}
	for (const [key, p] of got) {
		if (expected.has(key)) continue;
		add(row, {
			meta,
			outcome: p.status === 'found' ? 'wrong' : 'flagged',
			expected: 'no es lugar en los datos',
			got: `${p.writtenAs} (${p.status})`
		});
	}
}

function add(row: ScoreRow, d: ScoreDetail) {
	row[d.outcome]++;
	row.details.push(d);
}

function emptyRow(field: string): ScoreRow {
	return { field, match: 0, flagged: 0, wrong: 0, details: [] };
}

/** Scores a draft against the published metas of the same report. */
export function scoreDraft(draft: Draft, truth: readonly PublishedMeta[]): ScoreRow[] {
	const numbers = emptyRow('número de meta');
	const rows = new Map(SCALARS.map((s) => [s.field, emptyRow(s.field)]));
	const state = emptyRow('beneficiarios (estado)');
	const loc = emptyRow('lugares de LOCALIZACIÓN');
	const text = emptyRow('lugares del texto');
	const byNumber = new Map<number, DraftMeta[]>();
	for (const m of draft.metas) byNumber.set(m.number, [...(byNumber.get(m.number) ?? []), m]);

	for (const t of truth) {
		const found = byNumber.get(t.number) ?? [];
		if (found.length !== 1) {
			add(numbers, {
				meta: t.number,
				outcome: found.length ? 'flagged' : 'wrong',
				expected: `meta ${t.number}`,
				got: found.length ? `${found.length} bloques` : 'falta'
			});
			continue;
		}
		const [m] = found;
		add(numbers, { meta: t.number, outcome: 'match', expected: `meta ${t.number}`, got: `meta ${m.number}` });
		for (const s of SCALARS) {
			const f = s.get(m);
			const expected = s.expected(t);
			const outcome = compareFigure(f as Figure<never>, expected as never, s.equal);
			add(rows.get(s.field) as ScoreRow, {
				meta: t.number,
				outcome,
				expected: show(expected),
				got: figureLabel(f)
			});
		}
		const st = beneficiaryState(m);
		add(state, {
			meta: t.number,
			outcome: st === null ? 'flagged' : st === t.beneficiaries.status ? 'match' : 'wrong',
			expected: t.beneficiaries.status,
			got: st ?? 'por revisar'
		});
		comparePlaces(loc, t.number, m, t, 'localizacion');
		comparePlaces(text, t.number, m, t, 'text');
	}
	const known = new Set(truth.map((t) => t.number));
	for (const m of draft.metas) {
		if (!known.has(m.number))
			add(numbers, { meta: m.number, outcome: 'wrong', expected: 'no existe', got: `meta ${m.number}` });
	}
	return [numbers, ...rows.values(), state, loc, text];
}

/** The score as a plain-text table (Spanish headers), then every flagged and wrong detail. */
export function formatScore(rows: readonly ScoreRow[], withDetails = true): string {
	const w = Math.max(...rows.map((r) => r.field.length), 5);
	const line = (a: string, b: string | number, c: string | number, d: string | number) =>
		`${a.padEnd(w)}  ${String(b).padStart(10)}  ${String(c).padStart(11)}  ${String(d).padStart(7)}`;
	const out = [line('campo', 'coinciden', 'por revisar', 'errados'), '-'.repeat(w + 34)];
	for (const r of rows) out.push(line(r.field, r.match, r.flagged, r.wrong));
	if (withDetails) {
		for (const outcome of ['wrong', 'flagged'] as const) {
			const ds = rows.flatMap((r) =>
				r.details.filter((d) => d.outcome === outcome).map((d) => ({ ...d, field: r.field }))
			);
			if (!ds.length) continue;
			out.push('', outcome === 'wrong' ? 'Errados:' : 'Por revisar:');
			for (const d of ds) out.push(`  meta ${d.meta}, ${d.field}: esperado ${d.expected}; borrador ${d.got}`);
		}
	}
	return out.join('\n');
}
