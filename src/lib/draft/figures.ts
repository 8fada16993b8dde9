/**
 * Field extractors: one template cell's text -> one figure with its verbatim
 * and a status. Rules, not this report's sentences: a number is taken only
 * when the cell states it unambiguously; otherwise the figure is not stated
 * (template left, «Sin datos», «No aplica», empty) or needs review.
 */
import { fold, foldKeepingLength } from '../text/index.ts';
import { isInstruction } from './labels.ts';
import type { Figure, FundingSourceDraft, NotStatedReason } from './schema.ts';

/** Whitespace of a canonical cell (tabs, newlines, runs of spaces) -> single spaces. */
export function collapse(s: string): string {
	return s.replace(/\s+/g, ' ').trim();
}

/** Sentences of a cell (split after . ; ! ? when not inside a number), as [start, end) ranges. */
export function sentences(text: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	let start = 0;
	const re = /[.;!?](?=\s|$)|\n|\t/g;
	for (const m of text.matchAll(re)) {
		const end = m[0] === '\n' || m[0] === '\t' ? m.index : m.index + 1;
		if (text.slice(start, end).trim()) out.push({ start, end });
		start = m.index + 1;
	}
	if (text.slice(start).trim()) out.push({ start, end: text.length });
	return out;
}

/** The cell without the template's instruction sentences, and whether any were there. */
export function withoutInstructions(cell: string): { text: string; hadTemplate: boolean } {
	let hadTemplate = false;
	// Split on full stops only: an instruction's «;» list stays one sentence.
	const kept = cell.split(/(?<=[.!?])\s+|\n|\t/).filter((s) => {
		const inst = isInstruction(fold(s.replace(/^\s*¿[^?]*\?\s*/, '')));
		if (inst) hadTemplate = true;
		return !inst;
	});
	return { text: collapse(kept.join(' ')), hadTemplate };
}

export type NumberReading =
	| { kind: 'ok'; value: number; note?: string }
	| { kind: 'ambiguous'; candidate: number | null; note: string };

/**
 * One number as written in a Colombian report: «1.158,69», «66,7», «12.972».
 * Lenient readings say so in a note («135, 2»); readings that could mean two
 * things («2, 500», «1,158.69», «66.7») are ambiguous.
 */
export function readNumber(token: string): NumberReading {
	const t = token.trim();
	if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t) || /^\d+(?:,\d+)?$/.test(t)) {
		return { kind: 'ok', value: Number(t.replace(/\./g, '').replace(',', '.')) };
	}
	const spaced = /^(\d{1,3}(?:\.\d{3})+|\d+), (\d{1,2})$/.exec(t);
	if (spaced) {
		return {
			kind: 'ok',
			value: Number(`${spaced[1].replace(/\./g, '')}.${spaced[2]}`),
			note: `«${t}» tiene un espacio después de la coma decimal; se leyó ${spaced[1]},${spaced[2]}`
		};
	}
	if (/^\d+, \d{3}$/.test(t)) {
		return {
			kind: 'ambiguous',
			candidate: null,
			note: `«${t}»: no se sabe si la coma separa miles o decimales`
		};
	}
	if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) {
		return {
			kind: 'ambiguous',
			candidate: Number(t.replace(/,/g, '')),
			note: `«${t}» usa coma de miles y punto decimal (formato en inglés); en Colombia se escribe 1.158,69`
		};
	}
	if (/^\d+\.\d{1,2}$/.test(t)) {
		return {
			kind: 'ambiguous',
			candidate: Number(t),
			note: `«${t}» usa punto decimal; en Colombia el punto separa miles y la coma decimales`
		};
	}
	return { kind: 'ambiguous', candidate: null, note: `«${t}» no es un número en formato colombiano` };
}

// A space after the comma only before one or two digits («135, 2»), so «2025, 100%» stays two numbers.
const NUM = String.raw`\d+(?:[.,](?: (?=\d{1,2}(?!\d)))?\d+)*`;

