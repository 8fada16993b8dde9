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
/** Pages drawing PNGs at once: the machine's two cores (more only adds memory, ~35 MB a canvas). */
const RASTER_PAGES = 2;
export const INDEX_NAME = 'indice.csv';

export function readFonts(): FigureFonts {
	const file = (w: number) =>
		readFileSync(
			join(ROOT, `node_modules/@fontsource/noto-sans/files/noto-sans-latin-${w}-normal.woff2`)
		).toString('base64');
	return { regular: file(400), bold: file(700) };
}

/**
 * A composed SVG as a PNG at the frame's resolution, drawn by Chromium; refused
 * when it comes out at another size, blank, or without one of `wanted` colours
 * (counted on the canvas by rasterizeSvg; the PNG's size read from its header).
 */
export async function rasterPng(
	page: Page,
	svg: string,
	px: { width: number; height: number; dpi: number },
	wanted: readonly string[],
	title: string
): Promise<{
	bytes: Buffer;
	png: { width: number; height: number };
	colours: { count: number; missing: string[] };
}> {
	const drawn = await page.evaluate(rasterizeSvg, { svg, width: px.width, height: px.height, wanted });
	const dataUrl = changeDpiDataUrl(drawn.dataUrl, px.dpi);
	const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
	const png = pngSize(bytes);
	const colours = drawn.colours ?? { count: 0, missing: [...wanted] };
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

/** Width and height from a PNG's IHDR chunk (bytes 16-23), without decoding it. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
	const signature = '89504e470d0a1a0a';
	if (
		bytes.length < 24 ||
		bytes.subarray(0, 8).toString('hex') !== signature ||
		bytes.toString('latin1', 12, 16) !== 'IHDR'
	)
		throw new Error('no es un PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
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
		// Two pages draw the PNGs, one per core, while Node composes the next figure; a third
		// prints the PDF once every figure is composed. The stages overlap: `total` is the wall clock.
		const pages = await Promise.all(Array.from({ length: RASTER_PAGES + 1 }, () => browser!.newPage()));
		// A busy machine (two cores shared by several jobs) can take minutes over the 12-MB PDF page.
		pages.forEach((p) => p.setDefaultTimeout(BROWSER_TIMEOUT_MS));
		const [page, ...rasterPages] = [pages[RASTER_PAGES], ...pages.slice(0, RASTER_PAGES)];
		// Each raster page draws every RASTER_PAGES-th figure, one after another.
		const queues: Promise<unknown>[] = rasterPages.map(() => Promise.resolve());
		const rasters: ReturnType<typeof rasterPng>[] = [];
		let firstRaster = 0;
		let lastRaster = 0;
		for (const [i, spec] of specs.entries()) {
			stopIfAborted();
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
			const k = i % rasterPages.length;
			const raster = queues[k].then(() => {
				stopIfAborted();
				firstRaster ||= performance.now();
				return rasterPng(
					rasterPages[k],
					svg,
					px,
					spec.legend.rows.map((r) => r.color),
					spec.title
				).finally(() => (lastRaster = performance.now()));
			});
			queues[k] = raster.catch(() => {});
			// A later figure's failure is reported when its turn comes, or never if an earlier one stops the run.
			raster.catch(() => {});
			rasters.push(raster);
			// Lets the request reach Chromium before Node composes the next figure.
			await new Promise((r) => setImmediate(r));
		}

		stopIfAborted();
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
		const p0 = performance.now();
		const printed = (async () => {
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
			timings.pdf = performance.now() - p0;
			return pdf;
		})();
		printed.catch(() => {});

		for (const [i, { spec, svg }] of composed.entries()) {
			doing = `dibujaba «${spec.title}»`;
			const { bytes, png, colours } = await rasters[i];
			writer.write(`${spec.slug}.png`, bytes);
			figures.push({
				slug: spec.slug,
				title: spec.title,
				png: { width: png.width, height: png.height, colours: colours.count }
			});
			log(
				`[${String(i + 1).padStart(2)}/${specs.length}] ${spec.slug}  SVG ${(svg.length / 1024).toFixed(0)} KiB · PNG ${px.width}×${px.height} ${(bytes.length / 1024).toFixed(0)} KiB`
			);
		}
		timings.png = lastRaster - firstRaster;

		stopIfAborted();
		doing = 'imprimía el PDF';
		log(`PDF: portada, índice y ${specs.length} figuras…`);
		writer.write(PDF_NAME, await printed);

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
