/**
 * `npm run bench:figures`: how long the whole map annex takes on this machine
 * (composition, 300-dpi PNGs, PDF), over a few runs into a temporary folder
 * it creates for itself (`mkdtemp`) and removes at the end, even when interrupted.
 *   npm run bench:figures -- --runs 3
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPositiveInteger, type CommandSpec } from '../lib/args.ts';
import { runCommand } from '../lib/cli.ts';

const BENCH_FIGURES_COMMAND = {
	usage: 'npm run bench:figures --',
	summary:
		'Mide cuánto tarda el anexo de mapas completo (npm run figures) en esta máquina: lo escribe N veces en una\n' +
		'carpeta temporal propia, que borra al terminar, e imprime los tiempos y la mediana.',
	options: {
		runs: {
			type: 'string',
			valueName: 'N',
			help: 'Número de ejecuciones',
			default: '2',
			check: checkPositiveInteger('--runs', 20)
		}
	}
} as const satisfies CommandSpec;

await runCommand(BENCH_FIGURES_COMMAND, async (v, { signal, log }) => {
	const runs = Number(v.runs);
	const { buildAnnex } = await import('../figures/annex.ts');
	const dir = mkdtempSync(join(tmpdir(), 'bench-anexo-'));
	// The folder and everything in it are this benchmark's own: removed whatever happens.
	const remove = () => rmSync(dir, { recursive: true, force: true });
	process.once('exit', remove);
	const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

	log(
		`Anexo de mapas: ${runs} ejecuciones · ${cpus()[0]?.model ?? 'CPU'} × ${cpus().length} · Node ${process.version}`
	);
	const totals: number[] = [];
	try {
		for (let i = 1; i <= runs; i++) {
			const out = join(dir, `anexo-${i}`);
			const r = await buildAnnex({ out, paper: 'a4', orientation: 'vertical', date: '2026-11-24', signal });
			totals.push(r.timings.total);
			const bytes = readdirSync(out).reduce((n, f) => n + statSync(join(out, f)).size, 0);
			log(
				`  ${i}: total ${s(r.timings.total)} · composición SVG ${s(r.timings.compose)} · PNG ${s(r.timings.png)} ` +
					`(${s(r.timings.png / r.figures.length)} por figura) · PDF ${s(r.timings.pdf)} · ` +
					`${r.figures.length} figuras, ${(bytes / 1024 / 1024).toFixed(1)} MiB`
			);
		}
		const sorted = [...totals].sort((a, b) => a - b);
		log(
			`Mediana: ${s(sorted[Math.floor(sorted.length / 2)])} (mín. ${s(sorted[0])}, máx. ${s(sorted.at(-1)!)})`
		);
	} finally {
		remove();
	}
});