function notStated(reason: NotStatedReason, verbatim: string | null): Figure<never> {
	return { status: 'not-stated', value: null, verbatim, reason };
}

/** What a cell without the figure says instead: template, «Sin datos», «No aplica», or nothing. */
export function absence(cell: string | null): { reason: NotStatedReason; verbatim: string | null } | null {
	if (cell === null) return { reason: 'ausente', verbatim: null };
	const text = collapse(cell.replace(/^\s*¿[^?]*\?/, ''));
	if (!/[\p{L}\p{N}]/u.test(text)) return { reason: 'vacio', verbatim: null };
	const f = fold(text);
	if (/\bsin (?:datos|informacion|dato|reporte)\b|\bpor (?:definir|determinar)\b/.test(f)) {
		return {
			reason: 'sin-datos',
			verbatim: firstSentenceMatching(text, /sin (datos|informaci|dato|reporte)|por (definir|determinar)/i)
		};
	}
	if (/\bno aplica\b|\bn\/a\b/.test(f)) {
		return { reason: 'no-aplica', verbatim: firstSentenceMatching(text, /no aplica|n\/a/i) };
	}
	const { text: rest, hadTemplate } = withoutInstructions(text);
	if (hadTemplate && !/[\p{N}]/u.test(rest)) return { reason: 'plantilla', verbatim: text };
	return null;
}

function firstSentenceMatching(text: string, re: RegExp): string {
	const s = sentences(text).map((r) => collapse(text.slice(r.start, r.end)));
	return s.find((x) => re.test(fold(x)) || re.test(x)) ?? collapse(text);
}

// ---------- percentages ----------

const PCT_AFTER: Record<'compliance' | 'progress', RegExp> = {
	compliance: new RegExp(
		String.raw`(${NUM}|x+|_+)\s*%\s*de\s+cumplimiento(?:\s+frente\s+a\s+lo\s+programado(?:\s+en\s+el\s+periodo(?:\s+\d{4}\s*[-–]\s*\d{4})?)?)?`,
		'g'
	),
	progress: new RegExp(
		String.raw`(${NUM}|x+|_+)\s*%\s*de\s+avance(?:\s+(?:frente\s+al|del)\s+cuatrienio)?`,
		'g'
	)
};
// Label first: only with «del/de/es de/fue de» or «:» on the same line, so «cumplimiento» at the end
// of one sentence does not take the next line's «50% de avance».
const LINK = String.raw`(?:[ \t]+(?:del|de|es de|fue de)[ \t]*|[ \t]*:[ \t]*)`;
const PCT_BEFORE: Record<'compliance' | 'progress', RegExp> = {
	compliance: new RegExp(String.raw`cumplimiento${LINK}(${NUM})[ \t]*%`, 'g'),
	progress: new RegExp(
		String.raw`avance(?:[ \t]+(?:frente\s+al|del)\s+cuatrienio)?${LINK}(${NUM})[ \t]*%`,
		'g'
	)
};

