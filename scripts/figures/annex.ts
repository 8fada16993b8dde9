/**
 * `npm run figures -- --out DIR`: the map annex. Writes every figure as SVG
 * (vector, from the geodata) and PNG (300 dpi), plus one PDF with a figure
 * and its caption per page, and an index. It writes only into a new or empty
 * folder or over its own earlier annex, and a failure or an interruption
 * leaves DIR as it was. The command itself is `main.ts`; see README.md beside this file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PNG } from 'pngjs';
import { changeDpiDataUrl } from 'changedpi';
import type { Browser, Page } from '@playwright/test';
import type { Topology } from 'topojson-specification';
import { buildDataset } from '../../src/lib/dataset/index.ts';
import { parseTerritory, subregionOf } from '../../src/lib/geo/index.ts';
import { calendarDay } from '../../src/lib/text/index.ts';
import { municipalLabelCandidates, territoryFromTopology } from '../../src/lib/map/geometry.ts';
import {
	composeFigure,
	frameOf,
	pixelSize,
	rasterizeSvg,
	type FigureFonts,
	type FigureSpec,
	type Orientation,
	type PaperName
} from '../../src/lib/figure/index.ts';
import { annexIndexCsv, annexSpecs } from '../../src/lib/figure/annex.ts';
import { readSources, ROOT, SOURCE_PATHS } from '../data/sources.ts';
import { checkIsoDate } from '../lib/args.ts';
import { describeSystemError, InterruptedError, UserError } from '../lib/errors.ts';
import { OutputWriter, prepareOutput, type Places, type WriterOptions } from '../lib/output-fs.ts';
import {
	checkChromium,
	chromiumPath,
	describeBrowserError,
	isBrowserError,
	launchChromium
} from './chromium.ts';
import { ANNEX_OUTPUT } from './options.ts';
import { PDF_FONT, pdfHtml } from './pdf.ts';

export interface AnnexOptions {
	out: string;
	paper: Exclude<PaperName, 'pantalla'>;
	orientation: Orientation;
	/** yyyy-mm-dd printed on every figure. */
	date: string;
	/** The edition (a folder of src/data/ediciones/); the newest when absent. */
	edition?: string;
	/** Also the one-page A4 ficha of every municipality (PNG each, and fichas-municipales.pdf). */
	fichas?: boolean;
	/** Called with one line per step. */
	log?: (line: string) => void;
	/** Aborting it stops the run: the temporary folder is removed and DIR stays as it was. */
	signal?: AbortSignal;
	/** Chromium to use (default: CHROMIUM_PATH or /usr/bin/chromium). */
	chromium?: string;
	/** Where `.`, the home folder and the repository are (tests). */
	places?: Places;
	/** Replaces the file write (tests inject a full disk). */
	writeFile?: WriterOptions['writeFile'];
}

