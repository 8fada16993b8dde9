/**
 * Where the dataset's source files are: one folder per edition under src/data/ediciones/ (with
 * edicion.yaml, metas.yaml, informe.yaml), the place-name decisions and the geodata. The data
 * folder can be another one (tests import into a temporary copy).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceTexts } from '../../src/lib/dataset/index.ts';
import { suggest } from '../../src/lib/places/index.ts';
import { parseEdition } from '../../src/lib/report/index.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The folder holding `ediciones/` and `lugares.yaml`. */
export const DATA_DIR = resolve(ROOT, 'src/data');

export const SOURCE_PATHS = {
	lugares: resolve(DATA_DIR, 'lugares.yaml'),
	municipios: resolve(ROOT, 'geodata/municipios.json')
} as const;

/** The files of an edition folder that the dataset reads (and `data:import` writes). */
export const EDITION_FILES = ['edicion.yaml', 'metas.yaml', 'informe.yaml'] as const;

/** The report text the quotes are checked against: `REPORT_TEXT`, or the copy kept with the edition. */
export const REPORT_TEXT_PATH = resolve(
	process.env.REPORT_TEXT ?? resolve(DATA_DIR, 'ediciones/2024-2025/fuente/informe.txt')
);

export interface EditionEntry {
	id: string;
	dir: string;
	/** `published.date` of its descriptor: orders the editions. */
	published: string;
}

export function editionsDir(dataDir = DATA_DIR): string {
	return resolve(dataDir, 'ediciones');
}

/** Every edition folder with an edicion.yaml, newest first (by publication date, then id). */
export function listEditions(dataDir = DATA_DIR): EditionEntry[] {
	const root = editionsDir(dataDir);
	if (!existsSync(root)) return [];
	return readdirSync(root, { withFileTypes: true })
		.filter(
			(d) => d.isDirectory() && !d.name.startsWith('.') && existsSync(resolve(root, d.name, 'edicion.yaml'))
		)
		.map((d) => {
			const dir = resolve(root, d.name);
			const file = `ediciones/${d.name}/edicion.yaml`;
			const edition = parseEdition(readFileSync(resolve(dir, 'edicion.yaml'), 'utf8'), file);
			if (edition.id !== d.name) {
				throw new Error(
					`${file}: campo «id», valor "${edition.id}": debe ser el nombre de la carpeta («${d.name}»)`
				);
			}
			return { id: d.name, dir, published: edition.published.date };
		})
		.sort((a, b) => b.published.localeCompare(a.published) || b.id.localeCompare(a.id));
}

/** The edition shown by default: the newest. */
export function defaultEditionId(dataDir = DATA_DIR): string {
	const [newest] = listEditions(dataDir);
	if (!newest)
		throw new Error(
			`No hay ninguna edición en ${editionsDir(dataDir)} (cada una es una carpeta con edicion.yaml)`
		);
	return newest.id;
}

/** The edition `id`, or an error listing the ones there are (with the closest). */
export function findEdition(id: string, dataDir = DATA_DIR): EditionEntry {
	const all = listEditions(dataDir);
	const hit = all.find((e) => e.id === id);
	if (hit) return hit;
	const near = suggest(
		id,
		all.map((e) => e.id),
		1
	);
	throw new Error(
		`La edición «${id}» no existe en ${editionsDir(dataDir)} (hay: ${all.map((e) => e.id).join(', ') || 'ninguna'}).` +
			(near.length ? ` ¿Quiso decir «${near[0]}»?` : '')
	);
}

/** The source texts of edition `id` (default: the newest). */
export function readSources(id?: string, dataDir = DATA_DIR): SourceTexts {
	const edition = findEdition(id ?? defaultEditionId(dataDir), dataDir);
	const read = (file: string) => readFileSync(resolve(edition.dir, file), 'utf8');
	return {
		edicion: read('edicion.yaml'),
		metas: read('metas.yaml'),
		informe: read('informe.yaml'),
		lugares: readFileSync(resolve(dataDir, 'lugares.yaml'), 'utf8'),
		municipios: readFileSync(SOURCE_PATHS.municipios, 'utf8')
	};
}
