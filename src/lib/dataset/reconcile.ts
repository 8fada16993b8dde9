/**
 * The introduction's narrative totals («más de 700 empresarios ... superior a
 * los $2.181 millones») against the sum of the metas we read them as
 * summarising. The report does not say which metas each total adds up, so the
 * grouping is ours and is always shown with the result.
 *
 * Like with like only: money with money; people only when every meta with a
 * count uses the narrative's own unit (ciudadanos with ciudadanos, never
 * empresarios or unidades económicas with personas). A gap larger than
 * TOLERANCE_PCT is never called a match, not even under «más de».
 */
import { fold, formatNumber, listEs } from '../text/index.ts';

/** Gap (in % of the report's figure) still read as the same number: the intro rounds («más de 700»). */
export const TOLERANCE_PCT = 1;

/** What the reconciliation needs of a meta. */
export interface CandidateMeta {
	number: number;
	investmentMillionCop: number;
	beneficiaries: { count: number | null; unit: string | null };
}

/** A figure of the introduction; `lowerBound` for «más de», «superior a», «supera». */
export interface NarrativeFigure {
	value: number;
	lowerBound: boolean;
}

/**
 * coincide: equal, or above a «más de» figure by at most the tolerance;
 * casi: within the tolerance otherwise (below a «más de», or not exact);
 * mayor / menor: a larger gap.
 */
export type Verdict = 'coincide' | 'casi' | 'mayor' | 'menor';

export interface Comparison {
	reported: number;
	lowerBound: boolean;
	sum: number;
	/** sum − reported. */
	difference: number;
	/** difference as a percentage of the reported figure. */
	differencePct: number;
	verdict: Verdict;
}

export interface UnitGroup {
	/** The unit as counted (its core: «ciudadanos con planes de negocio» -> «ciudadanos»). */
	unit: string;
	metas: number[];
	count: number;
}

export interface CountReconciliation {
	/** The narrative's unit, as the report words it. */
	unit: string;
	/** Null when the metas count something else. */
	comparison: Comparison | null;
	/** What the candidate metas count, grouped by unit. */
	byUnit: UnitGroup[];
	/** Candidate metas that give no count (no aplica, sin datos, plantilla). */
	withoutCount: number[];
	/** Why no comparison is made, in Spanish; null when one is. */
	notComparable: string | null;
}

export interface Reconciliation {
	/** The metas added up (our reading; the report does not say). */
	metas: number[];
	investment: Comparison;
	beneficiaries: CountReconciliation;
}

const cents = (x: number) => Math.round(x * 100);

/** Compares a sum with a figure of the report. */
export function compare(sum: number, figure: NarrativeFigure): Comparison {
	const s = cents(sum) / 100;
	const difference = (cents(sum) - cents(figure.value)) / 100;
	const differencePct = figure.value === 0 ? 0 : (difference / figure.value) * 100;
	const within = Math.abs(differencePct) <= TOLERANCE_PCT;
	const verdict: Verdict =
		difference === 0 || (figure.lowerBound && difference > 0 && within)
			? 'coincide'
			: within
				? 'casi'
				: difference > 0
					? 'mayor'
					: 'menor';
	return {
		reported: figure.value,
		lowerBound: figure.lowerBound,
		sum: s,
		difference,
		differencePct,
		verdict
	};
}

/** The unit a count is of, without its qualifier: «ciudadanos con emprendimientos» -> «ciudadanos». */
export function unitCore(unit: string): string {
	return unit.split(/ con /i)[0].trim();
}

/** Whether two units are the same unit, ignoring qualifiers, accents and case. */
export function sameUnit(a: string, b: string): boolean {
	return fold(unitCore(a)) === fold(unitCore(b));
}

export function reconcile(
	total: { investment: NarrativeFigure; beneficiaries: NarrativeFigure & { unit: string } },
	metas: readonly CandidateMeta[]
): Reconciliation {
	const sum = metas.reduce((s, m) => s + cents(m.investmentMillionCop), 0) / 100;
	const counted = metas.filter(
		(m): m is CandidateMeta & { beneficiaries: { count: number; unit: string } } =>
			m.beneficiaries.count !== null && m.beneficiaries.unit !== null
	);
	const byUnit: UnitGroup[] = [];
	for (const m of counted) {
		const unit = unitCore(m.beneficiaries.unit);
		const g = byUnit.find((x) => sameUnit(x.unit, unit));
		if (g) {
			g.metas.push(m.number);
			g.count += m.beneficiaries.count;
		} else byUnit.push({ unit, metas: [m.number], count: m.beneficiaries.count });
	}
	const withoutCount = metas.filter((m) => m.beneficiaries.count === null).map((m) => m.number);
	const others = byUnit.filter((g) => !sameUnit(g.unit, total.beneficiaries.unit));
	const notComparable =
		counted.length === 0
			? 'ninguna de estas metas da un conteo de beneficiarios'
			: others.length
				? `el informe cuenta ${total.beneficiaries.unit}; ${others
						.map(
							(g) =>
								`${g.metas.length === 1 ? 'la meta' : 'las metas'} ${listEs(g.metas)} cuenta${g.metas.length === 1 ? '' : 'n'} ${g.unit}`
						)
						.join('; ')}`
				: null;
	const same = byUnit.find((g) => sameUnit(g.unit, total.beneficiaries.unit));
	return {
		metas: metas.map((m) => m.number),
		investment: compare(sum, total.investment),
		beneficiaries: {
			unit: total.beneficiaries.unit,
			comparison: notComparable === null && same ? compare(same.count, total.beneficiaries) : null,
			byUnit,
			withoutCount,
			notComparable
		}
	};
}

/**
 * 53.06 -> "+53,1 %", -0.0043 -> "-0,0043 %" (a gap under 1 % keeps two
 * significant digits instead of showing "0 %"); a gap that rounds to nothing
 * has no sign. What Intl.NumberFormat('es-CO', { signDisplay: 'exceptZero' })
 * prints, written without Intl so the method page calls none while it loads.
 */
export function formatSignedPercent(pct: number): string {
	if (Number.isNaN(pct)) return 'NaN %';
	const abs = Math.abs(pct);
	// Two significant digits below 1: as many decimals as the first digit's place (toExponential's exponent) needs.
	const decimals = abs > 0 && abs < 1 ? 1 - Number(abs.toExponential().split('e')[1]) : 1;
	const text = formatNumber(abs, decimals);
	return `${text === '0' ? '' : pct < 0 ? '-' : '+'}${text} %`;
}

/** The verdict in words: never «coincide» across a gap larger than the tolerance. */
export function verdictText(c: Comparison, incomplete = false): string {
	switch (c.verdict) {
		case 'coincide':
			return c.lowerBound && c.difference > 0
				? 'Coincide: la suma supera la cifra «más de» por menos de 1 %'
				: 'Coincide';
		case 'casi':
			return c.lowerBound && c.difference < 0
				? 'Casi igual, pero por debajo: el informe dice «más de»'
				: 'Casi igual (diferencia menor de 1 %)';
		case 'mayor':
			return c.lowerBound
				? 'No coincide: la suma es mayor (cabe en «más de», pero no explica la cifra)'
				: 'No coincide: la suma es mayor';
		case 'menor':
			return `No coincide: la suma es menor${incomplete ? ' (y faltan metas que no dan conteo)' : ''}`;
	}
}
