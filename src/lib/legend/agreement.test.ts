/**
 * Every valid explorer view: the values, the legend, the map paint and the
 * table agree on every municipality's class. The space is every metric ×
 * normalisation × rule × spread × classification method × class count ×
 * evidence × funding source (one palette exists), and a sample of meta
 * subsets. A municipality's class is read back from the texts a reader sees:
 * the table's value must fall inside the printed range of the legend row
 * whose swatch is its fill.
 */
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/data/sources.ts';
import { buildDataset } from '../dataset/index.ts';
import {
	CLASS_COUNTS,
	computeExplore,
	DEFAULT_STATE,
	EVIDENCES,
	formatValue,
	FUNDINGS,
	METRICS,
	NORMS,
	paintFor,
	RULES,
	serializeState,
	type ExploreState
} from '../explore/index.ts';
import { CLASS_METHODS, NO_REACH_COLOR, ZERO_COLOR } from '../scales/index.ts';
import { legendContent } from './explore.ts';

const dataset = buildDataset(readSources());
const metaNumbers = dataset.metas.map((m) => m.number);

/** es-CO number as printed ("1.158,69", "$ 39,3"): value and the half-unit its rounding hides. */
function printed(text: string): { value: number; half: number } {
	const m = /(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?/.exec(text);
	if (!m) throw new Error(`no number in «${text}»`);
	const decimals = m[2]?.length ?? 0;
	return { value: Number(`${m[1].replace(/\./g, '')}.${m[2] ?? '0'}`), half: 0.5 * 10 ** -decimals };
}

/** A class row's printed range: "a – b", "a", or "a – b: ningún municipio" for an empty class. */
function printedRange(label: string) {
	const empty = label.endsWith(': ningún municipio');
	const [lo, hi = lo] = label.replace(/: ningún municipio$/, '').split(' – ');
	return { empty, lo: printed(lo), hi: printed(hi) };
}

/** What is wrong with one view; empty when legend, paint and table agree. */
function problemsOf(state: ExploreState): string[] {
	const out: string[] = [];
	const say = (s: string) => out.push(`/?${serializeState(state)}: ${s}`);
	const result = computeExplore(dataset, state);
	const legend = legendContent(result);
	const paint = paintFor(result);
	const rows = legend.rows;

	if (result.values.length !== 40) say(`${result.values.length} municipios`);
	// Keys come from the class index, never from a label: labels can repeat (Svelte's each_key_duplicate).
	const keys = rows.map((r) => r.key).join(' ');
	const expected = [
		...result.classes.colors.map((_, i) => `clase-${i}`),
		...(rows.some((r) => r.kind === 'zero') ? ['sin-monto'] : []),
		'no-alcanzado'
	].join(' ');
	if (keys !== expected) say(`claves «${keys}», se esperaba «${expected}»`);
	const total = rows.reduce((n, r) => n + (r.count ?? 0), 0);
	if (total !== 40) say(`la leyenda cuenta ${total}`);

	const classRows = rows.filter((r) => r.kind === 'class');
	const colours = classRows.map((r) => r.color);
	if (new Set(colours).size !== colours.length) say(`colores de clase repetidos: ${colours}`);
	for (const c of [NO_REACH_COLOR, ZERO_COLOR]) if (colours.includes(c)) say(`${c} es color de una clase`);
	const zeroRow = rows.find((r) => r.kind === 'zero');
	const noReachRow = rows.find((r) => r.kind === 'no-reach');
	if (!noReachRow || noReachRow.color !== NO_REACH_COLOR) say('sin fila «no alcanzado»');
	if (zeroRow && zeroRow.color !== ZERO_COLOR) say('fila «sin monto» con otro color');

	// Ranges are ordered and disjoint; non-empty classes never print alike.
	const ranges = classRows.map((r) => ({ row: r, ...printedRange(r.label) }));
	for (const r of ranges) {
		if (r.empty !== (r.row.count === 0)) say(`«${r.row.label}» cuenta ${r.row.count}`);
		if (r.lo.value > r.hi.value) say(`rango al revés: «${r.row.label}»`);
		// A "0" class would read as nothing reached.
		if (!r.empty && r.lo.value <= 0) say(`monto positivo impreso como «${r.row.label}»`);
	}
	for (let i = 1; i < ranges.length; i++) {
		const [a, b] = [ranges[i - 1], ranges[i]];
		const overlap = a.empty || b.empty ? a.hi.value > b.lo.value : a.hi.value >= b.lo.value;
		if (overlap) say(`rangos que se tocan: «${a.row.label}» y «${b.row.label}»`);
	}

	const painted = new Map<string, number>();
	for (const v of result.values) {
		const p = paint[v.divipola];
		const key = p.hatch ? `${p.fill}+trama` : p.fill;
		painted.set(key, (painted.get(key) ?? 0) + 1);
		if (p.hatch !== (v.status === 'no-alcanzado')) say(`${v.shortName}: trama con estado ${v.status}`);
		if (v.status === 'no-alcanzado') {
			if (p.fill !== noReachRow?.color) say(`${v.shortName}: no alcanzado pintado ${p.fill}`);
			continue;
		}
		if (v.status === 'sin-monto') {
			if (p.fill !== zeroRow?.color) say(`${v.shortName}: sin monto pintado ${p.fill}`);
			continue;
		}
		// The table prints formatValue; its number must sit in the range of the row painted.
		const shown = printed(formatValue(v.value as number, state.metric, state.norm)).value;
		const row = ranges.find((r) => r.row.color === p.fill);
		if (!row) {
			say(`${v.shortName}: color ${p.fill} sin fila en la leyenda`);
			continue;
		}
		const inside = shown >= row.lo.value - row.lo.half - 1e-9 && shown <= row.hi.value + row.hi.half + 1e-9;
		if (!inside || row.empty) say(`${v.shortName}: ${shown} pintado en «${row.row.label}»`);
		if (row.row.classIndex !== v.classIndex)
			say(`${v.shortName}: clase ${v.classIndex} ≠ fila ${row.row.key}`);
		if (v.rank === null) say(`${v.shortName}: con monto y sin puesto`);
	}
	// Each row counts exactly the municipalities drawn in its swatch.
	for (const r of rows) {
		const key = r.kind === 'no-reach' ? `${r.color}+trama` : r.color;
		if ((painted.get(key) ?? 0) !== r.count)
			say(`«${r.label}» cuenta ${r.count}, pintados ${painted.get(key) ?? 0}`);
	}
	return out;
}

/** metric × norm × rule × spread × method × k × evidence × funding, less normalised duplicates. */
function* controlSpace(metas: number[] = []): Generator<ExploreState> {
	for (const metric of METRICS)
		for (const norm of metric === 'metas' ? (['total'] as const) : NORMS)
			for (const rule of RULES)
				for (const spread of [false, true])
					for (const method of CLASS_METHODS)
						for (const k of CLASS_COUNTS)
							for (const evidence of EVIDENCES)
								for (const funding of FUNDINGS)
									yield { ...DEFAULT_STATE, metric, norm, rule, spread, method, k, evidence, funding, metas };
}

/** Deterministic pseudo-random subsets (mulberry32), so a failure names a view that fails again. */
function sampleSubsets(count: number, seed: number): number[][] {
	let t = seed;
	const random = () => {
		t = (t + 0x6d2b79f5) | 0;
		let r = Math.imul(t ^ (t >>> 15), 1 | t);
		r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
		return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
	};
	return Array.from({ length: count }, () => {
		const size = 2 + Math.floor(random() * (metaNumbers.length - 3));
		return [...metaNumbers]
			.sort(() => random() - 0.5)
			.slice(0, size)
			.sort((a, b) => a - b);
	});
}

describe('every explorer view', () => {
	it('covers the whole control space', () => {
		expect([...controlSpace()]).toHaveLength(3 * 2 * 2 * 2 * 3 * 5 * 2 * 3 - 1 * 1 * 2 * 2 * 3 * 5 * 2 * 3);
	});

	// One test per metric keeps each under its time limit on a shared 2-core machine.
	it.each(METRICS)(
		'agrees with itself for %s, every other control crossed (all metas)',
		(metric) => {
			const problems = [...controlSpace()].filter((s) => s.metric === metric).flatMap(problemsOf);
			expect(problems.slice(0, 20), `${problems.length} problemas`).toEqual([]);
		},
		60_000
	);

	it.each([
		...metaNumbers.map((n) => [[n]]),
		...sampleSubsets(12, 2025).map((s) => [s]),
		[[6, 12]],
		[[3, 12, 20]]
	])('agrees with itself for metas %j', (metas: number[]) => {
		// Per subset, every metric, normalisation, method and class count; the rest rotates.
		const problems: string[] = [];
		let i = 0;
		for (const metric of METRICS)
			for (const norm of metric === 'metas' ? (['total'] as const) : NORMS)
				for (const method of CLASS_METHODS)
					for (const k of CLASS_COUNTS) {
						i++;
						problems.push(
							...problemsOf({
								...DEFAULT_STATE,
								metric,
								norm,
								method,
								k,
								metas,
								rule: RULES[i % RULES.length],
								spread: i % 3 === 0,
								evidence: EVIDENCES[(i >> 1) % EVIDENCES.length],
								funding: FUNDINGS[i % FUNDINGS.length]
							})
						);
					}
		expect(problems.slice(0, 20), `${problems.length} problemas`).toEqual([]);
	});
});
