/**
 * `npm run bench:repaint`: how many animation frames pass on `/` between
 * changing a map control (through the form, as a user does) and the frame
 * that shows the new fills, with the SVG map (WebGL hidden from the page,
 * as the e2e tests do) and with MapLibre. Definitions: scripts/bench/README.md.
 *   npm run bench:repaint -- --runs 5
 */
import type { Browser, Locator, Page } from '@playwright/test';
import type { CommandSpec } from '../lib/args.ts';
import { runCommand } from '../lib/cli.ts';
import { UserError } from '../lib/errors.ts';
import { EVIDENCE_LABELS, NORM_LABELS } from '../../src/lib/explore/state.ts';
import {
	allowTsxFunctions,
	BUILD,
	launchChromium,
	load,
	portOption,
	requireBuild,
	runsOption,
	serve,
	watchOffsite
} from './site.ts';
import { median, ms } from './stats.ts';
import { hideWebGL } from '../../tests/e2e/no-webgl.ts';

const BENCH_REPAINT_COMMAND = {
	usage: 'npm run bench:repaint --',
	summary:
		'Después de npm run build: cuántos fotogramas pasan en / entre cambiar cada control del mapa y el fotograma que\n' +
		'muestra los nuevos rellenos, con el mapa SVG y con MapLibre (mediana de N cambios por control).',
	options: { runs: runsOption(5, 30), port: portOption },
	examples: ['npm run bench:repaint -- --runs 9']
} as const satisfies CommandSpec;

type Renderer = 'svg' | 'webgl';
/** The meta toggled; «Con SGR» is the funding chosen: with the 2024-2025 data, «propios» repaints nothing. */
const META = 18;
/** A change that did not alter any fill within this time is reported as «sin cambio». */
const WAIT_MS = 5000;

interface Control {
	name: string;
	/** Makes the change number `i` (0, 1, 2…): they alternate between two states. */
	act: (form: Locator, i: number) => Promise<void>;
}

const select = (label: string, values: [string, string]) => (form: Locator, i: number) =>
	form
		.getByLabel(label)
		.selectOption(values[i % 2])
		.then(() => undefined);
const clickText = (texts: [string | RegExp, string | RegExp]) => (form: Locator, i: number) =>
	form.getByText(texts[i % 2], { exact: true }).click();

const CONTROLS: Control[] = [
	{ name: 'Qué mostrar', act: select('Qué mostrar', ['beneficiarios', 'inversion']) },
	{ name: 'Normalización', act: clickText([NORM_LABELS['por-mil'], NORM_LABELS.total]) },
	{ name: 'Regla de estimación', act: select('Regla de estimación', ['poblacion', 'igual']) },
	{
		name: 'Repartir departamentales',
		act: clickText([/Repartir las metas de alcance/, /Repartir las metas de alcance/])
	},
	{ name: 'Lugares', act: clickText([EVIDENCE_LABELS.texto, EVIDENCE_LABELS.localizacion]) },
	{ name: 'Fuente de financiación', act: select('Fuente de financiación', ['sgr', 'todas']) },
	{
		name: 'Metas (quitar/poner una)',
		act: async (form) => {
			const details = form.locator('details');
			if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
				await details.locator('summary').click();
			// Meta 18: leaving it out repaints 12 municipalities of the default view (most metas change none).
			await details
				.locator('li label')
				.filter({ has: details.page().getByText(`${META}.`, { exact: true }) })
				.click();
		}
	},
	{ name: 'Método de clases', act: select('Método de clases', ['quantile', 'jenks']) },
	{ name: 'Número de clases', act: select('Número de clases', ['7', '5']) }
];

/** The probe, in the page before its scripts: frame counter, the change, the repaint. */
function repaintProbe() {
	type Result = { frames: number; ms: number };
	const w = window as unknown as { __bench: Record<string, unknown> };
	let frame = 0;
	const tick = () => {
		frame++;
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	let start: { t: number; frame: number } | null = null;
	let result: Result | null = null;
	const record = () => {
		if (start && !result) result = { frames: frame - start.frame, ms: performance.now() - start.t };
	};
	// Every control's handler runs on `change`; capture hears it first.
	document.addEventListener('change', () => (start ??= { t: performance.now(), frame }), true);
	// SVG: a fill (or a hatch shape) of the prerendered map changed; the next frame paints it.
	const inMap = (n: Node) =>
		n instanceof Element &&
		!!n.closest('.mapview svg') &&
		(n.matches('.municipio, .hatch') || !!n.querySelector('.municipio, .hatch'));
	new MutationObserver((records) => {
		if (!start || result) return;
		const hit = records.some((r) =>
			r.type === 'attributes'
				? inMap(r.target)
				: [...r.addedNodes, ...r.removedNodes].some(
						(n) => inMap(n) || (n instanceof Element && n.matches('.municipio, .hatch'))
					)
		);
		if (hit) requestAnimationFrame(record);
	}).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['fill', 'style', 'class']
	});
	w.__bench = {
		arm: () => {
			start = null;
			result = null;
		},
		result: () => result,
		/** WebGL: the first `render` after a setFeatureState that changed a fill or a hatch draws it. */
		watchMap: () => {
			type State = Record<string, unknown>;
			const map = (
				document.querySelector('.mapview .canvas') as unknown as {
					maplibreMap?: {
						setFeatureState(f: { source: string; id: string }, s: State): void;
						getFeatureState(f: { source: string; id: string }): State;
						on(e: string, f: () => void): void;
					};
				}
			).maplibreMap;
			if (!map) throw new Error('el contenedor del mapa no tiene maplibreMap');
			let dirty = false;
			const set = map.setFeatureState.bind(map);
			map.setFeatureState = (f, s) => {
				const before = map.getFeatureState(f);
				if (start && !result && (before.fill !== s.fill || before.hatch !== s.hatch)) dirty = true;
				set(f, s);
			};
			map.on('render', () => {
				if (dirty) {
					dirty = false;
					record();
				}
			});
		}
	};
}

