/**
 * The draft as the edition workbook's rows (issue «Editions», §2): sheet
 * `metas` and sheet `lugares`, with the verbatim quotes and a `revisar`
 * column. A cell holds only a value the draft found; a value to review is
 * left empty (so an import without review fails) and explained in `revisar`.
 */
import type { Draft, DraftMeta, Figure, FundingSourceDraft } from './schema.ts';
import { formatNumber } from '../text/index.ts';

export interface MetaRow {
	meta: number;
	titulo: string | null;
	que_se_hizo: string | null;
	cumplimiento_pct: number | null;
	avance_cuatrienio_pct: number | null;
	inversion_millones: number | null;
	fuente: string | null;
	beneficiarios: number | null;
	unidad_beneficiarios: string | null;
	/** When `beneficiarios` is empty: sin datos / no aplica / sin diligenciar. */
	beneficiarios_estado: string | null;
	/** municipal / departamental / sin localización. */
	alcance: string | null;
	cita_inversion: string | null;
	cita_beneficiarios: string | null;
	/** What to check before importing; empty when nothing. */
	revisar: string;
	/** How something was read (lenient readings, template text left): for information. */
	notas: string;
}

export interface LugarRow {
	meta: number;
	/** As written in the report (resolved by the importer through lugares.yaml). */
	municipio: string;
	/** DIVIPOLA code when known (an extra column, ignored by the importer). */
	divipola: string | null;
	evidencia: 'localización' | 'texto';
	cita: string;
	revisar: string;
}

export interface DraftRows {
	metas: MetaRow[];
	lugares: LugarRow[];
}

const LABEL: Record<string, string> = {
	title: 'título',
	done: 'qué se hizo',
	compliancePct: 'cumplimiento',
	progressPct: 'avance frente al cuatrienio',
	investmentMillionCop: 'inversión',
	funding: 'fuente',
	count: 'beneficiarios',
	unit: 'unidad de beneficiarios',
	scope: 'alcance'
};

const valueOf = <T>(f: Figure<T>): T | null => (f.status === 'found' ? f.value : null);

function proposal(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return ` (propuesta: ${formatNumber(v)})`;
	if (typeof v === 'string') return ` (propuesta: «${v}»)`;
	return '';
}

/** «recursos propios», «SGR 96 %», «SGR (principal)», joined by «; ». */
export function fundingText(sources: readonly FundingSourceDraft[]): string {
	return sources
		.map((s) => {
			const name = s.source === 'propios' ? 'recursos propios' : 'SGR';
			if (s.sharePct !== null) return `${name} ${formatNumber(s.sharePct)} %`;
			return s.main ? `${name} (principal)` : name;
		})
		.join('; ');
}

const STATE: Record<string, string> = {
	'sin-datos': 'sin datos',
	'no-aplica': 'no aplica',
	plantilla: 'sin diligenciar',
	vacio: 'sin diligenciar',
	ausente: 'sin diligenciar'
};

const SCOPE: Record<string, string> = {
	municipal: 'municipal',
	departmental: 'departamental',
	unspecified: 'sin localización'
};

function metaRow(m: DraftMeta, problems: Draft['problems']): MetaRow {
	const figures: [string, Figure<unknown>][] = [
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
	const review = figures
		.filter(([, f]) => f.status === 'needs-review')
		.map(([k, f]) => `${LABEL[k]}: ${(f as { note: string }).note}${proposal(f.value)}`);
	const notes = figures
		.filter(([, f]) => f.status === 'found' && (f as { note?: string }).note)
		.map(([k, f]) => `${LABEL[k]}: ${(f as { note: string }).note}`);
	for (const p of problems.filter(
		(p) => p.meta === m.number && (p.field === 'localizacion' || p.field === 'number')
	)) {
		notes.push(p.message);
	}
	const count = m.beneficiaries.count;
	const b = m.beneficiaries;
	return {
		meta: m.number,
		titulo: valueOf(m.title),
		que_se_hizo: valueOf(m.done),
		cumplimiento_pct: valueOf(m.compliancePct),
		avance_cuatrienio_pct: valueOf(m.progressPct),
		inversion_millones: valueOf(m.investmentMillionCop),
		fuente: m.funding.status === 'found' ? fundingText(m.funding.value) : null,
		beneficiarios: valueOf(count),
		unidad_beneficiarios: valueOf(b.unit),
		beneficiarios_estado: count.status === 'not-stated' ? STATE[count.reason] : null,
		alcance: m.scope.status === 'found' ? SCOPE[m.scope.value] : null,
		cita_inversion: m.investmentMillionCop.verbatim,
		cita_beneficiarios: count.verbatim ?? b.unit.verbatim,
		revisar: [...new Set(review)].join(' | '),
		notas: [...new Set(notes)].join(' | ')
	};
}

/** The workbook rows of a draft. Pure; does not change the draft. */
export function draftToRows(draft: Draft): DraftRows {
	return {
		metas: draft.metas.map((m) => metaRow(m, draft.problems)),
		lugares: draft.metas.flatMap((m) =>
			m.places.map((p): LugarRow => ({
				meta: m.number,
				municipio: p.writtenAs,
				divipola: p.divipola,
				evidencia: p.evidence === 'localizacion' ? 'localización' : 'texto',
				cita: p.verbatim,
				revisar:
					p.status === 'found'
						? ''
						: `${p.note ?? 'Por revisar.'}${p.suggestions.length ? ` ¿${p.suggestions.join(', ')}?` : ''} Borre la fila si no es un lugar de intervención.`
			}))
		)
	};
}
