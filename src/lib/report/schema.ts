/**
 * The shape of the report data in src/data/ (YAML), checked on every load.
 * Every figure carries the verbatim text it came from (`quote`), so a test can
 * prove it is in the report and that the number is in the quote.
 *
 * Every object is strict: a field the schema does not know (a misspelt
 * `grupos:` for `groups:`) is an error, never silently dropped. Lists whose
 * items are shown with a key (notes, ids, names) refuse repeats here; repeated
 * identical items anywhere are refused when the file is read (source.ts).
 */
import { z } from 'zod';
import { fold } from '../text/index.ts';

// Staff read these errors: zod's own messages in Spanish (load.ts rewrites the common ones).
z.config(z.locales.es());

/** Bounds that no figure of this Secretaría's report can pass; each far above the largest real one. */
export const BOUNDS = {
	/** Millions of COP: the largest meta is 12.972; the department's yearly budget is about 2 billones. */
	millionCop: 100_000,
	/** People, organisations or products: Norte de Santander has about 1,7 millones inhabitants. */
	count: 2_000_000,
	/** Meta numbers of the development plan. */
	meta: 200,
	/** Departmental ranking positions: 32 departments and Bogotá. */
	position: 33
} as const;

/** Free text: trimmed, not empty. */
const Text = (min = 1) =>
	z
		.string()
		.trim()
		.min(min, min === 1 ? 'el texto está vacío' : `el texto necesita al menos ${min} caracteres`);

/** Verbatim text from the report (after extraction artefacts are removed, see quotes.ts). */
export const Quote = z.string().trim().min(3, 'la cita textual no puede estar vacía');

const Count = z.number().int().max(BOUNDS.count);
const MillionCop = z.number().max(BOUNDS.millionCop);
const Pct = z.number().min(0).max(100);

/** Refuses two items of `items` with the same `key`, pointing at the second and naming the first. */
function refuseRepeats<T>(
	ctx: z.RefinementCtx,
	items: readonly T[],
	key: (item: T) => unknown,
	path: (i: number) => PropertyKey[],
	what: string
): void {
	const seen = new Map<unknown, number>();
	items.forEach((item, i) => {
		const k = key(item);
		const j = seen.get(k);
		if (j === undefined) seen.set(k, i);
		else {
			// `at` and `repeats` are relative to the refined object; issues.ts makes them absolute.
			ctx.addIssue({
				code: 'custom',
				path: path(i),
				message: `${what} repite el ${j + 1}.º`,
				params: { at: path(i), repeats: path(j) }
			});
		}
	});
}

/** Same words, whatever the spacing: two notes that differ only in spaces are the same note. */
const sameText = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A quote an edition captured by the Secretaría (`origin: secretaria`, e.g. imported from a
 * workbook without quotes) may leave out; `buildDataset` requires it when `origin: informe`.
 */
export const OptionalQuote = Quote.nullable().default(null);

export const Percent = z.strictObject({
	pct: Pct,
	quote: OptionalQuote
});

/** A funding source id; the edition descriptor lists the ones an edition uses (`fundingSources`). */
export const FundingSource = z.string().regex(/^[a-z0-9-]+$/, 'un identificador en minúsculas, sin espacios');
export type FundingSource = z.infer<typeof FundingSource>;

export const Funding = z
	.strictObject({
		/** `not-stated`: the report gives the amount but no source. */
		status: z.enum(['stated', 'not-stated']),
		sources: z.array(
			z.strictObject({
				source: FundingSource,
				/** Share of the investment, only where the report states it. */
				sharePct: Pct.nullable(),
				/** "provenientes principalmente del SGR": main source, share unknown. */
				main: z.boolean().default(false)
			})
		),
		/** Required when stated, in an `informe` edition (checked by buildDataset). */
		quote: Quote.nullable()
	})
	.superRefine((f, ctx) => {
		// The quote of a stated source is required in an `informe` edition (buildDataset).
		if (f.status === 'stated' ? f.sources.length === 0 : f.sources.length > 0 || f.quote !== null) {
			ctx.addIssue({
				code: 'custom',
				message:
					f.status === 'stated'
						? 'una fuente declarada («stated») necesita al menos una fuente'
						: 'sin fuente declarada («not-stated») no lleva fuentes ni cita (sources: [], quote: null)'
			});
		}
		refuseRepeats(
			ctx,
			f.sources,
			(x) => x.source,
			(i) => ['sources', i, 'source'],
			'la fuente'
		);
	});

