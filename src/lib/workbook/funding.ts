/**
 * The «fuente» cell: which funding sources paid for a meta, as staff write it — «recursos
 * propios», «SGR», «recursos propios 40 % y SGR 60 %», «SGR (principalmente)» — read against the
 * edition's own list of sources (sheet «fuentes», or edicion.yaml `fundingSources`).
 */
import type { EditionDescriptor, FundingSource } from '../report/index.ts';
import { suggest } from '../places/index.ts';
import { fold, formatNumber } from '../text/index.ts';
import { parseNumberText, type Parsed } from './values.ts';

export type FundingSourceDef = EditionDescriptor['fundingSources'][number];

export interface FundingValue {
	status: 'stated' | 'not-stated';
	sources: { source: FundingSource; sharePct: number | null; main: boolean }[];
}

/** What staff write when the report gives no source. */
const NOT_STATED = ['no indica', 'no se indica', 'sin fuente', 'no informa', 'sin informacion', 'no dice'];

const MAIN = /\(?\s*\bprincipal(?:mente)?\b\s*\)?/i;
const SHARE = /(\d+(?:[.,]\d+)?)\s*%/;
const LEADING_WORDS = /^(?:(?:el|la|los|las|de|del|con|por|provenientes?)\s+)+/;

function names(f: FundingSourceDef): string[] {
	const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(f.label);
	return [f.id, f.label, f.short, ...(paren ? [paren[1], paren[2]] : [])].map(fold);
}

/** Writes a meta's funding the way `parseFunding` reads it back. */
export function formatFunding(value: FundingValue, defs: readonly FundingSourceDef[]): string | null {
	if (value.status === 'not-stated') return null;
	return value.sources
		.map((s) => {
			const short = defs.find((d) => d.id === s.source)?.short ?? s.source;
			return `${short}${s.sharePct !== null ? ` ${formatNumber(s.sharePct)} %` : ''}${s.main ? ' (principalmente)' : ''}`;
		})
		.join(' y ');
}

export function parseFunding(raw: string | null, defs: readonly FundingSourceDef[]): Parsed<FundingValue> {
	const listed = defs.map((d) => `«${d.short}»`).join(', ');
	const expected = `las fuentes de la edición (${listed}), con su porcentaje si se conoce: «${defs[0]?.short ?? 'recursos propios'}», «${defs.map((d) => `${d.short} 50 %`).join(' y ')}», «${defs[defs.length - 1]?.short ?? 'SGR'} (principalmente)»`;
	if (raw === null || NOT_STATED.includes(fold(raw).replace(/[.\s]+$/, ''))) {
		return { ok: true, value: { status: 'not-stated', sources: [] } };
	}
	const whole = fold(raw);
	const parts = defs.some((d) => names(d).includes(whole))
		? [raw]
		: raw.split(/\s*(?:;|\+|,(?=\s*\p{L})|\s+y\s+)\s*/iu);
	const sources: FundingValue['sources'] = [];
	for (const part of parts) {
		const main = MAIN.test(part);
		let rest = part.replace(MAIN, ' ');
		const share = SHARE.exec(rest);
		let sharePct: number | null = null;
		if (share) {
			const n = parseNumberText(share[1].replace('.', ','), {
				what: 'un porcentaje',
				example: '40 %',
				percent: true
			});
			if (!n.ok || n.value > 100) {
				return { ok: false, code: 'fuera-de-rango', expected: 'porcentajes entre 0 y 100 en cada fuente' };
			}
			sharePct = n.value;
			rest = rest.replace(SHARE, ' ');
		}
		const key = fold(rest).replace(LEADING_WORDS, '').trim();
		const def = defs.find((d) => names(d).includes(key));
		if (!def) {
			const near = suggest(
				rest.trim(),
				defs.flatMap((d) => [d.short, d.label]),
				1
			);
			const nearDef = near.length ? defs.find((d) => d.short === near[0] || d.label === near[0]) : undefined;
			return {
				ok: false,
				code: 'fuente',
				expected,
				suggestion: nearDef
					? `«${part.trim()}» no es una fuente de la edición; ¿quiso decir «${nearDef.short}»?`
					: `«${part.trim()}» no es una fuente de la edición (hoja «fuentes»)`
			};
		}
		if (sources.some((s) => s.source === def.id)) {
			return {
				ok: false,
				code: 'fuente',
				expected: `cada fuente una sola vez («${def.short}» está repetida)`
			};
		}
		sources.push({ source: def.id, sharePct, main });
	}
	const shares = sources.map((s) => s.sharePct);
	const sum = shares.reduce<number>((a, b) => a + (b ?? 0), 0);
	const allGiven = shares.every((s) => s !== null);
	if ((sources.length > 1 && allGiven && Math.abs(sum - 100) > 0.01) || sum > 100.01) {
		return {
			ok: false,
			code: 'participaciones',
			expected: `participaciones que sumen 100 % (suman ${formatNumber(sum)} %)`,
			suggestion: 'Si solo se conoce el porcentaje de una fuente, escríbalo solo en esa'
		};
	}
	return { ok: true, value: { status: 'stated', sources } };
}
