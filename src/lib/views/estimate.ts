/**
 * What a municipality page leads with: the municipality's own estimate under
 * the explorer's default rule, and on each meta card the municipality's share
 * (never the meta's whole total). Pure: takes allocations, returns figures.
 */
import type { Amounts, Allocation, Share } from '../allocation/index.ts';
import type { Scope } from '../report/index.ts';

export interface Headline {
	/**
	 * estimacion: named in LOCALIZACIÓN by a meta whose amount is split;
	 * sin-monto: named in LOCALIZACIÓN only by metas that are not split (departmental scope);
	 * solo-texto: named only outside LOCALIZACIÓN (not in the default estimate);
	 * no-nombrado: no meta names it.
	 */
	kind: 'estimacion' | 'sin-monto' | 'solo-texto' | 'no-nombrado';
	/** The estimate (null unless `estimacion`). */
	amounts: Amounts | null;
	/** Metas naming it in LOCALIZACIÓN (any scope). */
	metas: number[];
	/** Of those, the ones whose amount is split and gives it a share. */
	withShare: number[];
	/** Metas naming it only in the rest of the text or in captions. */
	textOnly: number[];
}

/**
 * The headline of a municipality page.
 * @param byLocalizacion the allocation under the default rule (evidence: LOCALIZACIÓN)
 * @param byText the same rule with text evidence, to list the metas that mention it only in the text
 */
export function headlineOf(byLocalizacion: Allocation, byText: Allocation, code: string): Headline {
	const find = (a: Allocation) => {
		const m = a.municipalities.find((x) => x.divipola === code);
		if (!m) throw new Error(`La estimación no tiene el municipio ${code}`);
		return m;
	};
	const loc = find(byLocalizacion);
	const metas = [...loc.metas];
	const textOnly = find(byText).metas.filter((n) => !metas.includes(n));
	const withShare = [...new Set(loc.shares.filter((s) => s.basis === 'municipal').map((s) => s.meta))].sort(
		(a, b) => a - b
	);
	if (metas.length === 0) {
		return {
			kind: textOnly.length ? 'solo-texto' : 'no-nombrado',
			amounts: null,
			metas,
			withShare,
			textOnly
		};
	}
	if (withShare.length === 0 || !loc.estimate) {
		return { kind: 'sin-monto', amounts: null, metas, withShare, textOnly };
	}
	return { kind: 'estimacion', amounts: { ...loc.estimate }, metas, withShare, textOnly };
}

export interface CardHeadline {
	/** share: the municipality's estimated share; otherwise why the meta's amount is not split. */
	kind: 'share' | 'departamental' | 'sin-localizacion';
	share: Amounts | null;
}

/** The biggest figure on a meta card: the municipality's share, or «no se reparte» and why. */
export function cardHeadline(scope: Scope, share: Pick<Share, keyof Amounts> | null): CardHeadline {
	if (share) {
		return {
			kind: 'share',
			share: {
				investmentMillionCop: share.investmentMillionCop,
				people: share.people,
				organisations: share.organisations
			}
		};
	}
	return { kind: scope === 'departmental' ? 'departamental' : 'sin-localizacion', share: null };
}
