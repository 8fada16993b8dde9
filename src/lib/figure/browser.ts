/**
 * The app's figure export, loaded only when someone asks for a figure: the
 * full-detail geodata and the fonts are fetched then, the SVG is composed by
 * the same code as `npm run figures`, and the PNG drawn by this browser.
 */
import topoUrl from '../../../geodata/norte-de-santander.topo.json?url';
import municipiosText from '../../../geodata/municipios.json?raw';
import regularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import boldUrl from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import { changeDpiBlob } from 'changedpi';
import type { Topology } from 'topojson-specification';
import { parseTerritory, subregionOf, type Territory } from '../geo/index.ts';
import { municipalLabelCandidates, territoryFromTopology, type TerritoryGeo } from '../map/geometry.ts';
import { composeFigure, type FigureFonts, type FigureSpec } from './compose.ts';
import { frameOf, pixelSize, type Orientation, type PaperName } from './paper.ts';
import { rasterizeSvg } from './raster.ts';
import type { FichaSpec } from './ficha.ts';

export type FigureFormat = 'png' | 'svg';

export interface ExportRequest {
	build: (territory: Territory) => FigureSpec;
	format: FigureFormat;
	paper: PaperName;
	orientation: Orientation;
	/** yyyy-mm-dd printed on the figure. */
	date: string;
}

export interface ExportedFigure {
	blob: Blob;
	fileName: string;
	width: number;
	height: number;
	dpi: number;
}

const territory = parseTerritory(municipiosText);
let assets: Promise<{ geo: TerritoryGeo; fonts: FigureFonts }> | undefined;

async function base64(url: string): Promise<string> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`No se pudo cargar ${url} (${res.status})`);
	const bytes = new Uint8Array(await res.arrayBuffer());
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s);
}

function loadAssets() {
	assets ??= (async () => {
		const [topo, regular, bold] = await Promise.all([
			fetch(topoUrl).then((r) => {
				if (!r.ok) throw new Error(`No se pudo cargar la cartografía (${r.status})`);
				return r.json() as Promise<Topology>;
			}),
			base64(regularUrl),
			base64(boldUrl)
		]);
		return {
			geo: territoryFromTopology(topo, subregionOf(territory.municipalities)),
			fonts: { regular, bold }
		};
	})();
	assets.catch(() => (assets = undefined));
	return assets;
}

export async function exportFigure(req: ExportRequest): Promise<ExportedFigure> {
	const { geo, fonts } = await loadAssets();
	const spec = req.build(territory);
	const frame = frameOf(req.paper, req.orientation);
	const svg = composeFigure(geo, spec, {
		frame,
		labels: municipalLabelCandidates(territory.municipalities),
		date: req.date,
		fonts
	});
	const base = `${spec.slug}-${req.paper}-${req.orientation}`;
	const px = pixelSize(frame);
	if (req.format === 'svg') {
		return {
			blob: new Blob([svg], { type: 'image/svg+xml' }),
			fileName: `${base}.svg`,
			width: frame.width,
			height: frame.height,
			dpi: px.dpi
		};
	}
	const { dataUrl } = await rasterizeSvg({ svg, width: px.width, height: px.height });
	const png = await (await fetch(dataUrl)).blob();
	return { blob: await changeDpiBlob(png, px.dpi), fileName: `${base}.png`, ...px };
}

export interface FichaRequest {
	/** The ficha, built for the territory the export loads (views/ficha.ts, from the page's own view). */
	build: (territory: Territory) => FichaSpec | Promise<FichaSpec>;
	format: 'png' | 'pdf';
	date: string;
}

/**
 * A municipality's A4 ficha as a 300-dpi PNG, or as a one-page A4 PDF holding
 * that PNG (jsPDF, loaded only then). `npm run figures -- --fichas` prints
 * the same page as a vector PDF.
 */
export async function exportFicha(req: FichaRequest): Promise<ExportedFigure> {
	const [{ geo, fonts }, { composeFicha }] = await Promise.all([loadAssets(), import('./ficha.ts')]);
	const spec = await req.build(territory);
	const svg = composeFicha(geo, spec, {
		labels: municipalLabelCandidates(territory.municipalities),
		date: req.date,
		fonts
	});
	const frame = frameOf('a4', 'vertical');
	const px = pixelSize(frame);
	const { dataUrl } = await rasterizeSvg({ svg, width: px.width, height: px.height });
	if (req.format === 'png') {
		const png = await (await fetch(dataUrl)).blob();
		return { blob: await changeDpiBlob(png, px.dpi), fileName: `${spec.slug}.png`, ...px };
	}
	const { jsPDF } = await import('jspdf');
	const pdf = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
	pdf.setProperties({ title: spec.title, subject: spec.subtitle, creator: '¿Dónde se intervino?' });
	pdf.addImage(dataUrl, 'PNG', 0, 0, 210, 297, undefined, 'FAST');
	return { blob: pdf.output('blob'), fileName: `${spec.slug}.pdf`, ...px };
}