export const BeneficiaryStatus = z.enum(['reported', 'no-aplica', 'sin-datos', 'plantilla']);
export type BeneficiaryStatus = z.infer<typeof BeneficiaryStatus>;

export const Beneficiaries = z.discriminatedUnion('status', [
	z.strictObject({
		status: z.literal('reported'),
		count: Count.positive(),
		/** The unit as the report words it: ciudadanos, empresarios, organizaciones solidarias... */
		unit: Text(),
		/** Whether the count is of people or of organisations: they do not add up together. */
		unitClass: z.enum(['personas', 'organizaciones']),
		quote: OptionalQuote
	}),
	z.strictObject({
		/** no-aplica: the report says it does not apply; sin-datos: "Sin datos";
		 * plantilla: the template's instruction was left in place. */
		status: z.enum(['no-aplica', 'sin-datos', 'plantilla']),
		quote: OptionalQuote
	})
]);

export const Group = z
	.strictObject({
		label: Text(),
		count: Count.nonnegative().optional(),
		pct: Pct.optional(),
		quote: OptionalQuote
	})
	.refine((g) => (g.count === undefined) !== (g.pct === undefined), {
		message: 'un grupo poblacional lleva un conteo o un porcentaje (uno de los dos)'
	});

/** `sin-datos`: not captured (a workbook without the column); only in `secretaria` editions. */
export const Stated = z.enum(['stated', 'plantilla', 'sin-datos']);

export const Partners = z
	.strictObject({
		status: Stated,
		/** Names as the report writes them (each appears in one of the quotes). */
		names: z.array(Text()),
		/** At least one in an `informe` edition (checked by buildDataset). */
		quotes: z.array(Quote).default([])
	})
	.superRefine((p, ctx) => {
		refuseRepeats(ctx, p.names, fold, (i) => ['names', i], 'el aliado');
		refuseRepeats(ctx, p.quotes, sameText, (i) => ['quotes', i], 'la cita');
	});

export const Period = z.strictObject({
	status: Stated,
	/** Our short reading of the period (null when the template was left). */
	text: Text().nullable(),
	quote: OptionalQuote
});

export const Scope = z.enum(['municipal', 'departmental', 'unspecified']);
export type Scope = z.infer<typeof Scope>;

export const Localizacion = z.strictObject({
	/** filled: the section has content; empty: heading only; plantilla: instructions left. */
	status: z.enum(['filled', 'empty', 'plantilla']),
	scope: Scope,
	quote: Quote.nullable()
});

export const Evidence = z.enum(['localizacion', 'text']);
export type Evidence = z.infer<typeof Evidence>;

