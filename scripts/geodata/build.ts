/**
 * Builds geodata/ from the upstream sources (see README.md beside this file).
 *
 *   npm run geodata                       # sources in geodata/fuentes
 *   npm run geodata -- --src DIR --out DIR
 *   GEODATA_SRC=DIR npm run geodata
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { csvParse } from 'd3-dsv';
import type { Topology } from 'topojson-specification';
import { derive, stableJson, webTopology } from './derive.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

export const DEFAULT_SRC = resolve(root, 'geodata/fuentes');
export const DEFAULT_OUT = resolve(root, 'geodata');
export const TOPOLOGY_FILE = 'norte-de-santander.topo.json';
export const WEB_TOPOLOGY_FILE = 'norte-de-santander.web.topo.json';
export const ATTRIBUTES_FILE = 'municipios.json';

export function buildFiles(src: string): Record<string, string> {
	const read = (p: string) => readFileSync(join(src, p), 'utf8');
	const json = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Topology;
	const out = derive({
		municipiosTopo: json(join(src, 'raw/ytolosa_col_municipios_real_departamental.topojson')),
		departamentosTopo: json(join(src, 'raw/ytolosa_col_departamentos_real_municipal.topojson')),
		world: json(join(root, 'node_modules/world-atlas/countries-10m.json')),
		names: csvParse(readFileSync(join(here, 'nombres.csv'), 'utf8')) as never,
		population: csvParse(read('population-54.csv')) as never,
		subregions: csvParse(read('subregions-54.csv')) as never,
		seats: csvParse(read('cabeceras-54.csv')) as never
	});
	const attributes = {
		department: { code: '54', name: 'Norte de Santander' },
		departmentBbox: out.departmentBbox,
		contextBbox: out.contextBbox,
		populationYears: out.populationYears,
		populationSource:
			'DANE, Proyecciones de población municipal 2018-2042 (CNPV 2018), actualización julio 2025, área Total',
		subregions: out.subregions,
		municipalities: out.municipalities
	};
	return {
		[TOPOLOGY_FILE]: stableJson(out.topology),
		[WEB_TOPOLOGY_FILE]: stableJson(webTopology(out.topology)),
		[ATTRIBUTES_FILE]: stableJson(attributes, '\t')
	};
}

function main() {
	const { values } = parseArgs({
		options: { src: { type: 'string' }, out: { type: 'string' } }
	});
	const src = resolve(values.src ?? process.env.GEODATA_SRC ?? DEFAULT_SRC);
	const outDir = resolve(values.out ?? DEFAULT_OUT);
	mkdirSync(outDir, { recursive: true });
	for (const [name, text] of Object.entries(buildFiles(src))) {
		writeFileSync(join(outDir, name), text);
		console.log(`${join(outDir, name)}  ${(text.length / 1024).toFixed(1)} KiB`);
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