/** «100% de cumplimiento frente a lo programado...» / «66,7% de avance frente al cuatrienio». */
export function readPercent(cell: string | null, kind: 'compliance' | 'progress'): Figure<number> {
	if (cell === null) return notStated('ausente', null);
	const folded = foldKeepingLength(cell);
	const hits: { value: number | null; note?: string; verbatim: string; ambiguous?: string }[] = [];
	for (const re of [PCT_AFTER[kind], PCT_BEFORE[kind]]) {
		for (const m of folded.matchAll(new RegExp(re.source, 'g'))) {
			const verbatim = collapse(cell.slice(m.index, m.index + m[0].length));
			if (/^[x_]+$/.test(m[1])) {
				hits.push({ value: null, verbatim, ambiguous: 'plantilla' });
				continue;
			}
			const r = readNumber(m[1]);
			if (r.kind === 'ok') hits.push({ value: r.value, note: r.note, verbatim });
			else hits.push({ value: r.candidate, verbatim, ambiguous: r.note });
		}
	}
	const label = kind === 'compliance' ? 'cumplimiento' : 'avance frente al cuatrienio';
	if (hits.length === 0) {
		const a = absence(cell);
		if (a && a.reason !== 'plantilla') return notStated(a.reason, a.verbatim);
		if (a || /\bindicar\b|\bespecificar\b/.test(fold(cell))) return notStated('plantilla', collapse(cell));
		const word = kind === 'compliance' ? /cumplimiento/ : /avance/;
		if (word.test(fold(cell))) {
			return {
				status: 'needs-review',
				value: null,
				verbatim: collapse(cell),
				note: `Se menciona el ${label} pero no se encontró un porcentaje legible.`
			};
		}
		return notStated('ausente', null);
	}
	if (hits.every((h) => h.ambiguous === 'plantilla')) return notStated('plantilla', hits[0].verbatim);
	const values = [...new Set(hits.map((h) => h.value))];
	const bad = hits.find((h) => h.ambiguous);
	if (bad) {
		return { status: 'needs-review', value: bad.value, verbatim: bad.verbatim, note: bad.ambiguous ?? '' };
	}
	if (values.length > 1) {
		return {
			status: 'needs-review',
			value: null,
			verbatim: hits.map((h) => h.verbatim).join(' … '),
			note: `Hay ${values.length} porcentajes de ${label} distintos en la celda.`,
			candidates: values as number[]
		};
	}
	const [h] = hits;
	if ((h.value as number) > 100) {
		return {
			status: 'needs-review',
			value: h.value,
			verbatim: h.verbatim,
			note: `Un ${label} de más del 100 % es inusual: confirme la cifra.`
		};
	}
	return h.note
		? { status: 'found', value: h.value as number, verbatim: h.verbatim, note: h.note }
		: { status: 'found', value: h.value as number, verbatim: h.verbatim };
}

// ---------- money ----------

export interface Amount {
	/** Millions of COP. */
	value: number | null;
	start: number;
	end: number;
	note?: string;
	ambiguous?: string;
	/** Introduced as a total («un total de», «en total»). */
	total: boolean;
}

const MONEY = new RegExp(
	String.raw`(\$|\bcop\b)?\s*(${NUM})\s*(mil\s+millones|millones|millon|mill\.|mm\b)?(\s+de\s+(?:dolares|euros)|\s*(?:usd|us\$|eur)\b)?`,
	'g'
);

/** Money amounts in a cell, in millions of COP: «$1.158,69 millones», «$776.000.000», «$1,2 mil millones». */
export function amountsIn(cell: string): Amount[] {
	const folded = foldKeepingLength(cell);
	const out: Amount[] = [];
	for (const m of folded.matchAll(MONEY)) {
		const [, sign, token, unit, foreign] = m;
		if (!sign && !unit) continue;
		if (foreign) continue;
		const start = m.index + m[0].indexOf(sign ?? token);
		const end = m.index + m[0].length;
		const total =
			/\btotal(?:\s+(?:de|se han invertido|invertido))?\s*(?:de\s*)?$|\btotal\b[^$\d]{0,30}$/.test(
				folded.slice(Math.max(0, start - 40), start)
			);
		const r = readNumber(token);
		if (r.kind === 'ambiguous') {
			out.push({ value: r.candidate, start, end, ambiguous: r.note, total });
			continue;
		}
		if (unit) {
			const factor = /^mil\s/.test(unit) ? 1000 : 1;
			out.push({ value: round2(r.value * factor), start, end, note: r.note, total });
		} else if (r.value >= 1_000_000 && /\./.test(token)) {
			out.push({
				value: round2(r.value / 1_000_000),
				start,
				end,
				total,
				note: `«$${token}» está en pesos; se pasó a millones`
			});
		} else {
			out.push({
				value: null,
				start,
				end,
				total,
				ambiguous: `«$${token}» sin «millones»: no se sabe si son pesos o millones de pesos`
			});
		}
	}
	return out;
}

