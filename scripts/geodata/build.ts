/**
 * Builds geodata/ from the upstream sources (see README.md beside this file).
 *
 *   npm run geodata                       # sources in geodata/fuentes
 *   npm run geodata -- --src DIR --out DIR
 *   GEODATA_SRC=DIR npm run geodata
 *
 * The repository's geodata/ is its own output (tracked by git): its three
 * files are replaced one by one, each atomically. Any other --out follows the
 * annex's rule: a new or empty folder, or one holding only this command's
 * earlier output (recognised by its manifest).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import type { Topology } from 'topojson-specification';
import type { CommandSpec } from '../lib/args.ts';
import { checkpoint, isMain, runCommand } from '../lib/cli.ts';
import { UserError } from '../lib/errors.ts';
import { defaultPlaces, OutputWriter, prepareOutput, writeFileAtomic } from '../lib/output-fs.ts';
import type { OutputKind } from '../lib/output.ts';
import { derive, stableJson, webTopology } from './derive.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

export const DEFAULT_SRC = resolve(root, 'geodata/fuentes');
export const DEFAULT_OUT = resolve(root, 'geodata');
export const TOPOLOGY_FILE = 'norte-de-santander.topo.json';
export const WEB_TOPOLOGY_FILE = 'norte-de-santander.web.topo.json';
export const ATTRIBUTES_FILE = 'municipios.json';
/** Recognises this command's output in a folder other than the repository's geodata/. */
export const GEODATA_OUTPUT: OutputKind = {
	command: 'npm run geodata',
	manifestName: '.geodata-manifiesto.json'
};

export function buildFiles(src: string): Record<string, string> {
	const read = (p: string) => readFileSync(join(src, p), 'utf8');
	const json = (p: string) => {
		const text = readFileSync(p, 'utf8');
		try {
			return JSON.parse(text) as Topology;
		} catch (e) {
			throw new UserError(`${p} no es JSON válido (${(e as Error).message}): vuelva a copiar la fuente.`);
		}
	};
	const out = derive({
		municipiosTopo: json(join(src, 'raw/ytolosa_col_municipios_real_departamental.topojson')),
		departamentosTopo: json(join(src, 'raw/ytolosa_col_departamentos_real_municipal.topojson')),
		world: json(join(root, 'node_modules/world-atlas/countries-10m.json')),
		names: csvParse(readFileSync(join(here, 'nombres.csv'), 'utf8')) as never,
		population: csvParse(read('population-54.csv')) as never,
		subregions: csvParse(read('subregions-54.csv')) as never,
		seats: csvParse(read('cabeceras-54.csv')) as never
	});
	const department = { code: '54', name: 'Norte de Santander' };
	const attributes = {
		department,
		departmentBbox: out.departmentBbox,
		contextBbox: out.contextBbox,
		populationYears: out.populationYears,
		populationSource:
			'DANE, Proyecciones de población municipal 2018-2042 (CNPV 2018), actualización julio 2025, área Total',
		// The attributions the app shows: pages, maps and figures read them from here, never write their own.
		cartographySource:
			'DANE, Marco Geoestadístico Nacional 2025 (simplificación github.com/ytolosa/mapas-colombia, CC BY 4.0); ' +
			'Venezuela: Natural Earth (dominio público)',
		cartographyCredit: 'DANE MGN 2025 · Natural Earth',
		// subregions-54.csv follows Wikipedia, not a Gobernación document (geodata/SOURCES.md): said wherever
		// subregions are used (pages, tables, figures).
		subregionsNote:
			`Subregiones: las ${out.subregions.length} de la Gobernación de ${department.name} según Wikipedia; ` +
			'lista pendiente de confirmar con la Secretaría.',
		subregions: out.subregions,
		municipalities: out.municipalities
	};
	return {
		[TOPOLOGY_FILE]: stableJson(out.topology),
		[WEB_TOPOLOGY_FILE]: stableJson(webTopology(out.topology)),
		[ATTRIBUTES_FILE]: stableJson(attributes, '\t')
	};
}

export const GEODATA_COMMAND = {
	usage: 'npm run geodata --',
	summary:
		'Deriva la cartografía del proyecto (norte-de-santander.topo.json, su versión web y municipios.json) de las\n' +
		'fuentes del DANE y la escribe en geodata/. Con --out escribe en otra carpeta, que debe ser nueva, estar vacía\n' +
		'o tener solo una salida anterior de este comando.',
	options: {
		src: {
			type: 'string',
			valueName: 'CARPETA',
			help: 'Carpeta de las fuentes (por defecto: GEODATA_SRC o geodata/fuentes)'
		},
		out: {
			type: 'string',
			valueName: 'CARPETA',
			help: 'Carpeta de salida (por defecto: geodata/ del repositorio)'
		}
	},
	examples: ['npm run geodata', 'npm run geodata -- --out /tmp/geodata-prueba']
} as const satisfies CommandSpec;

if (isMain(import.meta.url)) {
	await runCommand(GEODATA_COMMAND, async (v, { signal, log }) => {
		const { cwd } = defaultPlaces();
		const src = resolve(cwd, v.src ?? process.env.GEODATA_SRC ?? DEFAULT_SRC);
		const from = v.src ? '--src' : process.env.GEODATA_SRC ? 'GEODATA_SRC' : 'la carpeta por defecto';
		if (!statSync(src, { throwIfNoEntry: false })?.isDirectory()) {
			throw new UserError(`No existe la carpeta de fuentes ${src} (${from}): revise la ruta.`);
		}
		const own = v.out === undefined || resolve(cwd, v.out) === DEFAULT_OUT;
		// Decided before the (slow) derivation: a refused folder costs nothing.
		const prepared = own ? null : prepareOutput(v.out!, GEODATA_OUTPUT);
		prepared?.notes.forEach(log);
		const files = buildFiles(src);
		await checkpoint(signal, 'Interrumpido: no se escribió nada.');
		const report = (dir: string) =>
			Object.entries(files).forEach(([name, text]) =>
				log(`${join(dir, name)}  ${(text.length / 1024).toFixed(1)} KiB`)
			);
		if (!prepared) {
			for (const [name, text] of Object.entries(files)) writeFileAtomic(join(DEFAULT_OUT, name), text);
			report(DEFAULT_OUT);
			return;
		}
		const writer = new OutputWriter(prepared, { options: { src } });
		try {
			for (const [name, text] of Object.entries(files)) writer.write(name, text);
			report(writer.commit());
		} catch (e) {
			writer.abort();
			throw e;
		}
	});
}