export const PlaceMention = z
	.strictObject({
		/** The place as written in the report ("Cágota", "Salazar de las Palmas"). */
		name: Text(),
		/** localizacion: named in LOCALIZACIÓN; text: only in the meta's other text or captions. */
		evidence: Evidence,
		/** Where it is said. Defaults to the LOCALIZACIÓN quote for `localizacion`. */
		quotes: z.array(Quote).min(1).optional()
	})
	.superRefine((p, ctx) => {
		if (p.evidence === 'text' && !p.quotes) {
			ctx.addIssue({
				code: 'custom',
				path: ['quotes'],
				message: 'un lugar con evidencia «text» necesita sus citas («quotes»): dónde lo dice el informe'
			});
		}
		refuseRepeats(ctx, p.quotes ?? [], sameText, (i) => ['quotes', i], 'la cita');
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
export const Exclusion = z.strictObject({
	text: Text(),
	reason: ExclusionReason,
	quote: OptionalQuote,
	why: Text().optional()
});

export const NoteKind = z.enum(['inconsistencia', 'errata', 'plantilla', 'criterio']);
export const Note = z
	.strictObject({
		kind: NoteKind,
		/** Our wording: «el informe dice X en un lugar y Y en otro», never which one is right. */
		text: Text(10),
		/** The report's own words the note rests on (verbatim, see quotes.ts). */
		quotes: z.array(Quote).optional(),
		/** Other metas the note is about (a cross-meta inconsistency): shown on their pages too. */
		metas: z.array(z.number().int().positive().max(BOUNDS.meta)).optional()
	})
	.superRefine((n, ctx) => {
		refuseRepeats(ctx, n.quotes ?? [], sameText, (i) => ['quotes', i], 'la cita');
		refuseRepeats(
			ctx,
			n.metas ?? [],
			(x) => x,
			(i) => ['metas', i],
			'la meta'
		);
	});
export type Note = z.infer<typeof Note>;

/** Notes are shown keyed by their text: the same text twice is one note written twice. */
function refuseRepeatedNotes(ctx: z.RefinementCtx, notes: readonly { text: string }[]) {
	refuseRepeats(
		ctx,
		notes,
		(n) => sameText(n.text),
		(i) => ['notes', i, 'text'],
		'la nota'
	);
}

export const Meta = z
	.strictObject({
		number: z.number().int().positive().max(BOUNDS.meta),
		title: Text(5),
		done: z.strictObject({
			text: Quote,
			count: Count.nonnegative().nullable(),
			unit: Text().nullable()
		}),
		compliance: Percent,
		progress: Percent,
		investment: z.strictObject({ millionCop: MillionCop.nonnegative(), quote: OptionalQuote }),
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
				path: ['localizacion', 'scope'],
				message: 'alcance municipal necesita al menos un lugar nombrado en LOCALIZACIÓN'
			});
		}
		if (m.localizacion.scope === 'unspecified' && loc.length > 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['localizacion', 'scope'],
				message: 'alcance sin especificar no puede tener lugares de LOCALIZACIÓN'
			});
		}
		if (m.localizacion.status !== 'filled' && m.localizacion.scope !== 'unspecified') {
			ctx.addIssue({
				code: 'custom',
				path: ['localizacion', 'scope'],
				message: 'solo una LOCALIZACIÓN con contenido («filled») puede dar un alcance'
			});
		}
		if ((m.done.count === null) !== (m.done.unit === null)) {
			ctx.addIssue({
				code: 'custom',
				path: ['done'],
				message: 'el producto lleva conteo y unidad, o ninguno'
			});
		}
		// A place without a quote of its own or LOCALIZACIÓN's is refused in an `informe` edition (buildDataset).
		refuseRepeats(
			ctx,
			m.groups,
			(g) => fold(g.label),
			(i) => ['groups', i, 'label'],
			'el grupo'
		);
		refuseRepeats(
			ctx,
			m.excluded,
			(x) => `${fold(x.text)}\u0000${sameText(x.quote ?? '')}`,
			(i) => ['excluded', i],
			'la exclusión (mismo texto y cita)'
		);
		refuseRepeatedNotes(ctx, m.notes);
	});
export type MetaInput = z.input<typeof Meta>;
export type Meta = z.infer<typeof Meta>;

export const Metas = z
	.array(Meta)
	.min(1, 'el archivo no tiene ninguna meta')
	.superRefine((metas, ctx) => {
		refuseRepeats(
			ctx,
			metas,
			(m) => m.number,
			(i) => [i, 'number'],
			'el número de meta'
		);
	});

const Id = z
	.string()
	.regex(
		/^[a-z0-9-]+$/,
		'el id lleva solo minúsculas sin tildes, cifras y guiones (p. ej. «gestion-sectores»)'
	);

