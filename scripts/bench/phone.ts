/**
 * `npm run bench:phone`: how much sooner the app shows its choropleth than
 * the barest MapLibre page showing the same one, and how much later it is
 * interactive, on a mid-range phone profile (CPU ÷4, 150 ms, 1,6 Mbit/s).
 * Runs after `npm run build`; interleaved (app, bare, app, bare…) so that
 * the machine's load falls on both alike. Definitions: scripts/bench/README.md.
 *   npm run bench:phone -- --runs 7
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { CommandSpec } from '../lib/args.ts';
import { runCommand } from '../lib/cli.ts';
import { UserError } from '../lib/errors.ts';
import { writeBarePage } from './bare-page.ts';
import {
	allowTsxFunctions,
	BUILD,
	gzipOption,
	launchChromium,
	load,
	portOption,
	requireBuild,
	runsOption,
	serve,
	watchOffsite
} from './site.ts';
import { interleave, kB, median, meets, ms, ratio, times } from './stats.ts';

const BENCH_PHONE_COMMAND = {
	usage: 'npm run bench:phone --',
	summary:
		'Después de npm run build: la aplicación (/) frente a una página mínima de MapLibre con el mismo coroplético,\n' +
		'en un teléfono de gama media emulado (CPU ÷4, 150 ms, 1,6 Mbit/s). Imprime cada ejecución, las medianas y los\n' +
		'cocientes aplicación/mínima. La página mínima se escribe en una carpeta temporal propia que se borra al terminar.',
	options: {
		runs: runsOption(7, 30),
		port: portOption,
		gzip: gzipOption
	},
	examples: ['npm run bench:phone -- --runs 3']
} as const satisfies CommandSpec;

/** The phone: CPU four times slower, «Slow 4G»-like network, 390×844 CSS px at 3×. */
const PHONE = {
	cpuRate: 4,
	latencyMs: 150,
	downloadBps: 200_000,
	uploadBps: 750_000 / 8,
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 3
};
const MUNICIPALITIES = 40;
/** SwiftShader behind a CPU slowed down four times, on a shared machine. */
const PAGE_TIMEOUT_MS = 240_000;

type Kind = 'app' | 'bare';
const NAMES: Record<Kind, string> = { app: 'aplicación', bare: 'mínima' };

/** What one load measured, in ms from navigation start. */
interface Run {
	/** First painted choropleth. */
	paint?: number;
	/** App: the page answers to input (html[data-hydrated]). */
	hydrated?: number;
	/** App on a phone: the probe pressed «Acercar y mover el mapa» (MapLibre starts on request there). */
	asked?: number;
	/** MapLibre's `load` event. */
	load?: number;
	/** App: `.mapview` switched to data-renderer="webgl" (MapLibre's first `idle`). Bare: first `idle`. */
	idle?: number;
	fcp?: number;
	bytes: number;
	requests: number;
	/** App: the top of the prerendered map, in CSS px from the top of the viewport. */
	mapTop?: number;
}

/**
 * Runs in the app's page before its scripts: records the first frame with the
 * 40 shapes drawn, hydration, MapLibre's `load` and the switch to WebGL.
 */
function appProbe(count: number) {
	const w = window as unknown as { __bench: Record<string, unknown> };
	const B: Record<string, unknown> = (w.__bench = {});
	let done!: () => void;
	B.done = new Promise<void>((r) => (done = r));
	const now = () => performance.now();
	const finish = () => {
		if (B.paint !== undefined && B.hydrated !== undefined && B.idle !== undefined) done();
	};
	// Selected by class: the shapes may become <use> elements.
	const shapes = () => document.querySelectorAll<SVGGraphicsElement>('.mapview svg .municipio');
	const drawn = () => {
		const all = shapes();
		if (all.length < count) return false;
		for (const el of all) {
			const box = el.getBoundingClientRect();
			const css = getComputedStyle(el);
			if (box.width === 0 || box.height === 0 || css.visibility !== 'visible' || css.display === 'none')
				return false;
			if (!css.fill || css.fill === 'none' || css.fillOpacity === '0') return false;
		}
		return true;
	};
	// The page's rAF callbacks run only in frames that render: the first one that finds
	// the shapes drawn is the frame that paints them; its timestamp is when that frame began.
	const poll = (ts: number) => {
		if (drawn()) {
			B.paint = ts;
			B.mapTop = document.querySelector('.mapview')?.getBoundingClientRect().top;
			finish();
		} else requestAnimationFrame(poll);
	};
	let polling = false;
	const shapesSeen = document.getElementsByClassName('municipio');
	new MutationObserver(() => {
		if (!polling && shapesSeen.length >= count) {
			polling = true;
			requestAnimationFrame(poll);
		}
		if (B.hydrated === undefined && document.documentElement.hasAttribute('data-hydrated')) {
			B.hydrated = now();
			finish();
		}
		// On a phone MapLibre starts when asked: the probe asks as soon as it can, the worst case.
		const start = document.querySelector<HTMLButtonElement>('button.start-gl:not([disabled])');
		if (B.asked === undefined && start) {
			B.asked = now();
			start.click();
		}
		if (B.idle === undefined && document.querySelector('.mapview[data-renderer="webgl"]')) {
			B.idle = now();
			finish();
		}
	}).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-hydrated', 'data-renderer']
	});
	// MapLibreMap.svelte hands the map to its container (`container.maplibreMap = map`) right
	// after creating it, before it loads: a setter there hears MapLibre's own `load`.
	Object.defineProperty(HTMLElement.prototype, 'maplibreMap', {
		configurable: true,
		set(this: HTMLElement, map: { once(e: string, f: () => void): void }) {
			Object.defineProperty(this, 'maplibreMap', { value: map, writable: true, configurable: true });
			map.once('load', () => (B.load = now()));
		}
	});
}