function round2(x: number): number {
	return Math.round(x * 100) / 100;
}

/** The sentence of `cell` around [start, end). */
function sentenceOf(cell: string, start: number, end: number): string {
	const s = sentences(cell).find((r) => r.start <= start && end <= r.end + 1);
	return collapse(s ? cell.slice(s.start, s.end) : cell.slice(start, end));
}

/** «¿Cuánto se invirtió?» -> millions of COP. Several amounts: only a stated total that adds up is taken. */
export function readInvestment(cell: string | null): Figure<number> {
	if (cell === null) return notStated('ausente', null);
	const amounts = amountsIn(cell);
	if (amounts.length === 0) {
		const a = absence(cell);
		if (a) return notStated(a.reason, a.verbatim);
		return {
			status: 'needs-review',
			value: null,
			verbatim: collapse(cell),
			note: 'La celda de inversión no tiene un monto en pesos legible.'
		};
	}
	const bad = amounts.find((a) => a.ambiguous);
	if (bad) {
		return {
			status: 'needs-review',
			value: bad.value,
			verbatim: sentenceOf(cell, bad.start, bad.end),
			note: bad.ambiguous ?? ''
		};
	}
	const values = [...new Set(amounts.map((a) => a.value as number))];
	if (values.length === 1) {
		const a = amounts[0];
		const verbatim = sentenceOf(cell, a.start, a.end);
		return a.note
			? { status: 'found', value: a.value as number, verbatim, note: a.note }
			: { status: 'found', value: a.value as number, verbatim };
	}
	const totals = amounts.filter((a) => a.total);
	if (totals.length === 1) {
		const t = totals[0];
		const parts = amounts.filter((a) => a !== t && a.value !== t.value);
		const sum = round2(parts.reduce((s, a) => s + (a.value as number), 0));
		if (sum === t.value) {
			return {
				status: 'found',
				value: t.value,
				verbatim: collapse(cell),
				note: `Total declarado; coincide con la suma de ${parts.map((p) => p.value).join(' + ')}`
			};
		}
	}
	return {
		status: 'needs-review',
		value: null,
		verbatim: collapse(cell),
		note: `Hay ${values.length} montos distintos en la celda de inversión; indique cuál es la inversión de la meta.`,
		candidates: values
	};
}

/** Recursos propios and/or SGR, with the share when stated («el 96% del Sistema General de Regalías»). */
export function readFunding(cell: string | null): Figure<FundingSourceDraft[]> {
	if (cell === null) return notStated('ausente', null);
	const f = foldKeepingLength(cell);
	const SOURCES: [FundingSourceDraft['source'], string][] = [
		['propios', String.raw`recursos propios|fondos propios|recursos del departamento`],
		['sgr', String.raw`sistema general de regalias|\bsgr\b|regalias`]
	];
	const found: (FundingSourceDraft & { at: number; len: number })[] = [];
	for (const [source, words] of SOURCES) {
		const m = new RegExp(words).exec(f);
		if (!m) continue;
		const before = f.slice(Math.max(0, m.index - 60), m.index);
		const share = new RegExp(
			String.raw`(${NUM})\s*%\s*(?:de\s+los\s+recursos\s+)?(?:del|de|de los|provenientes? del)?\s*$`
		).exec(before);
		const main = /principalmente\s+(?:del|de|de los|con)?\s*$/.test(before);
		let sharePct: number | null = null;
		if (share) {
			const r = readNumber(share[1]);
			if (r.kind === 'ok' && r.value <= 100) sharePct = r.value;
		}
		const at = share ? m.index - (before.length - share.index) : m.index;
		found.push({
			source,
			sharePct,
			main: main || (sharePct !== null && sharePct > 50),
			at,
			len: m.index + m[0].length - at
		});
	}
	if (found.length === 0) return notStated('ausente', null);
	const start = Math.min(...found.map((x) => x.at));
	const verbatim = sentenceOf(cell, start, start + 1);
	const sources = found.map(({ source, sharePct, main }) => ({ source, sharePct, main }));
	const shares = sources.filter((s) => s.sharePct !== null).reduce((s, x) => s + (x.sharePct as number), 0);
	if (shares > 100) {
		return {
			status: 'needs-review',
			value: sources,
			verbatim,
			note: 'Las participaciones de las fuentes suman más del 100 %.'
		};
	}
	return { status: 'found', value: sources, verbatim };
}

