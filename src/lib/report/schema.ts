/**
 * The shape of the report data in src/data/ (YAML), checked on every load.
 * Every figure carries the verbatim text it came from (`quote`), so a test can
 * prove it is in the report and that the number is in the quote.
 */
import { z } from 'zod';

// Staff read these errors: zod's own messages in Spanish.
z.config(z.locales.es());

/** Verbatim text from the report (after extraction artefacts are removed, see quotes.ts). */
export const Quote = z.string().trim().min(3, 'la cita textual no puede estar vacía');

export const Percent = z.object({
	pct: z.number().min(0).max(100),
	quote: Quote
});

export const FundingSource = z.enum(['propios', 'sgr']);
export type FundingSource = z.infer<typeof FundingSource>;

export const Funding = z
	.object({
		/** `not-stated`: the report gives the amount but no source. */
		status: z.enum(['stated', 'not-stated']),
		sources: z.array(
			z.object({
				source: FundingSource,
				/** Share of the investment, only where the report states it. */
				sharePct: z.number().min(0).max(100).nullable(),
				/** "provenientes principalmente del SGR": main source, share unknown. */
				main: z.boolean().default(false)
			})
		),
		quote: Quote.nullable()
	})
	.refine((f) => (f.status === 'stated') === (f.sources.length > 0 && f.quote !== null), {
		message: 'una fuente declarada necesita al menos una fuente y su cita'
	});

export const BeneficiaryStatus = z.enum(['reported', 'no-aplica', 'sin-datos', 'plantilla']);
export type BeneficiaryStatus = z.infer<typeof BeneficiaryStatus>;

export const Beneficiaries = z.discriminatedUnion('status', [
	z.object({
		status: z.literal('reported'),
		count: z.number().int().positive(),
		/** The unit as the report words it: ciudadanos, empresarios, organizaciones solidarias... */
		unit: z.string().min(1),
		/** Whether the count is of people or of organisations: they do not add up together. */
		unitClass: z.enum(['personas', 'organizaciones']),
		quote: Quote
	}),
	z.object({
		/** no-aplica: the report says it does not apply; sin-datos: "Sin datos";
		 * plantilla: the template's instruction was left in place. */
		status: z.enum(['no-aplica', 'sin-datos', 'plantilla']),
		quote: Quote
	})
]);

export const Group = z
	.object({
		label: z.string().min(1),
		count: z.number().int().nonnegative().optional(),
		pct: z.number().min(0).max(100).optional(),
		quote: Quote
	})
	.refine((g) => (g.count === undefined) !== (g.pct === undefined), {
		message: 'un grupo poblacional lleva un conteo o un porcentaje (uno de los dos)'
	});

export const Stated = z.enum(['stated', 'plantilla']);

export const Partners = z.object({
	status: Stated,
	/** Names as the report writes them (each appears in one of the quotes). */
	names: z.array(z.string().min(1)),
	quotes: z.array(Quote).min(1)
});

export const Period = z.object({
	status: Stated,
	/** Our short reading of the period (null when the template was left). */
	text: z.string().nullable(),
	quote: Quote
});

export const Scope = z.enum(['municipal', 'departmental', 'unspecified']);
export type Scope = z.infer<typeof Scope>;

export const Localizacion = z.object({
	/** filled: the section has content; empty: heading only; plantilla: instructions left. */
	status: z.enum(['filled', 'empty', 'plantilla']),
	scope: Scope,
	quote: Quote.nullable()
});

export const Evidence = z.enum(['localizacion', 'text']);
export type Evidence = z.infer<typeof Evidence>;

export const PlaceMention = z.object({
	/** The place as written in the report ("Cágota", "Salazar de las Palmas"). */
	name: z.string().min(1),
	/** localizacion: named in LOCALIZACIÓN; text: only in the meta's other text or captions. */
	evidence: Evidence,
	/** Where it is said. Defaults to the LOCALIZACIÓN quote for `localizacion`. */
	quotes: z.array(Quote).optional()
});

export const ExclusionReason = z.enum([
	'organizacion',
	'evento',
	'establecimiento',
	'mercado',
	'origen-participantes',
	'region',
	'palabra-comun',
	'barrio-sin-municipio',
	/** English photo descriptions inserted by the PDF extraction: not the report's words. */
	'descripcion-imagen'
]);
export type ExclusionReason = z.infer<typeof ExclusionReason>;

/** A place-like mention deliberately not counted as an intervention there. */
export const Exclusion = z.object({
	text: z.string().min(1),
	reason: ExclusionReason,
	quote: Quote,
	why: z.string().optional()
});

export const NoteKind = z.enum(['inconsistencia', 'errata', 'plantilla', 'criterio']);
export const Note = z.object({
	kind: NoteKind,
	/** Our wording: «el informe dice X en un lugar y Y en otro», never which one is right. */
	text: z.string().min(10),
	/** The report's own words the note rests on (verbatim, see quotes.ts). */
	quotes: z.array(Quote).optional(),
	/** Other metas the note is about (a cross-meta inconsistency): shown on their pages too. */
	metas: z.array(z.number().int().positive()).optional()
});
export type Note = z.infer<typeof Note>;

