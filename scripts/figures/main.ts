/**
 * `npm run figures -- --out DIR`: the map annex command. Everything that can
 * be refused (options, --fecha, the folder, the browser) is checked here before
 * the figure code is even loaded; `buildAnnex` (annex.ts) checks again, for its
 * other callers, and does the work.
 */
import { isoDate } from '../../src/lib/text/index.ts';
import type { Orientation } from '../../src/lib/figure/index.ts';
import { findEdition } from '../data/sources.ts';
import { runCommand } from '../lib/cli.ts';
import { prepareOutput } from '../lib/output-fs.ts';
import { checkChromium } from './chromium.ts';
import { ANNEX_COMMAND, ANNEX_OUTPUT } from './options.ts';

await runCommand(ANNEX_COMMAND, async (v, { signal, log }) => {
	// An unknown edition is refused (with the closest id) before anything else.
	if (v.edicion !== undefined) findEdition(v.edicion);
	prepareOutput(v.out, ANNEX_OUTPUT).notes.forEach(log);
	checkChromium();
	const { buildAnnex } = await import('./annex.ts');
	const result = await buildAnnex({
		out: v.out,
		paper: v.papel as 'a4' | 'carta',
		orientation: v.orientacion as Orientation,
		date: v.fecha ?? isoDate(),
		edition: v.edicion,
		fichas: v.fichas === true,
		log,
		signal
	});
	const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
	log(
		`Listo: ${result.figures.length} figuras (SVG y PNG a 300 ppp) y ${result.pdf} en ${s(result.timings.total)} ` +
			`(composición ${s(result.timings.compose)}, PNG ${s(result.timings.png)}, PDF ${s(result.timings.pdf)}` +
			`${v.fichas ? `, fichas ${s(result.timings.fichas)}` : ''}).`
	);
});
