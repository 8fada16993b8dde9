import { describe, expect, it } from 'vitest';
import { pairsOf, pairwise, requiredPairs, type Parameters } from './pairwise.ts';

describe('pairwise', () => {
	const params: Parameters = {
		metric: ['inversion', 'beneficiarios', 'metas'],
		norm: ['total', 'por-mil'],
		k: ['3', '4', '5', '6', '7'],
		method: ['jenks', 'equal']
	};
	// Counting metas per inhabitant is not a view.
	const allowed = (r: Record<string, string>) => !(r.metric === 'metas' && r.norm === 'por-mil');

	it('covers every feasible pair and never an infeasible one', () => {
		const rows = pairwise(params, allowed);
		const covered = new Set(rows.flatMap((r) => pairsOf(r, params)));
		for (const p of requiredPairs(params, allowed)) expect(covered, p).toContain(p);
		expect(rows.some((r) => r.metric === 'metas' && r.norm === 'por-mil')).toBe(false);
	});

	it('needs about as many rows as the largest pair of parameters, far fewer than the full cross', () => {
		// k × metric = 15 pairs is the floor; the full cross is 3 × 2 × 5 × 2 = 60.
		const rows = pairwise(params, allowed);
		expect(rows.length).toBeGreaterThanOrEqual(15);
		expect(rows.length).toBeLessThanOrEqual(20);
	});

	it('is deterministic', () => {
		expect(pairwise(params, allowed)).toEqual(pairwise(params, allowed));
	});

	it('counts the pairs of a hand-made case', () => {
		// 2 × 2 values of a and b, 2 of c: ab 4 + ac 4 + bc 4 = 12 pairs.
		expect(requiredPairs({ a: ['1', '2'], b: ['x', 'y'], c: ['p', 'q'] }).size).toBe(12);
		expect(pairwise({ a: ['1', '2'], b: ['x', 'y'], c: ['p', 'q'] })).toHaveLength(4);
	});

	it('refuses constraints no value can meet', () => {
		// a=1 with c=p is a pair to cover, yet b's only value is forbidden beside a=1.
		const forbid = (r: Record<string, string>) => !('b' in r) || r.a !== '1';
		expect(() => pairwise({ a: ['1'], b: ['x'], c: ['p'] }, forbid)).toThrow(/ningún valor de b/);
	});
});
