/**
 * The explorer's view state and its URL form. Every choice lives in the URL
 * so back/forward work and a shared link reproduces the view; an invalid
 * parameter silently falls back to its default.
 */
import { MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../scales/index.ts';

export type Metric = 'inversion' | 'beneficiarios' | 'metas';
export type Normalisation = 'total' | 'por-mil';
export type SplitRule = 'igual' | 'poblacion';
export type FundingFilter = 'todas' | 'propios' | 'sgr';
export type EvidenceFilter = 'localizacion' | 'texto';

export interface ExploreState {
	metric: Metric;
	norm: Normalisation;
	rule: SplitRule;
	method: ClassMethod;
	k: number;
	/** Selected metas; empty means all. */
	metas: number[];
	funding: FundingFilter;
	evidence: EvidenceFilter;
	/** Spread departmental-scope amounts over the 40 municipalities by population. */
	spread: boolean;
	/** Selected municipality (DIVIPOLA) or null. */
	selected: string | null;
}

export const DEFAULT_STATE: ExploreState = {
	metric: 'inversion',
	norm: 'total',
	rule: 'igual',
	method: 'jenks',
	k: 5,
	metas: [],
	funding: 'todas',
	evidence: 'localizacion',
	spread: false,
	selected: null
};

export const METRIC_LABELS: Record<Metric, string> = {
	inversion: 'Inversión estimada',
	beneficiarios: 'Beneficiarios estimados (personas)',
	metas: 'Número de metas que lo nombran'
};
export const NORM_LABELS: Record<Normalisation, string> = {
	total: 'Total',
	'por-mil': 'Por 1.000 habitantes'
};
export const RULE_LABELS: Record<SplitRule, string> = {
	igual: 'Partes iguales entre los municipios nombrados',
	poblacion: 'Según la población de los municipios nombrados'
};
export const FUNDING_LABELS: Record<FundingFilter, string> = {
	todas: 'Todas las fuentes',
	propios: 'Con recursos propios',
	sgr: 'Con Sistema General de Regalías (SGR)'
};
export const EVIDENCE_LABELS: Record<EvidenceFilter, string> = {
	localizacion: 'Solo municipios nombrados en LOCALIZACIÓN',
	texto: 'También los mencionados en el resto del texto'
};

/** Every value of every control, in the order the controls list them. */
const keys = <K extends string>(labels: Record<K, string>) => Object.keys(labels) as K[];
export const METRICS = keys(METRIC_LABELS);
export const NORMS = keys(NORM_LABELS);
export const RULES = keys(RULE_LABELS);
export const FUNDINGS = keys(FUNDING_LABELS);
export const EVIDENCES = keys(EVIDENCE_LABELS);
export const CLASS_COUNTS = Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i);

/** URL parameter names (Spanish, readable in a shared link). */
const P = {
	metric: 'metrica',
	norm: 'normalizacion',
	rule: 'regla',
	method: 'cortes',
	k: 'clases',
	metas: 'metas',
	funding: 'fuente',
	evidence: 'evidencia',
	spread: 'departamental',
	selected: 'municipio'
} as const;
const METHOD_PARAM: Record<ClassMethod, string> = {
	jenks: 'naturales',
	quantile: 'cuantiles',
	equal: 'iguales'
};

function oneOf<T extends string>(value: string | null, options: readonly T[], fallback: T): T {
	return options.includes(value as T) ? (value as T) : fallback;
}

export interface StateContext {
	metaNumbers: readonly number[];
	municipalityCodes: ReadonlySet<string>;
}

export function parseState(params: URLSearchParams, ctx: StateContext): ExploreState {
	const d = DEFAULT_STATE;
	// Only plain digits are numbers here: Number() would also read " 4", "0x4" and "4e0".
	const integer = (text: string | null) => (text !== null && /^\d{1,3}$/.test(text) ? Number(text) : NaN);
	const k = integer(params.get(P.k));
	const methodEntry = Object.entries(METHOD_PARAM).find(([, v]) => v === params.get(P.method));
	const metas = (params.get(P.metas) ?? '')
		.split(',')
		.map(integer)
		.filter((n) => ctx.metaNumbers.includes(n));
	const selected = params.get(P.selected);
	const metric = oneOf(params.get(P.metric), METRICS, d.metric);
	const chosen = [...new Set(metas)].sort((a, b) => a - b);
	return {
		metric,
		// Counting metas per inhabitant means nothing: the count is always a total.
		norm: metric === 'metas' ? 'total' : oneOf(params.get(P.norm), NORMS, d.norm),
		rule: oneOf(params.get(P.rule), RULES, d.rule),
		method: methodEntry ? (methodEntry[0] as ClassMethod) : d.method,
		k: CLASS_COUNTS.includes(k) ? k : d.k,
		// Every meta chosen is the same view as none chosen (all): one state, one URL.
		metas: chosen.length === ctx.metaNumbers.length ? [] : chosen,
		funding: oneOf(params.get(P.funding), FUNDINGS, d.funding),
		evidence: oneOf(params.get(P.evidence), EVIDENCES, d.evidence),
		spread: params.get(P.spread) === 'repartir',
		selected: selected && ctx.municipalityCodes.has(selected) ? selected : null
	};
}

/** URL parameters for a state, leaving defaults out so links stay short. */
export function serializeState(state: ExploreState): URLSearchParams {
	const d = DEFAULT_STATE;
	const p = new URLSearchParams();
	if (state.metric !== d.metric) p.set(P.metric, state.metric);
	if (state.norm !== d.norm && state.metric !== 'metas') p.set(P.norm, state.norm);
	if (state.rule !== d.rule) p.set(P.rule, state.rule);
	if (state.method !== d.method) p.set(P.method, METHOD_PARAM[state.method]);
	if (state.k !== d.k) p.set(P.k, String(state.k));
	if (state.metas.length) p.set(P.metas, state.metas.join(','));
	if (state.funding !== d.funding) p.set(P.funding, state.funding);
	if (state.evidence !== d.evidence) p.set(P.evidence, state.evidence);
	if (state.spread) p.set(P.spread, 'repartir');
	if (state.selected) p.set(P.selected, state.selected);
	return p;
}

export const PARAM_NAMES = P;
export const METHOD_PARAM_VALUES = METHOD_PARAM;