export const NarrativeTotal = z.strictObject({
	id: Id,
	theme: Text(3),
	themeQuote: OptionalQuote,
	investment: z.strictObject({
		millionCop: MillionCop.positive(),
		/** "más de" / "superior a": the figure is a lower bound. */
		lowerBound: z.boolean(),
		quote: OptionalQuote
	}),
	beneficiaries: z.strictObject({
		count: Count.positive(),
		unit: Text(),
		lowerBound: z.boolean(),
		quote: OptionalQuote
	}),
	/** Our reading of which metas the paragraph summarises (the report does not say). */
	candidateMetas: z.array(z.number().int().positive().max(BOUNDS.meta)).min(1),
	basis: Text(10)
});
export type NarrativeTotal = z.infer<typeof NarrativeTotal>;

const IndicatorUnit = z.enum(['posicion', 'porcentaje', 'creditos']);
/** What a value of each unit can be: a ranking position, a percentage, a count of credits. */
const INDICATOR_VALUE: Record<
	z.infer<typeof IndicatorUnit>,
	{ check: (v: number) => boolean; expected: string }
> = {
	posicion: {
		check: (v) => Number.isInteger(v) && v >= 1 && v <= BOUNDS.position,
		expected: `una posición entre 1 y ${BOUNDS.position}`
	},
	porcentaje: { check: (v) => v >= 0 && v <= 100, expected: 'un porcentaje entre 0 y 100' },
	creditos: {
		check: (v) => Number.isInteger(v) && v >= 0 && v <= BOUNDS.count,
		expected: 'un número entero de créditos'
	}
};

export const Indicator = z
	.strictObject({
		id: Id,
		name: Text(),
		unit: IndicatorUnit,
		/** Whether a lower value is better (a ranking position, a rate of informality). */
		better: z.enum(['lower', 'higher']),
		/** Values in the years of `ReportInfo.indicatorYears` (the table's columns). */
		baseline: z.number(),
		progress: z.number(),
		target: z.number(),
		footnotes: z.array(Text()).default([]),
		quote: OptionalQuote
	})
	.superRefine((ind, ctx) => {
		const rule = INDICATOR_VALUE[ind.unit];
		for (const k of ['baseline', 'progress', 'target'] as const) {
			if (!rule.check(ind[k])) {
				ctx.addIssue({
					code: 'custom',
					path: [k],
					message: `con unit «${ind.unit}» se esperaba ${rule.expected}`
				});
			}
		}
	});
export type Indicator = z.infer<typeof Indicator>;

const Year = z.number().int().min(1900).max(2200);

export const ReportInfo = z
	.strictObject({
		/** The years of the result-indicator table's columns: línea base, avance, meta. */
		indicatorYears: z.strictObject({ baseline: Year, progress: Year, target: Year }),
		narrativeTotals: z.array(NarrativeTotal),
		indicators: z.array(Indicator),
		indicatorFootnotes: z.array(z.strictObject({ mark: Text(), text: Quote })),
		notes: z.array(Note).default([])
	})
	.superRefine((r, ctx) => {
		refuseRepeats(
			ctx,
			r.narrativeTotals,
			(t) => t.id,
			(i) => ['narrativeTotals', i, 'id'],
			'el id del total'
		);
		refuseRepeats(
			ctx,
			r.indicators,
			(t) => t.id,
			(i) => ['indicators', i, 'id'],
			'el id del indicador'
		);
		refuseRepeats(
			ctx,
			r.indicatorFootnotes,
			(f) => f.mark,
			(i) => ['indicatorFootnotes', i, 'mark'],
			'la marca'
		);
		refuseRepeatedNotes(ctx, r.notes);
	});
export type ReportInfo = z.infer<typeof ReportInfo>;

