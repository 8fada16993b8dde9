/**
 * `npm run bench:lighthouse`: Lighthouse's scores (mobile, simulated
 * throttling, its default) for four pages of the built site served locally
 * by serve.ts, with the audits that keep each score under 100.
 *   npm run bench:lighthouse -- --runs 3
 */
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import type { CommandSpec } from '../lib/args.ts';
import { runCommand } from '../lib/cli.ts';
import { UserError } from '../lib/errors.ts';
import {
	BUILD,
	CHROMIUM_ARGS,
	CHROMIUM_PATH,
	OFFLINE_ARGS,
	gzipOption,
	load,
	portOption,
	requireBuild,
	runsOption,
	serve
} from './site.ts';
import { failingAudits, isLocalUrl, median, ms, type LhrLike } from './stats.ts';

const BENCH_LIGHTHOUSE_COMMAND = {
	usage: 'npm run bench:lighthouse --',
	summary:
		'Después de npm run build: las puntuaciones de Lighthouse (móvil, limitación simulada) de rendimiento,\n' +
		'accesibilidad y buenas prácticas de cuatro páginas servidas en local, con las auditorías que las bajan de 100.',
	options: { runs: runsOption(1, 10), port: portOption, gzip: gzipOption },
	examples: ['npm run bench:lighthouse -- --runs 3']
} as const satisfies CommandSpec;

const PAGES = ['/', '/municipio/54810/', '/meta/6/', '/subregiones/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const NAMES: Record<(typeof CATEGORIES)[number], string> = {
	performance: 'Rendimiento',
	accessibility: 'Accesibilidad',
	'best-practices': 'Buenas prácticas'
};
const GOALS: Record<(typeof CATEGORIES)[number], number> = {
	performance: 95,
	accessibility: 100,
	'best-practices': 100
};
const METRICS: [string, string, 'ms' | 'cls'][] = [
	['first-contentful-paint', 'FCP', 'ms'],
	['largest-contentful-paint', 'LCP', 'ms'],
	['total-blocking-time', 'TBT', 'ms'],
	['cumulative-layout-shift', 'CLS', 'cls'],
	['speed-index', 'SI', 'ms']
];

const score = (lhr: LhrLike, c: string) => {
	const s = lhr.categories[c]?.score;
	return typeof s === 'number' ? Math.round(s * 100) : NaN;
};

await runCommand(BENCH_LIGHTHOUSE_COMMAND, async (v, { signal, log }) => {
	requireBuild();
	const runs = Number(v.runs);
	const site = await serve(BUILD, Number(v.port), v.gzip);
	let chrome: chromeLauncher.LaunchedChrome | undefined;
	try {
		chrome = await chromeLauncher.launch({
			chromePath: CHROMIUM_PATH,
			// chrome-launcher adds its own --disable-background-networking, --disable-sync… (no other hosts).
			chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, ...OFFLINE_ARGS]
		});
		const version = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()) as {
			Browser: string;
		};
		log(
			`Lighthouse (móvil, limitación simulada) · ${version.Browser} · ${site.origin} ` +
				`${v.gzip ? 'con gzip' : 'sin compresión (serve.ts)'} · ${runs} ejecuciones por página, alternadas · ${load()}`
		);
		const { port } = chrome;
		/** One Lighthouse run of a page, as every run is made. */
		async function audit(path: string): Promise<LhrLike> {
			if (signal.aborted) throw new UserError('Interrumpido.');
			const result = await lighthouse(`${site.origin}${path}`, {
				port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES],
				locale: 'es-419'
			});
			if (!result) throw new Error(`Lighthouse no devolvió resultado para ${path}`);
			return result.lhr as unknown as LhrLike;
		}
		// One run that is not counted: the first page a fresh Chromium draws pays SwiftShader's
		// shader compilation (first paint 1.4 s against 0.6 s on the next loads, here), which
		// Lighthouse would then multiply into the first page's speed index.
		const warm = await audit(PAGES[0]);
		log(`  calentamiento ${PAGES[0]} (no cuenta): rendimiento ${score(warm, 'performance')}`);
		const lhrs = new Map<string, LhrLike[]>(PAGES.map((p) => [p, []]));
		const offsite = new Set<string>();
		for (let run = 1; run <= runs; run++) {
			for (const path of PAGES) {
				const lhr = await audit(path);
				if (lhr.runtimeError) log(`  aviso en ${path}: ${lhr.runtimeError.message}`);
				const requests = (lhr.audits['network-requests']?.details?.items ?? []) as { url: string }[];
				requests.filter((r) => !isLocalUrl(r.url)).forEach((r) => offsite.add(r.url));
				lhrs.get(path)!.push(lhr);
				log(
					`  ${run} ${path.padEnd(20)} ${CATEGORIES.map((c) => `${NAMES[c]} ${score(lhr, c)}`).join(' · ')} · ` +
						`${requests.length} peticiones · ${load()}`
				);
			}
		}

		log(
			`\nPuntuaciones (mediana de ${runs}; metas: rendimiento ≥ 95, accesibilidad 100, buenas prácticas 100)`
		);
		log(`  ${'Página'.padEnd(20)} ${CATEGORIES.map((c) => NAMES[c].padStart(16)).join(' ')}`);
		for (const [path, list] of lhrs) {
			const cells = CATEGORIES.map((c) => {
				const s = median(list.map((l) => score(l, c)));
				return `${s}${s >= GOALS[c] ? '' : ' ✗'}`.padStart(16);
			});
			log(`  ${path.padEnd(20)} ${cells.join(' ')}`);
		}

		for (const [path, list] of lhrs) {
			const lhr = list.length > 1 ? (computeMedianRun(list as never) as unknown as LhrLike) : list[0];
			const metrics = METRICS.map(([id, name, unit]) => {
				const n = median(list.map((l) => l.audits[id]?.numericValue));
				return `${name} ${unit === 'cls' ? n.toFixed(3).replace('.', ',') : ms(n)}`;
			});
			log(`\n${path} · ${metrics.join(' · ')}`);
			for (const c of CATEGORIES) {
				if (score(lhr, c) >= 100) continue;
				log(`  ${NAMES[c]} ${score(lhr, c)} (ejecución mediana):`);
				const failing = failingAudits(lhr, c);
				if (failing.length === 0) log('    (ninguna auditoría suspendida: lo bajan las métricas)');
				for (const a of failing) {
					log(`    - ${a.title}${a.displayValue ? `: ${a.displayValue}` : ''} [${a.id}, ${a.score}]`);
				}
			}
		}
		log(`\nPeticiones fuera de localhost: ${offsite.size ? [...offsite].join(', ') : 'ninguna'} · ${load()}`);
	} finally {
		chrome?.kill();
		await site.close();
	}
});
