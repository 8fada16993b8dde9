/**
 * Pure helpers the browser benchmarks share: medians, ratios and how their
 * figures are printed (es-CO: decimal comma). No timing happens here.
 */

/** The median of the numbers that are finite; NaN when there is none. */
export function median(values: readonly (number | null | undefined)[]): number {
	const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	if (xs.length === 0) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** `a / b`, or NaN when either is missing or `b` is not positive. */
export function ratio(a: number, b: number): number {
	return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN;
}

const decimal = (n: number, digits: number) =>
	n.toLocaleString('es-CO', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Milliseconds as whole «1.234 ms», or «—» for a missing figure. */
export function ms(n: number): string {
	return Number.isFinite(n) ? `${decimal(Math.round(n), 0)} ms` : '—';
}

/** A ratio as «0,42×», or «—». */
export function times(n: number): string {
	return Number.isFinite(n) ? `${decimal(n, 2)}×` : '—';
}

/** Bytes as «612,3 kB» (1 kB = 1000 B, as network panels count), or «—». */
export function kB(bytes: number): string {
	return Number.isFinite(bytes) ? `${decimal(bytes / 1000, 1)} kB` : '—';
}

/** Whether a ratio meets its goal («≤ 0,5×»): «sí», «no» or «—» when there is no ratio. */
export function meets(value: number, goal: number): string {
	return Number.isFinite(value) ? (value <= goal ? 'sí' : 'no') : '—';
}

/** The order of an interleaved benchmark: run 1 of each kind, then run 2 of each… */
export function interleave<K>(runs: number, kinds: readonly K[]): { run: number; kind: K }[] {
	return Array.from({ length: runs }, (_, i) => kinds.map((kind) => ({ run: i + 1, kind }))).flat();
}

/** The 1, 5 and 15-minute load averages as «carga 1,52 0,98 0,61», the way `uptime` shows them. */
export function loadLine(loads: readonly number[]): string {
	return `carga ${loads.map((l) => decimal(l, 2)).join(' ')}`;
}

/** Whether a URL stays on this machine (or needs no network at all: data:, blob:, about:). */
export function isLocalUrl(url: string): boolean {
	let u: URL;
	try {
		u = new URL(url);
	} catch {
		return false;
	}
	if (['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:', 'devtools:'].includes(u.protocol))
		return true;
	return ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
}

/**
 * A MapLibre `step` expression over a numeric property: `below` under the
 * first break, then `colors[i]` from `breaks[i]` on (the last break, the
 * top of the last class, is not a stop). Repeated breaks are dropped, since
 * MapLibre rejects stops that do not ascend strictly; features without the
 * property get `missing`.
 */
export function stepExpression(
	property: string,
	breaks: readonly number[],
	colors: readonly string[],
	below: string,
	missing: string
): unknown[] {
	if (colors.length === 0 || breaks.length < colors.length) {
		throw new Error(`${colors.length} colores necesitan al menos tantos cortes (hay ${breaks.length}).`);
	}
	const stops: (number | string)[] = [];
	let last = -Infinity;
	colors.forEach((color, i) => {
		if (breaks[i] > last) {
			stops.push(breaks[i], color);
			last = breaks[i];
		} else stops[stops.length - 1] = color;
	});
	return ['case', ['has', property], ['step', ['get', property], below, ...stops], missing];
}

/** The part of a Lighthouse result (LHR) the benchmark reads. */
export interface LhrLike {
	categories: Record<
		string,
		{ score: number | null; auditRefs: { id: string; weight: number }[] } | undefined
	>;
	audits: Record<
		string,
		| {
				id: string;
				title: string;
				score: number | null;
				scoreDisplayMode: string;
				displayValue?: string;
				numericValue?: number;
				details?: { items?: unknown[] };
		  }
		| undefined
	>;
	runtimeError?: { message: string };
}

/**
 * The audits of a category that Lighthouse's report counts as failed: a
 * binary audit below 1, a numeric one below 0.9 (its «passed» threshold);
 * not the informative, manual or not-applicable ones. Weighted ones first.
 */
export function failingAudits(
	lhr: LhrLike,
	category: string
): { id: string; title: string; displayValue?: string; score: number; weight: number }[] {
	const refs = lhr.categories[category]?.auditRefs ?? [];
	const out = [];
	for (const ref of refs) {
		const a = lhr.audits[ref.id];
		if (!a || a.score === null) continue;
		const mode = a.scoreDisplayMode;
		const failed =
			mode === 'binary' ? a.score < 1 : ['numeric', 'metricSavings'].includes(mode) && a.score < 0.9;
		if (failed)
			out.push({
				id: a.id,
				title: a.title,
				displayValue: a.displayValue,
				score: a.score,
				weight: ref.weight
			});
	}
	return out.sort((x, y) => y.weight - x.weight);
}