async function phonePage(browser: Browser, chromeMajor: string) {
	const context = await browser.newContext({
		viewport: PHONE.viewport,
		deviceScaleFactor: PHONE.deviceScaleFactor,
		isMobile: true,
		hasTouch: true,
		userAgent: `Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chromeMajor}.0.0.0 Mobile Safari/537.36`,
		locale: 'es-CO',
		timezoneId: 'America/Bogota'
	});
	await allowTsxFunctions(context);
	const offsite = watchOffsite(context);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: PHONE.latencyMs,
		downloadThroughput: PHONE.downloadBps,
		uploadThroughput: PHONE.uploadBps
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuRate });
	return { context, page, cdp, offsite };
}

/** Bytes on the wire (headers included) and requests, from the DevTools protocol. */
function countBytes(cdp: CDPSession) {
	const totals = { bytes: 0, requests: 0 };
	cdp.on('Network.loadingFinished', (e) => {
		totals.bytes += e.encodedDataLength;
		totals.requests += 1;
	});
	return totals;
}

async function measure(
	browser: Browser,
	chromeMajor: string,
	kind: Kind,
	url: string
): Promise<Run & { offsite: string[]; errors: string[] }> {
	const { context, page, cdp, offsite } = await phonePage(browser, chromeMajor);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	try {
		const totals = countBytes(cdp);
		if (kind === 'app') await page.addInitScript(appProbe, MUNICIPALITIES);
		await page.goto(url, { waitUntil: 'commit', timeout: PAGE_TIMEOUT_MS });
		const marks = await waitForMarks(page);
		return { ...marks, ...totals, offsite, errors };
	} finally {
		await context.close();
	}
}

async function waitForMarks(page: Page): Promise<Omit<Run, 'bytes' | 'requests'>> {
	const deadline = Date.now() + PAGE_TIMEOUT_MS;
	for (;;) {
		try {
			return await page.evaluate(
				async (timeout) => {
					const B = (window as unknown as { __bench?: Record<string, unknown> }).__bench;
					if (!B) throw new Error('sin sonda');
					await Promise.race([B.done, new Promise((r) => setTimeout(r, timeout))]);
					const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
					const pick = (k: string) => (typeof B[k] === 'number' ? (B[k] as number) : undefined);
					return {
						paint: pick('paint'),
						hydrated: pick('hydrated'),
						asked: pick('asked'),
						load: pick('load'),
						idle: pick('idle'),
						mapTop: pick('mapTop'),
						fcp
					};
				},
				Math.max(1000, deadline - Date.now())
			);
		} catch (e) {
			// Right after «commit» the probe may not exist yet, or the old document's context is going away.
			const early = /sin sonda|context was destroyed|navigation/i.test((e as Error).message);
			if (!early || Date.now() > deadline) throw e;
			await new Promise((r) => setTimeout(r, 200));
		}
	}
}