// Whether the code is one of the territory's municipalities is checked against the geodata.
const Divipola = z
	.string()
	.regex(
		/^\d{5}$/,
		'se esperaba el código DIVIPOLA de un municipio: 5 cifras, entre comillas, como en geodata/municipios.json'
	);

export const PlaceDecision = z.discriminatedUnion('decision', [
	z.strictObject({
		name: Text(),
		/** A misspelling, another name, or a corregimiento/vereda of a municipality. */
		decision: z.enum(['errata', 'alias', 'corregimiento']),
		divipola: Divipola,
		reason: Text(10)
	}),
	z.strictObject({
		name: Text(),
		/** Outside Norte de Santander: kept, never drawn on the department map. */
		decision: z.literal('fuera'),
		where: Text(),
		reason: Text(10)
	}),
	z.strictObject({
		name: Text(),
		/** The department as a whole. */
		decision: z.literal('departamento'),
		reason: Text(10)
	})
]);
export type PlaceDecision = z.infer<typeof PlaceDecision>;
/** Names are matched without accents or case, so «Cágota» and «cagota» are the same name. */
export const PlaceDecisions = z.array(PlaceDecision).superRefine((ds, ctx) => {
	refuseRepeats(
		ctx,
		ds,
		(d) => fold(d.name),
		(i) => [i, 'name'],
		'el nombre (sin tildes ni mayúsculas)'
	);
});

/**
 * An edition's id: a year first, so that `/2026/…` is an edition and `/metas/`
 * is not (src/params/edicion.ts matches the same pattern; a test keeps them equal).
 */
export const EDITION_ID = /^\d{4}(-[a-z0-9]+)*$/;
export const EDITION_ID_HELP =
	'un año y, si hace falta, minúsculas, cifras y guiones (p. ej. 2026 o 2024-2027)';

/**
 * An edition: one report of one entity, in its folder `src/data/ediciones/<id>/` with
 * `edicion.yaml` (this descriptor), `metas.yaml` and `informe.yaml`. Every page, figure and
 * download takes the report's identity from here, never from code.
 */
export const EditionDescriptor = z
	.strictObject({
		/** Folder name and URL segment (`/2026/metas/`): `2024-2025`, `2026`, `2027-final`. */
		id: z.string().regex(EDITION_ID, EDITION_ID_HELP),
		/** The office that reports ("Secretaría de …"). */
		entity: Text(3),
		/** The government it belongs to ("Gobernación de …"). */
		government: Text(3),
		/** The report's full title. */
		title: Text(5),
		/** Short title for headers and file names' captions. */
		shortTitle: Text(5),
		period: z.strictObject({
			/** As the report words it: "2024 y 2025". */
			text: Text(4),
			/** Compact form for titles: "2024-2025". */
			label: Text(4),
			years: z.array(Year).min(1)
		}),
		plan: Text(5),
		published: z.strictObject({
			/** yyyy-mm or yyyy-mm-dd: orders editions (the newest is the default). */
			date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'una fecha AAAA-MM o AAAA-MM-DD'),
			/** As the report words it: "Noviembre de 2025". */
			text: Text(4)
		}),
		/** The source line printed under every figure and table of this edition. */
		source: Text(10),
		/** DANE projection year used for per-1,000-inhabitant figures. */
		populationYear: Year,
		/** The funding sources the metas may name, with their labels. */
		fundingSources: z
			.array(
				z.strictObject({
					id: FundingSource,
					/** "Recursos propios", "Sistema General de Regalías (SGR)". */
					label: Text(2),
					/** For sentences and figure subtitles: "recursos propios", "SGR". */
					short: Text(2)
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
		reportText: Text().nullable(),
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
		refuseRepeats(
			ctx,
			e.fundingSources,
			(f) => f.id,
			(i) => ['fundingSources', i, 'id'],
			'la fuente'
		);
		refuseRepeats(ctx, e.quotes, sameText, (i) => ['quotes', i], 'la cita');
	});
export type EditionDescriptor = z.infer<typeof EditionDescriptor>;