export const Meta = z
	.object({
		number: z.number().int().positive(),
		title: z.string().min(5),
		done: z.object({
			text: Quote,
			count: z.number().nonnegative().nullable(),
			unit: z.string().nullable()
		}),
		compliance: Percent,
		progress: Percent,
		investment: z.object({ millionCop: z.number().nonnegative(), quote: Quote }),
		funding: Funding,
		beneficiaries: Beneficiaries,
		groups: z.array(Group).default([]),
		partners: Partners,
		period: Period,
		localizacion: Localizacion,
		places: z.array(PlaceMention).default([]),
		excluded: z.array(Exclusion).default([]),
		notes: z.array(Note).default([])
	})
	.superRefine((m, ctx) => {
		const loc = m.places.filter((p) => p.evidence === 'localizacion');
		if (m.localizacion.status === 'filled' && !m.localizacion.quote) {
			ctx.addIssue({ code: 'custom', message: 'LOCALIZACIÓN con contenido necesita su cita' });
		}
		if (m.localizacion.scope === 'municipal' && loc.length === 0) {
			ctx.addIssue({
				code: 'custom',
				message: 'alcance municipal necesita al menos un lugar nombrado en LOCALIZACIÓN'
			});
		}
		if (m.localizacion.scope === 'unspecified' && loc.length > 0) {
			ctx.addIssue({
				code: 'custom',
				message: 'alcance sin especificar no puede tener lugares de LOCALIZACIÓN'
			});
		}
		if (m.localizacion.status !== 'filled' && m.localizacion.scope !== 'unspecified') {
			ctx.addIssue({
				code: 'custom',
				message: 'solo una LOCALIZACIÓN con contenido puede dar un alcance'
			});
		}
		if ((m.done.count === null) !== (m.done.unit === null)) {
			ctx.addIssue({ code: 'custom', message: 'el producto lleva conteo y unidad, o ninguno' });
		}
	});
export type MetaInput = z.input<typeof Meta>;
export type Meta = z.infer<typeof Meta>;

export const Metas = z.array(Meta).superRefine((metas, ctx) => {
	const seen = new Set<number>();
	for (const m of metas) {
		if (seen.has(m.number)) {
			ctx.addIssue({ code: 'custom', message: `la meta ${m.number} está repetida` });
		}
		seen.add(m.number);
	}
});

export const NarrativeTotal = z.object({
	id: z.string().regex(/^[a-z0-9-]+$/),
	theme: z.string().min(3),
	themeQuote: Quote,
	investment: z.object({
		millionCop: z.number().positive(),
		/** "más de" / "superior a": the figure is a lower bound. */
		lowerBound: z.boolean(),
		quote: Quote
	}),
	beneficiaries: z.object({
		count: z.number().int().positive(),
		unit: z.string(),
		lowerBound: z.boolean(),
		quote: Quote
	}),
	/** Our reading of which metas the paragraph summarises (the report does not say). */
	candidateMetas: z.array(z.number().int().positive()).min(1),
	basis: z.string().min(10)
});
export type NarrativeTotal = z.infer<typeof NarrativeTotal>;

export const Indicator = z.object({
	id: z.string().regex(/^[a-z0-9-]+$/),
	name: z.string(),
	unit: z.enum(['posicion', 'porcentaje', 'creditos']),
	/** Whether a lower value is better (a ranking position, a rate of informality). */
	better: z.enum(['lower', 'higher']),
	baseline2023: z.number(),
	progress2025: z.number(),
	target2027: z.number(),
	footnotes: z.array(z.string()).default([]),
	quote: Quote
});
export type Indicator = z.infer<typeof Indicator>;

export const ReportInfo = z.object({
	title: z.string(),
	entity: z.string(),
	plan: z.string(),
	period: z.string(),
	published: z.string(),
	sourceFile: z.string(),
	quotes: z.array(Quote).min(1),
	narrativeTotals: z.array(NarrativeTotal),
	indicators: z.array(Indicator),
	indicatorFootnotes: z.array(z.object({ mark: z.string(), text: Quote })),
	notes: z.array(Note).default([])
});
export type ReportInfo = z.infer<typeof ReportInfo>;

export const PlaceDecision = z.discriminatedUnion('decision', [
	z.object({
		name: z.string(),
		/** A misspelling, another name, or a corregimiento/vereda of a municipality. */
		decision: z.enum(['errata', 'alias', 'corregimiento']),
		divipola: z.string().regex(/^54\d{3}$/),
		reason: z.string().min(10)
	}),
	z.object({
		name: z.string(),
		/** Outside Norte de Santander: kept, never drawn on the department map. */
		decision: z.literal('fuera'),
		where: z.string(),
		reason: z.string().min(10)
	}),
	z.object({
		name: z.string(),
		/** The department as a whole. */
		decision: z.literal('departamento'),
		reason: z.string().min(10)
	})
]);
export type PlaceDecision = z.infer<typeof PlaceDecision>;
export const PlaceDecisions = z.array(PlaceDecision);
