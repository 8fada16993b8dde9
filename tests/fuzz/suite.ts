/**
 * The data fuzz suite, in two halves (data-fuzz-1/2.test.ts) so that Vitest
 * runs them side by side: every mutation through the real loader, every
 * outcome checked against its class, the counts printed, and every dataset
 * the loader accepts with changes rendered through the pages' load functions
 * with no repeated each-block key.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset/index.ts';
import { repeatedKeys } from './keyed-each.ts';
import { MUTATION_CLASSES } from './mutations.ts';
import { loadPages } from './pages.ts';
import { PER_CLASS, runFuzz, table, type FuzzRun } from './run.ts';

/** Half `part` of the classes: even or odd positions. */
export const classesOf = (part: 0 | 1) => MUTATION_CLASSES.filter((_, i) => i % 2 === part);

export function describeFuzz(part: 0 | 1, setDataset: (d: Dataset) => void): void {
	const classes = classesOf(part);
	let run: FuzzRun | undefined;
	const results = () => (run ??= runFuzz(classes)).results;

	describe(`data fuzz, part ${part + 1} of 2 (${classes.length} classes)`, () => {
		it(
			'runs every mutation through the loader: no crash, each outcome what its class owes',
			{ timeout: 300_000 },
			() => {
				const rs = results();
				console.log(`${table(rs)}\n${(run as FuzzRun).ms.toFixed(0)} ms`);
				expect(rs.length).toBe(classes.length * PER_CLASS);
				expect(
					rs.filter((r) => r.outcome === 'crash').map((r) => `${r.mutation.id}: ${r.error?.message}`)
				).toEqual([]);
				expect(
					rs
						.filter((r) => r.violations.length)
						.map((r) => `${r.mutation.id} (${r.mutation.note}): ${r.violations.join('; ')}`)
				).toEqual([]);
			}
		);

		it(
			'every accepted dataset with changes builds every page with no repeated each key',
			{ timeout: 300_000 },
			async () => {
				const changed = results().filter((r) => r.outcome === 'changed');
				const problems: string[] = [];
				for (const r of changed) {
					const d = r.dataset as Dataset;
					setDataset(d);
					try {
						for (const k of repeatedKeys(await loadPages(d))) problems.push(`${r.mutation.id}: ${k}`);
					} catch (e) {
						problems.push(`${r.mutation.id}: ${(e as Error).message}`);
					}
				}
				expect(changed.length).toBeGreaterThan(0);
				expect(problems).toEqual([]);
			}
		);
	});
}
