/**
 * Reading one cell as the value a column needs. Numbers come as spreadsheet numbers or as es-CO
 * text («1.158,69», «66,7 %», «$ 1.158,69 millones»); anything else is refused with what was
 * expected, never guessed: «1,234» (es-CO 1,234 or en-US 1.234?) is refused as ambiguous, and
 * «1158.69» as en-US with the es-CO spelling suggested.
 */
import { suggest } from '../places/index.ts';
import { fold, formatNumber, formatPlainNumber } from '../text/index.ts';
import type { Cell } from './model.ts';
import type { ProblemCode } from './problems.ts';

export type Parsed<T> =
	{ ok: true; value: T } | { ok: false; code: ProblemCode; expected: string; suggestion?: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: ProblemCode, expected: string, suggestion?: string): Parsed<T> => ({
	ok: false,
	code,
	expected,
	...(suggestion ? { suggestion } : {})
});

/** The largest investment a meta can report, in millions of COP (far above the largest real one). */
export const MAX_MILLIONS = 100_000;

/** Cells that hold no usable value whatever the column: formulas never computed, error values. */
function unusable<T>(c: Cell): Parsed<T> | null {
	if (c?.t === 'f') {
		return fail(
			'formula',
			'un valor',
			`La fórmula «=${c.f}» no tiene resultado guardado: abra y guarde el archivo en Excel o LibreOffice, o escriba el valor`
		);
	}
	if (c?.t === 'e') return fail('error-formula', 'un valor, no un error de fórmula');
	return null;
}

/** Text as written (trimmed); null when empty. Numbers and dates read as they show. */
export function readText(c: Cell): Parsed<string | null> {
	const bad = unusable<string | null>(c);
	if (bad) return bad;
	if (c === null) return ok(null);
	switch (c.t) {
		case 's': {
			const v = c.v.trim();
			if (v.includes('\uFFFD')) {
				return fail(
					'texto-danado',
					'texto sin caracteres dañados («�»)',
					'El archivo perdió las tildes en una conversión; vuelva a guardarlo como UTF-8'
				);
			}
			return ok(v === '' ? null : v);
		}
		case 'n':
			return ok(String(c.v));
		case 'b':
			return ok(c.v ? 'sí' : 'no');
		case 'd':
			return ok(c.v);
		default:
			return ok(null);
	}
}

/** One item per line (Alt+Intro in Excel, Ctrl+Intro in LibreOffice); `semicolons` also splits on «;». */
export function readLines(c: Cell, semicolons = false): Parsed<string[]> {
	const t = readText(c);
	if (!t.ok) return t;
	if (t.value === null) return ok([]);
	return ok(
		t.value
			.split(semicolons ? /\r?\n|\r|;/ : /\r?\n|\r/)
			.map((s) => s.trim())
			.filter(Boolean)
	);
}

export interface NumberSpec {
	/** What the column holds, to follow «se esperaba»: «un número en millones de pesos». */
	what: string;
	example: string;
	/** A percentage: «66,7 %» or a percent-formatted cell reads 66,7; 0 to 100 unless said. */
	percent?: boolean;
	/** Any number that may be written as a percentage (Tabla 1 values): «%» allowed, no range. */
	acceptsPercent?: boolean;
	money?: boolean;
	integer?: boolean;
	min?: number;
	max?: number;
	/** Whether the minimum itself is allowed (false: «mayor que 0»). */
	minInclusive?: boolean;
}

const ES_CO = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const EN_US = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)$/;
/** «1,234»: es-CO 1,234 or en-US 1.234 (one thousand two hundred thirty-four). */
const AMBIGUOUS = /^[1-9]\d{0,2},\d{3}$/;

const esCo = (v: number) => formatNumber(v, 6);
/** es-CO without thousands separators: «1234,5». */
const esCoPlain = (v: number) => formatPlainNumber(v, 6).replace('.', ',');

/** A number written as text, in es-CO format, with the decorations a column allows. */
export function parseNumberText(raw: string, spec: NumberSpec): Parsed<number> {
	let t = raw.replace(/[\u00a0\u202f]/g, ' ').trim();
	if (spec.money) {
		t = t
			.replace(/^\$\s*/, '')
			.replace(/\s*millones(\s+de\s+pesos)?$/i, '')
			.trim();
	}
	if (spec.percent || spec.acceptsPercent) t = t.replace(/\s*%$/, '').trim();
	const negative = /^[-−]/.test(t);
	const body = negative ? t.slice(1).trim() : t;
	const expected = `${spec.what} (p. ej. ${spec.example})`;
	if (AMBIGUOUS.test(body) && !spec.percent) {
		const asDecimal = Number(body.replace(',', '.'));
		const asThousands = Number(body.replace(',', ''));
		return fail(
			'numero-ambiguo',
			expected,
			`«${raw.trim()}» puede ser ${esCo(asDecimal)} o ${esCo(asThousands)}: escriba ${esCoPlain(asThousands)} si son miles, o use un número de la hoja`
		);
	}
	if (ES_CO.test(body)) {
		const v = Number(body.replace(/\./g, '').replace(',', '.'));
		return ok(negative ? -v : v);
	}
	if (EN_US.test(body)) {
		const v = Number(body.replace(/,/g, ''));
		return fail(
			'numero-ingles',
			expected,
			`En esta hoja la coma separa los decimales: ¿quiso decir «${negative ? '-' : ''}${esCo(v)}»?`
		);
	}
	return fail('numero', expected);
}

