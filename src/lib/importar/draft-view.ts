/**
 * A draft as the page shows it for review: per meta, each figure with its status (found / not
 * stated / needs review), the value read, the quote it came from and what to check; the places
 * with their evidence; the document-wide points to review. Pure; does not change the draft.
 */
import type { Draft, DraftMeta, Figure } from '../draft/schema.ts';
import { fundingText } from '../draft/rows.ts';
import { formatNumber } from '../text/index.ts';
import { DRAFT_FIELD_LABELS, EVIDENCE_LABELS, REASON_LABELS, SCOPE_LABELS, STATUS_LABELS } from './labels.ts';

export type FieldKey = keyof typeof DRAFT_FIELD_LABELS;

export interface DraftFieldView {
	key: FieldKey;
	label: string;
	status: Figure<unknown>['status'];
	statusLabel: string;
	/** The value read (or proposed), as text; empty when none. */
	value: string;
	verbatim: string | null;
	/** What to check, how it was read, or why it is not stated. */
	note: string | null;
}

export interface DraftPlaceView {
	/** Unique within the meta. */
	id: string;
	name: string;
	evidence: string;
	status: 'found' | 'needs-review';
	statusLabel: string;
	note: string | null;
}

export interface DraftMetaView {
	/** Unique among the metas (a draft can repeat a meta number; it says so in its problems). */
	id: string;
	number: number;
	title: string;
	fields: DraftFieldView[];
	places: DraftPlaceView[];
	/** Figures and places to review. */
	review: number;
	/** The meta's own points from the draft's problem list. */
	problems: string[];
}

export interface DraftView {
	metas: DraftMetaView[];
	/** Points about the whole document (no meta), unique texts. */
	problems: string[];
	review: number;
}

function show(key: FieldKey, v: unknown): string {
	if (v === null || v === undefined) return '';
	if (key === 'funding') return fundingText(v as Parameters<typeof fundingText>[0]);
	if (key === 'scope') return SCOPE_LABELS[v as keyof typeof SCOPE_LABELS] ?? String(v);
	if (typeof v === 'number') return formatNumber(v);
	return String(v);
}

function field(key: FieldKey, f: Figure<unknown>): DraftFieldView {
	const note =
		f.status === 'not-stated'
			? REASON_LABELS[f.reason]
			: f.status === 'needs-review'
				? f.note
				: (f.note ?? null);
	return {
		key,
		label: DRAFT_FIELD_LABELS[key],
		status: f.status,
		statusLabel: STATUS_LABELS[f.status],
		value: show(key, f.value),
		verbatim: f.verbatim,
		note
	};
}

function metaView(m: DraftMeta, i: number, problems: Draft['problems']): DraftMetaView {
	const figures: [FieldKey, Figure<unknown>][] = [
		['title', m.title],
		['done', m.done],
		['compliancePct', m.compliancePct],
		['progressPct', m.progressPct],
		['investmentMillionCop', m.investmentMillionCop],
		['funding', m.funding],
		['count', m.beneficiaries.count],
		['unit', m.beneficiaries.unit],
		['scope', m.scope]
	];
	const fields = figures.map(([k, f]) => field(k, f));
	const places = m.places.map((p, j) => ({
		id: `${j}`,
		name: p.writtenAs,
		evidence: EVIDENCE_LABELS[p.evidence],
		status: p.status,
		statusLabel: STATUS_LABELS[p.status],
		note:
			p.note ??
			(p.suggestions.length ? `¿Quiso decir ${p.suggestions.map((s) => `«${s}»`).join(' o ')}?` : null)
	}));
	return {
		id: `m${i}`,
		number: m.number,
		title: m.title.value ?? `Meta ${m.number}`,
		fields,
		places,
		review:
			fields.filter((f) => f.status === 'needs-review').length +
			places.filter((p) => p.status === 'needs-review').length,
		problems: [...new Set(problems.filter((p) => p.meta === m.number).map((p) => p.message))]
	};
}

export function draftView(draft: Draft): DraftView {
	const metas = draft.metas.map((m, i) => metaView(m, i, draft.problems));
	return {
		metas,
		problems: [...new Set(draft.problems.filter((p) => p.meta === null).map((p) => p.message))],
		review: metas.reduce((n, m) => n + m.review, 0)
	};
}