// ---------- beneficiaries ----------

/** Words that end a unit: verbs, prepositions and participles («han sido», «de su cadena», «beneficiarios»). */
const UNIT_STOP = new Set(
	(
		'han ha he hemos son es fue fueron se fueron recibieron participaron tienen tiene corresponden corresponde ' +
		'manifiestan manifiesta estan esta quedaron lograron logro accedieron obtuvieron asistieron resultaron ' +
		'de del en a al por para entre desde durante hasta sobre que quienes cuyos cuyas los las el la un una como ' +
		'mediante segun sin tras y e o u'
	).split(' ')
);
const UNIT_STOP_PREFIX =
	/^(beneficiari|beneficiad|atendid|impactad|apoyad|pertenecient|participant|inscrit|vinculad|capacitad|formad|registrad|intervenid|favorecid|alcanzad)/;

/** The unit after a count: a noun, its adjectives, and a «con ...» complement («ciudadanos con planes de negocio»). */
export function unitAfter(words: readonly string[]): string | null {
	const [first, ...rest] = words;
	if (!first || UNIT_STOP.has(fold(first)) || !/^\p{L}/u.test(first)) return null;
	const out = [first];
	let inCon = false;
	for (let i = 0; i < rest.length && out.length < 7; i++) {
		const w = rest[i];
		const f = fold(w);
		if (!/^\p{L}[\p{L}-]*$/u.test(w)) break;
		if (f === 'con' && !inCon) {
			inCon = true;
			out.push(w);
			continue;
		}
		if (inCon && (f === 'de' || f === 'del')) {
			out.push(w);
			continue;
		}
		if ((f === 'y' || f === 'e') && rest[i + 1] && /^\p{L}/u.test(rest[i + 1])) {
			const nf = fold(rest[i + 1]);
			if (!UNIT_STOP.has(nf) && !UNIT_STOP_PREFIX.test(nf)) {
				out.push(w);
				continue;
			}
		}
		if (UNIT_STOP.has(f) || UNIT_STOP_PREFIX.test(f)) break;
		out.push(w);
	}
	while (out.length > 1 && ['con', 'de', 'del', 'y', 'e'].includes(fold(out[out.length - 1]))) out.pop();
	return out.join(' ');
}

interface Count {
	value: number;
	unit: string | null;
	start: number;
	end: number;
	total: boolean;
}

const COUNT = /(?<![\d.,$])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d%]|[.,]\d|\s*%)/g;

function countsIn(cell: string): Count[] {
	const out: Count[] = [];
	for (const m of cell.matchAll(COUNT)) {
		const after = cell.slice(m.index + m[0].length, m.index + m[0].length + 120);
		if (/^\s*(?:millones|millon|mil millones|de pesos|pesos)/i.test(after)) continue;
		const words = after.match(/^[\s]*([^\s.,;:()¿?!]+(?:\s+[^\s.,;:()¿?!]+)*)/)?.[1].split(/\s+/) ?? [];
		const unit = unitAfter(words);
		const value = Number(m[0].replace(/\./g, ''));
		const before = fold(cell.slice(Math.max(0, m.index - 25), m.index));
		// Years and dates carry no unit; they are not counts.
		if (!unit && ((value >= 1990 && value <= 2040) || /(?:ano|vigencia|periodo)\s*$/.test(before))) continue;
		out.push({
			value,
			unit,
			start: m.index,
			end: m.index + m[0].length + (unit ? after.indexOf(unit) + unit.length : 0),
			total: /\btotal(?:\s+de)?\s*$|\ben total\s*$/.test(before)
		});
	}
	return out;
}