function checkRange(v: number, spec: NumberSpec): Parsed<number> {
	const expected = `${spec.what} (p. ej. ${spec.example})`;
	if (!Number.isFinite(v)) return fail('numero', expected);
	if (spec.integer && !Number.isInteger(v))
		return fail('entero', `${spec.what}, entero (p. ej. ${spec.example})`);
	const min = spec.min ?? (spec.percent || spec.money ? 0 : undefined);
	if (min !== undefined && (spec.minInclusive === false ? v <= min : v < min)) {
		return fail(
			'fuera-de-rango',
			`${spec.what}, ${spec.minInclusive === false ? 'mayor que' : 'no menor que'} ${esCo(min)}`
		);
	}
	const max = spec.max ?? (spec.percent ? 100 : spec.money ? MAX_MILLIONS : undefined);
	if (max !== undefined && v > max) {
		if (spec.money && v >= 1_000_000) {
			return fail(
				'fuera-de-rango',
				`${spec.what} (p. ej. ${spec.example})`,
				`¿Está en pesos? ${esCo(v)} pesos son ${esCo(Math.round(v / 10_000) / 100)} millones`
			);
		}
		return fail('fuera-de-rango', `${spec.what}, no mayor que ${esCo(max)}`);
	}
	return ok(v);
}

/** A number (null when the cell is empty). A percent-formatted cell (0,667 shown as 66,7 %) reads as 66,7. */
export function readNumber(c: Cell, spec: NumberSpec): Parsed<number | null> {
	const bad = unusable<number | null>(c);
	if (bad) return bad;
	if (c === null) return ok(null);
	const expected = `${spec.what} (p. ej. ${spec.example})`;
	switch (c.t) {
		case 'n': {
			const v = (spec.percent || spec.acceptsPercent) && c.pct ? Math.round(c.v * 100 * 1e9) / 1e9 : c.v;
			return checkRange(v, spec);
		}
		case 's': {
			if (c.v.trim() === '') return ok(null);
			const p = parseNumberText(c.v, spec);
			return p.ok ? checkRange(p.value, spec) : p;
		}
		case 'd':
			return fail('fecha', expected, 'La celda tiene formato de fecha: cámbielo a Número y escriba el valor');
		default:
			return fail('numero', expected);
	}
}

export interface Choice<T extends string> {
	value: T;
	/** How staff may write it; the first one is what the export writes. Compared without accents or case. */
	labels: readonly string[];
}

/** One of a list of values, written as any of its labels; a near miss gets a suggestion. */
export function readChoice<T extends string>(c: Cell, choices: readonly Choice<T>[]): Parsed<T | null> {
	const t = readText(c);
	if (!t.ok) return t;
	if (t.value === null) return ok(null);
	const key = fold(t.value).replace(/[\s_-]+/g, ' ');
	const hit = choices.find((ch) =>
		[ch.value, ...ch.labels].some((l) => fold(l).replace(/[\s_-]+/g, ' ') === key)
	);
	if (hit) return ok(hit.value);
	const names = choices.map((ch) => ch.labels[0]);
	const near = suggest(
		t.value,
		choices.flatMap((ch) => ch.labels),
		1
	);
	const label = near.length ? choices.find((ch) => ch.labels.includes(near[0]))?.labels[0] : undefined;
	return fail(
		'opcion',
		`uno de: ${names.map((n) => `«${n}»`).join(', ')}`,
		label ? `¿Quiso decir «${label}»?` : undefined
	);
}

const YES_NO: readonly Choice<'si' | 'no'>[] = [
	{ value: 'si', labels: ['sí', 'si', 'verdadero', 'true', 'x', '1'] },
	{ value: 'no', labels: ['no', 'falso', 'false', '0'] }
];

/** «sí»/«no» (or a TRUE/FALSE cell); null when empty. */
export function readYesNo(c: Cell): Parsed<boolean | null> {
	if (c?.t === 'b') return ok(c.v);
	if (c?.t === 'n' && (c.v === 0 || c.v === 1)) return ok(c.v === 1);
	const r = readChoice(c, YES_NO);
	return r.ok ? ok(r.value === null ? null : r.value === 'si') : r;
}

/** Whole numbers separated by commas, spaces, «;» or «y»: «1, 2, 3 y 5». */
export function readIntList(c: Cell, what: string): Parsed<number[]> {
	if (c?.t === 'n') return Number.isInteger(c.v) && c.v > 0 ? ok([c.v]) : fail('entero', what);
	const t = readText(c);
	if (!t.ok) return t;
	if (t.value === null) return ok([]);
	const parts = t.value
		.replace(/\by\b/gi, ',')
		.split(/[\s,;]+/)
		.filter(Boolean);
	if (parts.every((p) => /^\d+$/.test(p) && Number(p) > 0)) return ok(parts.map(Number));
	return fail('entero', what);
}