async function openExplorer(browser: Browser, url: string, renderer: Renderer) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-CO' });
	await allowTsxFunctions(context);
	const offsite = watchOffsite(context);
	if (renderer === 'svg') await context.addInitScript(hideWebGL);
	await context.addInitScript(repaintProbe);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('form[aria-label="Opciones del mapa"]:not([inert])').waitFor();
	const mapview = page.locator(`.mapview[data-renderer="${renderer}"]`);
	await mapview.waitFor({ state: 'attached', timeout: 180_000 });
	if (renderer === 'webgl')
		await page.evaluate(() => (window as unknown as { __bench: { watchMap(): void } }).__bench.watchMap());
	return { context, page, offsite, errors };
}

/** Lets the page finish what the last change started (the URL, MapLibre's idle) before the next. */
async function settle(page: Page, renderer: Renderer) {
	await page.evaluate(
		(gl) =>
			new Promise<void>((done) => {
				const frames = (n: number) =>
					n ? requestAnimationFrame(() => frames(n - 1)) : setTimeout(done, 250);
				const map = gl
					? (
							document.querySelector('.mapview .canvas') as unknown as {
								maplibreMap?: { once(e: string, f: () => void): void; triggerRepaint(): void };
							}
						).maplibreMap
					: undefined;
				if (!map) return frames(3);
				map.once('idle', () => frames(3));
				map.triggerRepaint();
			}),
		renderer === 'webgl'
	);
}

async function measureControl(page: Page, renderer: Renderer, control: Control, i: number) {
	const form = page.locator('form[aria-label="Opciones del mapa"]');
	await page.evaluate(() => (window as unknown as { __bench: { arm(): void } }).__bench.arm());
	await control.act(form, i);
	const handle = await page
		.waitForFunction(() => (window as unknown as { __bench: { result(): unknown } }).__bench.result(), null, {
			timeout: WAIT_MS,
			polling: 50
		})
		.catch(() => null);
	const result = (await handle?.jsonValue()) as { frames: number; ms: number } | null | undefined;
	await settle(page, renderer);
	return result ?? null;
}

await runCommand(BENCH_REPAINT_COMMAND, async (v, { signal, log }) => {
	requireBuild();
	const runs = Number(v.runs);
	const site = await serve(BUILD, Number(v.port));
	let browser: Browser | undefined;
	try {
		browser = await launchChromium();
		log(
			`Repintado en ${site.origin}/ · Chromium ${browser.version()} (WebGL por SwiftShader), 1280×900, sin limitar CPU ni red · ` +
				`${runs} cambios por control · ${load()}`
		);
		const table = new Map<string, Record<Renderer, ({ frames: number; ms: number } | null)[]>>(
			CONTROLS.map((c) => [c.name, { svg: [], webgl: [] }])
		);
		const offsite = new Set<string>();
		for (const renderer of ['svg', 'webgl'] as const) {
			const {
				context,
				page,
				offsite: off,
				errors
			} = await openExplorer(browser, `${site.origin}/`, renderer);
			try {
				log(`\n${renderer === 'svg' ? 'Mapa SVG (sin WebGL)' : 'Mapa MapLibre (WebGL)'} · ${load()}`);
				for (let i = 0; i < runs; i++) {
					for (const control of CONTROLS) {
						if (signal.aborted) throw new UserError('Interrumpido.');
						const r = await measureControl(page, renderer, control, i);
						table.get(control.name)![renderer].push(r);
					}
					log(`  ronda ${i + 1} de ${runs} · ${load()}`);
				}
				if (errors.length) log(`  errores en la página: ${errors.join(' | ')}`);
				off.forEach((u) => offsite.add(u));
			} finally {
				await context.close();
			}
		}
		const cell = (rs: ({ frames: number; ms: number } | null)[]) => {
			const got = rs.filter((r): r is { frames: number; ms: number } => r !== null);
			if (got.length === 0) return 'sin cambio de relleno'.padEnd(30);
			const f = got.map((r) => r.frames);
			const missing = rs.length - got.length;
			return (
				`${median(f)} (${Math.min(...f)}–${Math.max(...f)}) · ${ms(median(got.map((r) => r.ms)))}` +
				(missing ? ` · ${missing} sin cambio` : '')
			).padEnd(30);
		};
		log(
			`\nFotogramas desde el cambio hasta el que muestra los rellenos: mediana (mín.–máx.) · ms (meta ≤ 1 fotograma)`
		);
		log(`  ${'Control'.padEnd(26)} ${'SVG'.padEnd(30)} MapLibre`);
		for (const [name, r] of table) log(`  ${name.padEnd(26)} ${cell(r.svg)} ${cell(r.webgl)}`);
		log(`\nPeticiones fuera de localhost: ${offsite.size ? [...offsite].join(', ') : 'ninguna'} · ${load()}`);
	} finally {
		await browser?.close();
		await site.close();
	}
});
