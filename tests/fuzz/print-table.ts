/** `npm run fuzz:data`: runs the data fuzz suite and prints the outcomes by mutation class. */
import { runFuzz, table } from './run.ts';

const run = runFuzz();
process.stdout.write(`${table(run.results)}\n`);
const bad = run.results.filter((r) => r.violations.length);
for (const r of bad.slice(0, 40)) {
	process.stdout.write(
		`\n#${r.mutation.id} ${r.mutation.cls} (${r.mutation.file}: ${r.mutation.note}): ${r.violations.join('; ')}\n`
	);
	if (r.error) process.stdout.write(`  ${r.error.message.split('\n').slice(0, 3).join('\n  ')}\n`);
}
process.stdout.write(
	`\n${run.results.length} mutaciones (semilla fija), ${run.skipped} candidatas descartadas, ${(run.ms / 1000).toFixed(1)} s\n`
);
process.exit(bad.length ? 1 : 0);
