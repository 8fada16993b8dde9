import { readFileSync, writeFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { readSources } from './scripts/data/sources.ts';
import { buildDataset } from './src/lib/dataset/index.ts';
import { parseTerritory, subregionOf } from './src/lib/geo/index.ts';
import { municipalLabelCandidates, territoryFromTopology } from './src/lib/map/geometry.ts';
import { annexSpecs } from './src/lib/figure/annex.ts';
import { composeFigure, frameOf } from './src/lib/figure/index.ts';
import { readFonts } from './scripts/figures/annex.ts';
const dataset = buildDataset(readSources());
const territory = parseTerritory(readFileSync('geodata/municipios.json', 'utf8'));
const geo = territoryFromTopology(JSON.parse(readFileSync('geodata/norte-de-santander.topo.json', 'utf8')) as Topology, subregionOf(territory.municipalities));
const labels = municipalLabelCandidates(territory.municipalities);
const fonts = readFonts();
for (const spec of annexSpecs(dataset, territory)) {
	for (const o of ['vertical', 'horizontal'] as const) {
		const t0 = performance.now();
		const svg = composeFigure(geo, spec, { frame: frameOf('a4', o), labels, date: '2026-12-02', fonts });
		writeFileSync(`/tmp/look/${spec.slug}-${o}.svg`, svg);
		if (spec.slug.startsWith('dep')) console.log(spec.slug, o, Math.round(performance.now() - t0), 'ms');
	}
}
