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

/**
 * A quote an edition captured by the Secretaría (`origin: secretaria`, e.g. imported from a
 * workbook without quotes) may leave out; `buildDataset` requires it when `origin: informe`.
 */
export const OptionalQuote = Quote.nullable().default(null);

export const Percent = z.object({
	pct: z.number().min(0).max(100),
	quote: OptionalQuote
});

/** A funding source id; the edition descriptor lists the ones an edition uses (`fundingSources`). */
export const FundingSource = z.string().regex(/^[a-z0-9-]+$/, 'un identificador en minúsculas, sin espacios');
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
		/** Required when stated, in an `informe` edition (checked by buildDataset). */
		quote: Quote.nullable()
	})
	.refine((f) => (f.status === 'stated') === f.sources.length > 0, {
		message: 'una fuente declarada necesita al menos una fuente (y «not-stated» ninguna)'
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
		quote: OptionalQuote
	}),
	z.object({
		/** no-aplica: the report says it does not apply; sin-datos: "Sin datos";
		 * plantilla: the template's instruction was left in place. */
		status: z.enum(['no-aplica', 'sin-datos', 'plantilla']),
		quote: OptionalQuote
	})
]);

export const Group = z
	.object({
		label: z.string().min(1),
		count: z.number().int().nonnegative().optional(),
		pct: z.number().min(0).max(100).optional(),
		quote: OptionalQuote
	})
	.refine((g) => (g.count === undefined) !== (g.pct === undefined), {
		message: 'un grupo poblacional lleva un conteo o un porcentaje (uno de los dos)'
	});

/** `sin-datos`: not captured (a workbook without the column); only in `secretaria` editions. */
export const Stated = z.enum(['stated', 'plantilla', 'sin-datos']);

export const Partners = z.object({
	status: Stated,
	/** Names as the report writes them (each appears in one of the quotes). */
	names: z.array(z.string().min(1)),
	/** At least one in an `informe` edition (checked by buildDataset). */
	quotes: z.array(Quote).default([])
});

export const Period = z.object({
	status: Stated,
	/** Our short reading of the period (null when the template was left). */
	text: z.string().nullable(),
	quote: OptionalQuote
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
	quote: OptionalQuote,
	why: z.string().optional()
});

export const NoteKind = z.enum(['inconsistencia', 'errata', 'plantilla', 'criterio']);
export const Note = z.object({ kind: NoteKind, text: z.string().min(10) });

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
		investment: z.object({ millionCop: z.number().nonnegative(), quote: OptionalQuote }),
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
	themeQuote: OptionalQuote,
	investment: z.object({
		millionCop: z.number().positive(),
		/** "más de" / "superior a": the figure is a lower bound. */
		lowerBound: z.boolean(),
		quote: OptionalQuote
	}),
	beneficiaries: z.object({
		count: z.number().int().positive(),
		unit: z.string(),
		lowerBound: z.boolean(),
		quote: OptionalQuote
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
	/** Values in the years of `ReportInfo.indicatorYears` (the table's columns). */
	baseline: z.number(),
	progress: z.number(),
	target: z.number(),
	footnotes: z.array(z.string()).default([]),
	quote: OptionalQuote
});
export type Indicator = z.infer<typeof Indicator>;

const Year = z.number().int().min(1900).max(2200);

export const ReportInfo = z.object({
	/** The years of the result-indicator table's columns: línea base, avance, meta. */
	indicatorYears: z.object({ baseline: Year, progress: Year, target: Year }),
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
		divipola: z.string().regex(/^\d{5}$/, 'un código DIVIPOLA de 5 cifras'),
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

/**
 * An edition: one report of one entity, in its folder `src/data/ediciones/<id>/` with
 * `edicion.yaml` (this descriptor), `metas.yaml` and `informe.yaml`. Every page, figure and
 * download takes the report's identity from here, never from code.
 */
export const EditionDescriptor = z
	.object({
		/** Folder name and URL segment: `2024-2025`, `2026`. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'minúsculas, cifras y guiones: 2024-2025'),
		/** The office that reports ("Secretaría de …"). */
		entity: z.string().min(3),
		/** The government it belongs to ("Gobernación de …"). */
		government: z.string().min(3),
		/** The report's full title. */
		title: z.string().min(5),
		/** Short title for headers and file names' captions. */
		shortTitle: z.string().min(5),
		period: z.object({
			/** As the report words it: "2024 y 2025". */
			text: z.string().min(4),
			/** Compact form for titles: "2024-2025". */
			label: z.string().min(4),
			years: z.array(Year).min(1)
		}),
		plan: z.string().min(5),
		published: z.object({
			/** yyyy-mm or yyyy-mm-dd: orders editions (the newest is the default). */
			date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'una fecha AAAA-MM o AAAA-MM-DD'),
			/** As the report words it: "Noviembre de 2025". */
			text: z.string().min(4)
		}),
		/** The source line printed under every figure and table of this edition. */
		source: z.string().min(10),
		/** DANE projection year used for per-1,000-inhabitant figures. */
		populationYear: Year,
		/** The funding sources the metas may name, with their labels. */
		fundingSources: z
			.array(
				z.object({
					id: FundingSource,
					/** "Recursos propios", "Sistema General de Regalías (SGR)". */
					label: z.string().min(2),
					/** For sentences and figure subtitles: "recursos propios", "SGR". */
					short: z.string().min(2)
				})
			)
			.min(1),
		/**
		 * `informe`: figures quoted verbatim from the report text in `reportText`;
		 * `secretaria`: captured by the Secretaría's staff (e.g. imported from a workbook without
		 * quotes), shown as such on every page and figure.
		 */
		origin: z.enum(['informe', 'secretaria']),
		/** Path of the report text inside the edition folder (null when there is none). */
		reportText: z.string().nullable(),
		/** Verbatim quotes of the identity above, checked against the report text. */
		quotes: z.array(Quote)
	})
	.superRefine((e, ctx) => {
		if (e.origin === 'informe' && (e.reportText === null || e.quotes.length === 0)) {
			ctx.addIssue({
				code: 'custom',
				message: 'una edición citada del informe necesita reportText y al menos una cita'
			});
		}
		const ids = e.fundingSources.map((f) => f.id);
		const dup = ids.find((id, i) => ids.indexOf(id) !== i);
		if (dup) ctx.addIssue({ code: 'custom', message: `la fuente «${dup}» está repetida` });
	});
export type EditionDescriptor = z.infer<typeof EditionDescriptor>;
