/**
 * `npm run figures -- --fichas`: the one-page A4 ficha of every municipality,
 * as a 300-dpi PNG each and together in fichas-municipales.pdf (vector: the
 * SVG pages printed by Chromium, one per page, with the fonts embedded).
 */
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/dataset/index.ts';
import type { Territory } from '../../src/lib/geo/index.ts';
import type { LabelCandidate, TerritoryGeo } from '../../src/lib/map/geometry.ts';
import { frameOf, pixelSize, type FigureFonts } from '../../src/lib/figure/index.ts';
import { fichaSpec } from '../../src/lib/views/ficha.ts';
import { composeFicha } from '../../src/lib/figure/ficha.ts';
import { LOCATOR_COLORS } from '../../src/lib/scales/scale.ts';
import { municipalityView } from '../../src/lib/views/municipality.ts';
import { rasterPng } from './annex.ts';

export const FICHAS_PDF = 'fichas-municipales.pdf';

export interface FichasInput {
	dataset: Dataset;
	territory: Territory;
	geo: TerritoryGeo;
	labels: LabelCandidate[];
	fonts: FigureFonts;
	date: string;
	log: (line: string) => void;
	stopIfAborted: () => void;
	write: (name: string, data: string | Uint8Array) => void;
}

/** The fichas' PDF: each SVG page at the page's full size, no margins. */
export function fichasPdfHtml(svgs: readonly string[]): string {
	const pages = svgs
		.map(
			(svg) => `<section>${svg.replace(/^<svg ([^>]*?)width="[^"]*" height="[^"]*"/, '<svg $1')}</section>`
		)
		.join('\n');
	return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Fichas municipales</title><style>
@page { size: A4 portrait; margin: 0; }
html, body { margin: 0; }
section { width: 210mm; height: 297mm; break-after: page; overflow: hidden; }
section:last-child { break-after: auto; }
section svg { width: 210mm; height: 297mm; display: block; }
</style></head><body>${pages}</body></html>`;
}

export async function writeFichas(page: Page, o: FichasInput): Promise<void> {
	const codes = o.territory.municipalities.map((m) => m.divipola);
	const px = pixelSize(frameOf('a4', 'vertical'));
	const ctx = { edition: o.dataset.edition, territory: o.territory };
	const svgs: string[] = [];
	for (const [i, m] of o.territory.municipalities.entries()) {
		o.stopIfAborted();
		const spec = fichaSpec(municipalityView(o.dataset, m.divipola), codes, ctx);
		const svg = composeFicha(o.geo, spec, {
			labels: o.labels,
			date: o.date,
			fonts: o.fonts,
			idPrefix: `ficha${i + 1}-`
		});
		const { bytes } = await rasterPng(page, svg, px, [LOCATOR_COLORS.municipio], spec.title);
		o.write(`${spec.slug}.png`, bytes);
		svgs.push(svg);
		o.log(`[ficha ${String(i + 1).padStart(2)}/${codes.length}] ${spec.slug}`);
	}
	o.stopIfAborted();
	o.log(`PDF: ${svgs.length} fichas…`);
	await page.setContent(fichasPdfHtml(svgs), { waitUntil: 'load' });
	await page.evaluate(() => document.fonts.ready);
	o.write(FICHAS_PDF, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}