/**
 * «¿Qué población se atendió?» -> count and unit. The first count with a unit
 * is the total; later, smaller counts are breakdowns (mujeres, víctimas...).
 * A later count as large as the first, or a count without a unit, needs review.
 */
export function readBeneficiaries(cell: string | null): { count: Figure<number>; unit: Figure<string> } {
	const none = (reason: NotStatedReason, verbatim: string | null) => ({
		count: notStated(reason, verbatim),
		unit: notStated(reason, verbatim)
	});
	if (cell === null) return none('ausente', null);
	const { text, hadTemplate } = withoutInstructions(cell.replace(/^\s*¿[^?]*\?/, ''));
	const counts = countsIn(text).filter((c) => c.value > 0 || c.unit);
	const a = absence(cell);
	if (counts.length === 0) {
		if (a) return none(a.reason, a.verbatim);
		if (hadTemplate && !/[\p{L}]/u.test(text)) return none('plantilla', collapse(cell));
		const review = {
			status: 'needs-review' as const,
			value: null,
			verbatim: collapse(cell),
			note: 'No se encontró un número de beneficiarios.'
		};
		return { count: review, unit: review };
	}
	const withUnit = counts.filter((c) => c.unit);
	const chosen = withUnit.find((c) => c.total) ?? withUnit[0];
	if (!chosen) {
		const c = counts[0];
		const verbatim = sentenceOf(text, c.start, c.end);
		return {
			count: {
				status: 'needs-review',
				value: c.value,
				verbatim,
				note: 'El número no dice de qué (personas, empresas, organizaciones...).'
			},
			unit: { status: 'needs-review', value: null, verbatim, note: 'Falta la unidad de los beneficiarios.' }
		};
	}
	const verbatim = sentenceOf(text, chosen.start, chosen.end);
	const rival = withUnit.find((c) => c !== chosen && c.value >= chosen.value);
	if (rival || (a && a.reason !== 'plantilla')) {
		const note = rival
			? `Hay más de un conteo de beneficiarios (${chosen.value} ${chosen.unit}, ${rival.value} ${rival.unit}); indique el total.`
			: `La celda da un número y también dice «${a?.verbatim}».`;
		return {
			count: {
				status: 'needs-review',
				value: null,
				verbatim: collapse(text),
				note,
				candidates: [chosen.value, ...(rival ? [rival.value] : [])]
			},
			unit: { status: 'needs-review', value: chosen.unit, verbatim: collapse(text), note }
		};
	}
	return {
		count: { status: 'found', value: chosen.value, verbatim },
		unit: { status: 'found', value: chosen.unit as string, verbatim }
	};
}

// ---------- what was done ----------

/** «¿Qué se hizo?» up to the percentages that follow it. */
export function readDone(cell: string | null): Figure<string> {
	if (cell === null) return notStated('ausente', null);
	const folded = foldKeepingLength(cell);
	const stop = [PCT_AFTER.compliance, PCT_AFTER.progress, PCT_BEFORE.compliance, PCT_BEFORE.progress]
		.map((re) => new RegExp(re.source).exec(folded)?.index ?? cell.length)
		.reduce((a, b) => Math.min(a, b), cell.length);
	const text = collapse(cell.slice(0, stop))
		.replace(/[\s,;]+(?:y|e)$/, '')
		.replace(/[\s,;:]+$/, '');
	if (!text) return notStated('vacio', null);
	if (isInstruction(fold(text))) return notStated('plantilla', text);
	return { status: 'found', value: text, verbatim: text };
}
