/**
 * The shape of a draft: what the extractor read from a report document, each
 * figure with the verbatim text it came from and how sure the reading is.
 * Field names follow `npm run data:json`'s metas so the draft and the dataset
 * can be compared field by field.
 */
import { z } from 'zod';

/**
 * found: clearly stated, read as is (a `note` says when something was read
 * leniently, e.g. «$135, 2 millones»). not-stated: the document does not give
 * it (`reason` says why). needs-review: ambiguous, conflicting or unparsable;
 * `value` is a proposal or null, `note` says what to check.
 */
export const FigureStatus = z.enum(['found', 'not-stated', 'needs-review']);
export type FigureStatus = z.infer<typeof FigureStatus>;

/** Why a figure is not stated: the template text was left, «Sin datos», «No aplica», empty, or no such part. */
export const NotStatedReason = z.enum(['plantilla', 'sin-datos', 'no-aplica', 'vacio', 'ausente']);
export type NotStatedReason = z.infer<typeof NotStatedReason>;

export function figure<T extends z.ZodType>(value: T) {
	return z.discriminatedUnion('status', [
		z.object({
			status: z.literal('found'),
			value,
			verbatim: z.string(),
			note: z.string().optional()
		}),
		z.object({
			status: z.literal('not-stated'),
			value: z.null(),
			verbatim: z.string().nullable(),
			reason: NotStatedReason
		}),
		z.object({
			status: z.literal('needs-review'),
			value: value.nullable(),
			verbatim: z.string().nullable(),
			note: z.string(),
			candidates: z.array(value).optional()
		})
	]);
}

export type Figure<T> =
	| { status: 'found'; value: T; verbatim: string; note?: string }
	| { status: 'not-stated'; value: null; verbatim: string | null; reason: NotStatedReason }
	| { status: 'needs-review'; value: T | null; verbatim: string | null; note: string; candidates?: T[] };

export const DraftScope = z.enum(['municipal', 'departmental', 'unspecified']);
export type DraftScope = z.infer<typeof DraftScope>;

export const FundingSourceDraft = z.object({
	source: z.enum(['propios', 'sgr']),
	sharePct: z.number().min(0).max(100).nullable(),
	main: z.boolean()
});
export type FundingSourceDraft = z.infer<typeof FundingSourceDraft>;

export const DraftEvidence = z.enum(['localizacion', 'text']);
export type DraftEvidence = z.infer<typeof DraftEvidence>;

export const PlaceResolution = z.enum([
	'nombre',
	'errata',
	'alias',
	'corregimiento',
	'fuera',
	/** Looks like a place but is neither a municipality nor a recorded decision. */
	'desconocido'
]);
export type PlaceResolution = z.infer<typeof PlaceResolution>;

export const DraftPlace = z.object({
	/** DIVIPOLA code; null outside the department or when unknown. */
	divipola: z
		.string()
		.regex(/^\d{5}$/)
		.nullable(),
	evidence: DraftEvidence,
	/** found: a place of intervention by the rules; needs-review: a candidate to confirm or delete. */
	status: z.enum(['found', 'needs-review']),
	/** The sentence that names the place (the first one, found ones first). */
	verbatim: z.string(),
	/** Every sentence naming it at this evidence level. */
	quotes: z.array(z.string()).min(1),
	/** The name as written in the document. */
	writtenAs: z.string(),
	resolution: PlaceResolution,
	/** Where a place outside the department is (from lugares.yaml). */
	outside: z.string().nullable(),
	/** Closest municipality names, for unknown names. */
	suggestions: z.array(z.string()),
	note: z.string().optional()
});
export type DraftPlace = z.infer<typeof DraftPlace>;

export const DraftExclusionReason = z.enum([
	'organizacion',
	'evento',
	'mercado',
	'origen-participantes',
	'region',
	'descripcion-imagen'
]);
export type DraftExclusionReason = z.infer<typeof DraftExclusionReason>;

/** A municipality name the rules say is not a place of intervention (kept, never dropped silently). */
export const DraftExclusion = z.object({
	writtenAs: z.string(),
	divipola: z.string().nullable(),
	reason: DraftExclusionReason,
	verbatim: z.string()
});
export type DraftExclusion = z.infer<typeof DraftExclusion>;

export const LocalizacionStatus = z.enum(['filled', 'empty', 'plantilla', 'ausente']);
export type LocalizacionStatus = z.infer<typeof LocalizacionStatus>;

export const DraftMeta = z.object({
	number: z.number().int().nonnegative(),
	title: figure(z.string()),
	/** «¿Qué se hizo?» (the workbook's `que_se_hizo`). */
	done: figure(z.string()),
	investmentMillionCop: figure(z.number().nonnegative()),
	funding: figure(z.array(FundingSourceDraft)),
	compliancePct: figure(z.number().min(0)),
	progressPct: figure(z.number().min(0)),
	beneficiaries: z.object({ count: figure(z.number().int().nonnegative()), unit: figure(z.string()) }),
	scope: figure(DraftScope),
	localizacion: z.object({ status: LocalizacionStatus, verbatim: z.string().nullable() }),
	places: z.array(DraftPlace),
	excluded: z.array(DraftExclusion)
});
export type DraftMeta = z.infer<typeof DraftMeta>;

export const DraftProblem = z.object({
	/** The meta it concerns; null for the whole document. */
	meta: z.number().nullable(),
	/** The draft field (`investmentMillionCop`, `places`...) or `documento`. */
	field: z.string(),
	/** In Spanish, for the staff who review. */
	message: z.string()
});
export type DraftProblem = z.infer<typeof DraftProblem>;

export const DraftFormat = z.enum(['docx', 'texto-pdf', 'texto']);
export type DraftFormat = z.infer<typeof DraftFormat>;

export const Draft = z.object({
	source: z.object({ file: z.string(), format: DraftFormat, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
	metas: z.array(DraftMeta),
	problems: z.array(DraftProblem)
});
export type Draft = z.infer<typeof Draft>;
