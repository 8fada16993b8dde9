/**
 * A small all-pairs (pairwise) test sample: every value of every parameter
 * appears, and every feasible pair of values of two parameters appears in at
 * least one row. Greedy and deterministic (no randomness), so a failing row
 * is the same row on the next run.
 */
export type Parameters = Record<string, readonly string[]>;
export type Row = Record<string, string>;

/** Whether a (partial) row is allowed; parameters absent from `row` are not yet chosen. */
export type Allowed = (row: Readonly<Row>) => boolean;

const pairKey = (a: string, va: string, b: string, vb: string) => `${a}=${va}&${b}=${vb}`;

/** The feasible pairs a sample must cover (ordered by parameter order). */
export function requiredPairs(params: Parameters, allowed: Allowed = () => true): Set<string> {
	const names = Object.keys(params);
	const out = new Set<string>();
	for (let i = 0; i < names.length; i++)
		for (let j = i + 1; j < names.length; j++)
			for (const va of params[names[i]])
				for (const vb of params[names[j]])
					if (allowed({ [names[i]]: va, [names[j]]: vb })) out.add(pairKey(names[i], va, names[j], vb));
	return out;
}

/** The pairs one row covers. */
export function pairsOf(row: Readonly<Row>, params: Parameters): string[] {
	const names = Object.keys(params);
	const out: string[] = [];
	for (let i = 0; i < names.length; i++)
		for (let j = i + 1; j < names.length; j++)
			out.push(pairKey(names[i], row[names[i]], names[j], row[names[j]]));
	return out;
}

export function pairwise(params: Parameters, allowed: Allowed = () => true): Row[] {
	const names = Object.keys(params);
	const uncovered = requiredPairs(params, allowed);
	const rows: Row[] = [];
	while (uncovered.size > 0) {
		// Seed the row with the first pair still missing, then fill each other parameter with
		// the value that covers most missing pairs against what is already chosen.
		const [first] = uncovered;
		const row: Row = {};
		for (const part of first.split('&')) {
			const [k, v] = part.split('=');
			row[k] = v;
		}
		for (const name of names) {
			if (name in row) continue;
			let best: string | null = null;
			let bestGain = -1;
			for (const v of params[name]) {
				const trial = { ...row, [name]: v };
				if (!allowed(trial)) continue;
				let gain = 0;
				for (const other of names) {
					if (!(other in row)) continue;
					const [a, b] = names.indexOf(other) < names.indexOf(name) ? [other, name] : [name, other];
					if (uncovered.has(pairKey(a, trial[a], b, trial[b]))) gain++;
				}
				if (gain > bestGain) [best, bestGain] = [v, gain];
			}
			if (best === null) throw new Error(`ningún valor de ${name} es posible con ${JSON.stringify(row)}`);
			row[name] = best;
		}
		for (const p of pairsOf(row, params)) uncovered.delete(p);
		rows.push(row);
	}
	return rows;
}