await runCommand(BENCH_PHONE_COMMAND, async (v, { signal, log }) => {
	requireBuild();
	const runs = Number(v.runs);
	const dir = mkdtempSync(join(tmpdir(), 'bench-telefono-'));
	// The folder is this benchmark's own: removed at the end, on Ctrl-C and on any failure.
	const remove = () => rmSync(dir, { recursive: true, force: true });
	process.once('exit', remove);
	let browser: Browser | undefined;
	const servers: { close(): Promise<void> }[] = [];
	try {
		writeBarePage(dir);
		const port = Number(v.port);
		const app = await serve(BUILD, port, v.gzip);
		servers.push(app);
		const bare = await serve(dir, port === 0 ? 0 : port + 1, v.gzip);
		servers.push(bare);
		browser = await launchChromium();
		const chromeMajor = browser.version().split('.')[0];
		const urls: Record<Kind, string> = { app: `${app.origin}/`, bare: `${bare.origin}/` };
		log(
			`Teléfono emulado: CPU ÷${PHONE.cpuRate}, latencia ${PHONE.latencyMs} ms, bajada ${kB(PHONE.downloadBps)}/s, ` +
				`subida ${kB(PHONE.uploadBps)}/s, sin caché, ${PHONE.viewport.width}×${PHONE.viewport.height} a ${PHONE.deviceScaleFactor}×; ` +
				`Chromium ${browser.version()} (WebGL por SwiftShader); ${v.gzip ? 'con gzip' : 'sin compresión (serve.ts)'}`
		);
		log(
			`Aplicación ${urls.app} · mínima ${urls.bare} · ${runs} ejecuciones de cada una, alternadas · ${load()}`
		);
		const results: Record<Kind, Run[]> = { app: [], bare: [] };
		const offsite = new Set<string>();
		for (const { run, kind } of interleave(runs, ['app', 'bare'] as const)) {
			if (signal.aborted) break;
			const r = await measure(browser, chromeMajor, kind, urls[kind]);
			r.offsite.forEach((u) => offsite.add(u));
			results[kind].push(r);
			const head = `  ${String(run).padStart(2)} ${NAMES[kind].padEnd(10)}`;
			const tail = `FCP ${ms(r.fcp ?? NaN)} · ${kB(r.bytes)} en ${r.requests} peticiones · ${load()}`;
			log(
				kind === 'app'
					? `${head} pintado ${ms(r.paint ?? NaN)} · SVG interactivo ${ms(r.hydrated ?? NaN)} · ` +
							`«Acercar» pulsado ${ms(r.asked ?? NaN)} · ` +
							`MapLibre load ${ms(r.load ?? NaN)} · WebGL visible ${ms(r.idle ?? NaN)} · ${tail}`
					: `${head} pintado ${ms(r.paint ?? NaN)} · load ${ms(r.load ?? NaN)} · idle ${ms(r.idle ?? NaN)} · ${tail}`
			);
			if (r.errors.length) log(`     errores en la página: ${r.errors.join(' | ')}`);
		}
		const m = (kind: Kind, k: keyof Run) => median(results[kind].map((r) => r[k]));
		const top = m('app', 'mapTop');
		log('\nMedianas');
		log(
			`  aplicación: pintado ${ms(m('app', 'paint'))} (el mapa empieza a ${Math.round(top)} px de la parte de arriba, ` +
				`pantalla de ${PHONE.viewport.height}) · SVG interactivo ${ms(m('app', 'hydrated'))} · ` +
				`«Acercar» pulsado ${ms(m('app', 'asked'))} · ` +
				`MapLibre load ${ms(m('app', 'load'))} · WebGL visible ${ms(m('app', 'idle'))} · ` +
				`FCP ${ms(m('app', 'fcp'))} · ${kB(m('app', 'bytes'))}`
		);
		log(
			`  mínima:     pintado ${ms(m('bare', 'paint'))} · load ${ms(m('bare', 'load'))} · idle ${ms(m('bare', 'idle'))} · ` +
				`FCP ${ms(m('bare', 'fcp'))} · ${kB(m('bare', 'bytes'))}`
		);
		const rows: [string, number, number][] = [
			['Primer coroplético pintado', ratio(m('app', 'paint'), m('bare', 'paint')), 0.5],
			['Interactivo: SVG (hidratado) / load', ratio(m('app', 'hydrated'), m('bare', 'load')), 1.1],
			['Interactivo: MapLibre load / load', ratio(m('app', 'load'), m('bare', 'load')), 1.1],
			['WebGL visible (primer idle) / idle', ratio(m('app', 'idle'), m('bare', 'idle')), 1.1]
		];
		log('\nCocientes aplicación / mínima (de las medianas)');
		for (const [name, value, goal] of rows) {
			log(`  ${name.padEnd(38)} ${times(value).padStart(6)}   meta ≤ ${times(goal)}: ${meets(value, goal)}`);
		}
		log(
			`  Bytes transferidos                     ${times(ratio(m('app', 'bytes'), m('bare', 'bytes'))).padStart(6)}`
		);
		log(`\nPeticiones fuera de localhost: ${offsite.size ? [...offsite].join(', ') : 'ninguna'} · ${load()}`);
		if (results.app.length < runs || results.bare.length < runs)
			throw new UserError('Interrumpido antes de terminar.');
	} finally {
		await browser?.close();
		await Promise.all(servers.map((s) => s.close()));
		remove();
	}
});
