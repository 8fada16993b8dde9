/**
 * `npm run figures -- --out DIR`: the map annex. Writes every figure as SVG
 * (vector, from the geodata) and PNG (300 dpi), plus one PDF with a figure
 * and its caption per page, and an index. See README.md beside this file.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { PNG } from 'pngjs';
import { changeDpiDataUrl } from 'changedpi';
import { chromium, type Browser } from '@playwright/test';
import type { Topology } from 'topojson-specification';
import { buildDataset } from '../../src/lib/dataset/index.ts';
import { parseTerritory, subregionOf } from '../../src/lib/geo/index.ts';
import { isoDate } from '../../src/lib/text/index.ts';
import { municipalLabelCandidates, territoryFromTopology } from '../../src/lib/map/geometry.ts';
import {
	composeFigure,
	escapeXml,
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

export interface AnnexOptions {
	out: string;
	paper: Exclude<PaperName, 'pantalla'>;
	orientation: Orientation;
	/** yyyy-mm-dd printed on every figure. */
	date: string;
	/** Called with one line per step. */
	log?: (line: string) => void;
}

export interface AnnexResult {
	figures: { slug: string; title: string; png: { width: number; height: number; colours: number } }[];
	pdf: string;
	timings: { compose: number; png: number; pdf: number; total: number };
}

export const PDF_NAME = 'anexo-mapas.pdf';
export const INDEX_NAME = 'indice.csv';

export function readFonts(): FigureFonts {
	const file = (w: number) =>
		readFileSync(
			join(ROOT, `node_modules/@fontsource/noto-sans/files/noto-sans-latin-${w}-normal.woff2`)
		).toString('base64');
	return { regular: file(400), bold: file(700) };
}

export function chromiumPath(): string {
	return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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

function pdfHtml(svgs: { spec: FigureSpec; svg: string }[], paper: string, orientation: Orientation): string {
	const size = `${paper === 'carta' ? 'letter' : 'A4'} ${orientation === 'vertical' ? 'portrait' : 'landscape'}`;
	const pages = svgs
		.map(
			({ spec, svg }, i) =>
				`<section><div class="fig">${svg.replace(/^<svg ([^>]*?)width="[^"]*" height="[^"]*"/, '<svg $1')}</div>` +
				`<p><strong>Figura ${i + 1}.</strong> ${escapeXml(spec.caption)}</p></section>`
		)
		.join('\n');
	return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Anexo de mapas</title><style>
@page { size: ${size}; margin: 10mm; }
html, body { margin: 0; font-family: 'Noto Sans', sans-serif; }
section { height: calc(100vh - 0.1mm); display: flex; flex-direction: column; break-after: page; overflow: hidden; }
section:last-child { break-after: auto; }
.fig { flex: 1; min-height: 0; display: flex; justify-content: center; }
.fig svg { height: 100%; width: auto; max-width: 100%; }
p { font-size: 9pt; margin: 2mm 6mm 0; line-height: 1.3; }
</style></head><body>${pages}</body></html>`;
}

export async function buildAnnex(o: AnnexOptions): Promise<AnnexResult> {
	const log = o.log ?? (() => {});
	const t0 = performance.now();
	const dataset = buildDataset(readSources());
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

	// Everything is written to a temporary folder first: a failure leaves DIR as it was.
	const out = resolve(o.out);
	const tmp = `${out}.parcial-${process.pid}`;
	rmSync(tmp, { recursive: true, force: true });
	mkdirSync(tmp, { recursive: true });

	let browser: Browser | undefined;
	const timings = { compose: 0, png: 0, pdf: 0, total: 0 };
	const figures: AnnexResult['figures'] = [];
	const composed: { spec: FigureSpec; svg: string }[] = [];
	try {
		browser = await chromium.launch({ executablePath: chromiumPath() });
		const page = await browser.newPage();
		for (const [i, spec] of specs.entries()) {
			const step = `[${String(i + 1).padStart(2)}/${specs.length}] ${spec.slug}`;
			let svg: string;
			const c0 = performance.now();
			try {
				svg = composeFigure(geo, spec, { frame, labels, date: o.date, fonts, idPrefix: `f${i + 1}-` });
			} catch (e) {
				throw new Error(`No se pudo dibujar la figura «${spec.title}»: ${(e as Error).message}`, {
					cause: e
				});
			}
			timings.compose += performance.now() - c0;
			writeFileSync(join(tmp, `${spec.slug}.svg`), svg);
			composed.push({ spec, svg });

			const r0 = performance.now();
			const dataUrl = changeDpiDataUrl(await page.evaluate(rasterizeSvg, { svg, ...px }), px.dpi);
			const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
			const png = PNG.sync.read(bytes);
			const colours = pngColours(
				png,
				spec.legend.map((r) => r.color)
			);
			if (png.width !== px.width || png.height !== px.height) {
				throw new Error(
					`La imagen de «${spec.title}» salió de ${png.width}×${png.height} px, no ${px.width}×${px.height}`
				);
			}
			if (colours.count < 8 || colours.missing.length) {
				throw new Error(
					`La imagen de «${spec.title}» salió en blanco o incompleta (${colours.count} colores; faltan ${colours.missing.join(', ') || 'ninguno'})`
				);
			}
			writeFileSync(join(tmp, `${spec.slug}.png`), bytes);
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

		const p0 = performance.now();
		log(`PDF: ${specs.length} páginas…`);
		await page.setContent(pdfHtml(composed, o.paper, o.orientation), { waitUntil: 'load' });
		await page.evaluate(() => document.fonts.ready);
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		writeFileSync(join(tmp, PDF_NAME), pdf);
		timings.pdf = performance.now() - p0;

		writeFileSync(join(tmp, INDEX_NAME), annexIndexCsv(specs));
	} catch (e) {
		rmSync(tmp, { recursive: true, force: true });
		throw e;
	} finally {
		await browser?.close();
	}
	rmSync(out, { recursive: true, force: true });
	renameSync(tmp, out);
	timings.total = performance.now() - t0;
	return { figures, pdf: join(out, PDF_NAME), timings };
}

async function main() {
	const { values } = parseArgs({
		options: {
			out: { type: 'string' },
			papel: { type: 'string', default: 'a4' },
			orientacion: { type: 'string', default: 'vertical' },
			fecha: { type: 'string' }
		}
	});
	if (!values.out) throw new Error('Falta la carpeta de salida: npm run figures -- --out CARPETA');
	if (values.papel !== 'a4' && values.papel !== 'carta') {
		throw new Error(`--papel «${values.papel}» no es válido: use a4 o carta`);
	}
	if (values.orientacion !== 'vertical' && values.orientacion !== 'horizontal') {
		throw new Error(`--orientacion «${values.orientacion}» no es válida: use vertical u horizontal`);
	}
	const result = await buildAnnex({
		out: values.out,
		paper: values.papel,
		orientation: values.orientacion,
		date: values.fecha ?? isoDate(),
		log: (l) => console.log(l)
	});
	const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
	console.log(
		`Listo: ${result.figures.length} figuras (SVG y PNG a 300 ppp) y ${result.pdf} en ${s(result.timings.total)} ` +
			`(composición ${s(result.timings.compose)}, PNG ${s(result.timings.png)}, PDF ${s(result.timings.pdf)}).`
	);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().catch((e: Error) => {
		console.error(`Error: ${e.message}`);
		process.exit(1);
	});
}
