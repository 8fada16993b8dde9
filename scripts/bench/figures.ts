/**
 * `npm run bench:figures`: how long the whole map annex takes on this machine
 * (composition, 300-dpi PNGs, PDF), over a few runs into a temporary folder.
 *   npm run bench:figures -- --runs 3
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { buildAnnex } from '../figures/annex.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2' } } });
const runs = Math.max(1, Number(values.runs) || 2);
const dir = mkdtempSync(join(tmpdir(), 'bench-anexo-'));
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(
	`Anexo de mapas: ${runs} ejecuciones · ${cpus()[0]?.model ?? 'CPU'} × ${cpus().length} · Node ${process.version}`
);
const totals: number[] = [];
try {
	for (let i = 1; i <= runs; i++) {
		const out = join(dir, `anexo-${i}`);
		const r = await buildAnnex({ out, paper: 'a4', orientation: 'vertical', date: '2026-11-24' });
		totals.push(r.timings.total);
		const bytes = readdirSync(out).reduce((n, f) => n + statSync(join(out, f)).size, 0);
		console.log(
			`  ${i}: total ${s(r.timings.total)} · composición SVG ${s(r.timings.compose)} · PNG ${s(r.timings.png)} ` +
				`(${s(r.timings.png / r.figures.length)} por figura) · PDF ${s(r.timings.pdf)} · ` +
				`${r.figures.length} figuras, ${(bytes / 1024 / 1024).toFixed(1)} MiB`
		);
	}
	const sorted = [...totals].sort((a, b) => a - b);
	console.log(
		`Mediana: ${s(sorted[Math.floor(sorted.length / 2)])} (mín. ${s(sorted[0])}, máx. ${s(sorted.at(-1)!)})`
	);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