export interface AnnexResult {
	figures: { slug: string; title: string; png: { width: number; height: number; colours: number } }[];
	pdf: string;
	timings: { compose: number; png: number; pdf: number; fichas: number; total: number };
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How long one browser step (a PNG, the PDF page) may take before the run gives up. */
export const BROWSER_TIMEOUT_MS = 10 * 60_000;
export const PDF_NAME = 'anexo-mapas.pdf';
export const INDEX_NAME = 'indice.csv';

export function readFonts(): FigureFonts {
	const file = (w: number) =>
		readFileSync(
			join(ROOT, `node_modules/@fontsource/noto-sans/files/noto-sans-latin-${w}-normal.woff2`)
		).toString('base64');
	return { regular: file(400), bold: file(700) };
}

/** Distinct colours in a decoded PNG (counted up to 5,000), and which wanted colours never occur. */
export function pngColours(png: PNG, wanted: readonly string[] = []): { count: number; missing: string[] } {
	const seen = new Set<number>();
	const want = new Map(wanted.map((c) => [parseInt(c.slice(1), 16), c.toLowerCase()]));
	const found = new Set<number>();
	const d = png.data;
	for (let i = 0; i < d.length; i += 4) {
		const rgb = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
		if (seen.size < 5000) seen.add(rgb);
		if (want.has(rgb)) found.add(rgb);
	}
	return { count: seen.size, missing: [...want].filter(([k]) => !found.has(k)).map(([, c]) => c) };
}

/**
 * A composed SVG as a PNG at the frame's resolution, drawn by Chromium; refused
 * when it comes out at another size, blank, or without one of `wanted` colours.
 */
export async function rasterPng(
	page: Page,
	svg: string,
	px: { width: number; height: number; dpi: number },
	wanted: readonly string[],
	title: string
): Promise<{ bytes: Buffer; png: PNG; colours: { count: number; missing: string[] } }> {
	const dataUrl = changeDpiDataUrl(await page.evaluate(rasterizeSvg, { svg, ...px }), px.dpi);
	const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
	const png = PNG.sync.read(bytes);
	const colours = pngColours(png, wanted);
	if (png.width !== px.width || png.height !== px.height) {
		throw new UserError(
			`La imagen de «${title}» salió de ${png.width}×${png.height} px, no ${px.width}×${px.height}`
		);
	}
	if (colours.count < 8 || colours.missing.length) {
		throw new UserError(
			`La imagen de «${title}» salió en blanco o incompleta (${colours.count} colores; faltan ${colours.missing.join(', ') || 'ninguno'})`
		);
	}
	return { bytes, png, colours };
}

export async function buildAnnex(o: AnnexOptions): Promise<AnnexResult> {
	const log = o.log ?? (() => {});
	const t0 = performance.now();
	// Everything that can be refused is decided before any work: the date, the folder, the browser.
	const badDate = calendarDay(o.date) ? null : checkIsoDate('--fecha')(o.date);
	if (badDate) throw new UserError(badDate);
	const prepared = prepareOutput(o.out, ANNEX_OUTPUT, o.places);
	prepared.notes.forEach(log);
	const out = prepared.decision.path;
	const browserPath = o.chromium ?? chromiumPath();
	checkChromium(browserPath);

	const dataset = buildDataset(readSources(o.edition));
	const territory = parseTerritory(readFileSync(SOURCE_PATHS.municipios, 'utf8'));
	const geo = territoryFromTopology(
		JSON.parse(readFileSync(join(ROOT, 'geodata/norte-de-santander.topo.json'), 'utf8')) as Topology,
		subregionOf(territory.municipalities)
	);
	const specs = annexSpecs(dataset, territory);
	const frame = frameOf(o.paper, o.orientation);
	const px = pixelSize(frame);
	const fonts = readFonts();
	const labels = municipalLabelCandidates(territory.municipalities);

	const untouched = prepared.decision.mode === 'new' ? `no se creó ${out}.` : `${out} quedó como estaba.`;
	const interrupted = () =>
		new InterruptedError(o.signal?.reason as NodeJS.Signals, `Interrumpido: ${untouched}`);
	const stopIfAborted = () => {
		if (o.signal?.aborted) throw interrupted();
	};
	stopIfAborted();

	// Everything is written to DIR.parcial-PID first and swapped in at the end.
	const writer = new OutputWriter(prepared, {
		writeFile: o.writeFile,
		options: { papel: o.paper, orientacion: o.orientation, fecha: o.date, fichas: o.fichas ? 'sí' : 'no' }
	});
	let browser: Browser | undefined;
	// An interruption closes the browser at once: whatever Chromium was doing fails, and the run stops.
	const closeOnAbort = () => void browser?.close().catch(() => {});
	o.signal?.addEventListener('abort', closeOnAbort, { once: true });
	const timings = { compose: 0, png: 0, pdf: 0, fichas: 0, total: 0 };
	const figures: AnnexResult['figures'] = [];
	let doing = 'arrancaba';
	const composed: { spec: FigureSpec; svg: string }[] = [];
	try {
		browser = await launchChromium(browserPath);
		stopIfAborted();
		const page = await browser.newPage();
		// A busy machine (two cores shared by several jobs) can take minutes over the 12-MB PDF page.
		page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
		for (const [i, spec] of specs.entries()) {
			stopIfAborted();
			const step = `[${String(i + 1).padStart(2)}/${specs.length}] ${spec.slug}`;
			doing = `dibujaba «${spec.title}»`;
			let svg: string;
			const c0 = performance.now();
			try {
				svg = composeFigure(geo, spec, { frame, labels, date: o.date, fonts, idPrefix: `f${i + 1}-` });
			} catch (e) {
				throw new UserError(`No se pudo dibujar la figura «${spec.title}»: ${(e as Error).message}`, {
					cause: e
				});
			}
			timings.compose += performance.now() - c0;
			writer.write(`${spec.slug}.svg`, svg);
			composed.push({ spec, svg });

			const r0 = performance.now();
			const { bytes, png, colours } = await rasterPng(
				page,
				svg,
				px,
				spec.legend.rows.map((r) => r.color),
				spec.title
			);
			writer.write(`${spec.slug}.png`, bytes);
			timings.png += performance.now() - r0;
			figures.push({
				slug: spec.slug,
				title: spec.title,
				png: { width: png.width, height: png.height, colours: colours.count }
			});
			log(
				`${step}  SVG ${(svg.length / 1024).toFixed(0)} KiB · PNG ${px.width}×${px.height} ${(bytes.length / 1024).toFixed(0)} KiB`
			);
		}

		stopIfAborted();
		const p0 = performance.now();
		doing = 'imprimía el PDF';
		const { edition } = dataset;
		const html = pdfHtml({
			figures: composed,
			paper: o.paper,
			orientation: o.orientation,
			fonts,
			cover: {
				shortTitle: edition.shortTitle,
				entity: edition.entity,
				government: edition.government,
				period: edition.period.label,
				source: edition.source,
				department: territory.department.name,
				date: o.date
			}
		});
		log(`PDF: portada, índice y ${specs.length} figuras…`);
		await page.setContent(html, { waitUntil: 'load' });
		// The cover, contents, captions and page numbers are set in the embedded Noto Sans, never a fallback.
		const unloaded = await page.evaluate(async (family) => {
			await document.fonts.ready;
			const weights = ['400', '700'];
			await Promise.all(weights.map((w) => document.fonts.load(`${w} 10pt '${family}'`)));
			return weights.filter(
				(w) =>
					![...document.fonts].some(
						(f) => f.family.replace(/["']/g, '') === family && f.weight === w && f.status === 'loaded'
					)
			);
		}, PDF_FONT);
		if (unloaded.length)
			throw new UserError(
				`El PDF no cargó la letra ${PDF_FONT} (peso ${unloaded.join(', ')}) para los textos`
			);
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		writer.write(PDF_NAME, pdf);
		timings.pdf = performance.now() - p0;

		if (o.fichas) {
			const f0 = performance.now();
			doing = 'dibujaba las fichas municipales';
			const { writeFichas } = await import('./fichas.ts');
			await writeFichas(page, {
				dataset,
				territory,
				geo,
				labels,
				fonts,
				date: o.date,
				log,
				stopIfAborted,
				write: (n, d) => writer.write(n, d)
			});
			timings.fichas = performance.now() - f0;
		}

		writer.write(INDEX_NAME, annexIndexCsv(specs));
		// Last chance to stop; from here on the swap is synchronous.
		stopIfAborted();
		writer.commit();
	} catch (e) {
		writer.abort();
		if (o.signal?.aborted) throw interrupted();
		if (typeof (e as { code?: unknown }).code === 'string' && (e as { syscall?: unknown }).syscall) {
			throw new UserError(`${describeSystemError(e as never)} Por eso ${untouched}`, { cause: e });
		}
		if (isBrowserError(e))
			throw new UserError(`${describeBrowserError(e, doing)} ${capitalised(untouched)}`, { cause: e });
		throw e;
	} finally {
		o.signal?.removeEventListener('abort', closeOnAbort);
		await browser?.close().catch(() => {});
	}
	timings.total = performance.now() - t0;
	return { figures, pdf: join(out, PDF_NAME), timings };
}
