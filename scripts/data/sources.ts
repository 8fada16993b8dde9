/**
 * Where the dataset's source files are: one folder per edition under src/data/ediciones/ (with
 * edicion.yaml, metas.yaml, informe.yaml), the place-name decisions and the geodata. The data
 * folder can be another one (tests import into a temporary copy).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceTexts } from '../../src/lib/dataset/index.ts';
import { suggest } from '../../src/lib/places/index.ts';
import { DataError, loadEdition, newestFirst } from '../../src/lib/report/index.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The folder holding `ediciones/` and `lugares.yaml`. */
export const DATA_DIR = resolve(ROOT, 'src/data');

/** The files every edition shares. */
export const SHARED_PATHS = {
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
			const loaded = loadEdition(read(resolve(dir, 'edicion.yaml')), file);
			const edition = loaded.value;
			if (edition.id !== d.name) {
				throw new DataError(file, [
					loaded.doc.problemAt(['id'], `debe ser el nombre de la carpeta («${d.name}»)`)
				]);
			}
			return { id: d.name, dir, published: edition.published.date };
		})
		.sort((a, b) => newestFirst({ id: a.id, date: a.published }, { id: b.id, date: b.published }));
}

/** The edition shown by default: the newest. */
export function defaultEditionId(dataDir = DATA_DIR): string {
	const [newest] = listEditions(dataDir);
	if (!newest)
		throw new DataError(shownPath(editionsDir(dataDir)), [
			'no hay ninguna edición (cada una es una carpeta con su edicion.yaml)'
		]);
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
	throw new DataError(shownPath(editionsDir(dataDir)), [
		`la edición «${id}» no existe (hay: ${all.map((e) => e.id).join(', ') || 'ninguna'})` +
			(near.length ? `. ¿Quiso decir «${near[0]}»?` : '')
	]);
}

/** A path as messages show it: relative to the repository when inside it. */
function shownPath(path: string): string {
	const rel = relative(ROOT, path);
	return rel && !rel.startsWith('..') ? rel : path;
}

function read(path: string): Uint8Array {
	try {
		return readFileSync(path);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		throw new DataError(shownPath(path), [
			code === 'ENOENT'
				? 'no se encuentra el archivo'
				: code === 'EISDIR'
					? 'es una carpeta, no un archivo'
					: `no se puede leer (${code ?? (e as Error).message})`
		]);
	}
}

/** Where each source file of a dataset is. */
export type SourcePaths = Record<keyof SourceTexts, string>;

/** The files edition `id` (default: the newest) is built from. */
export function editionPaths(id?: string, dataDir = DATA_DIR): SourcePaths {
	const edition = findEdition(id ?? defaultEditionId(dataDir), dataDir);
	return {
		edicion: resolve(edition.dir, 'edicion.yaml'),
		metas: resolve(edition.dir, 'metas.yaml'),
		informe: resolve(edition.dir, 'informe.yaml'),
		lugares: resolve(dataDir, 'lugares.yaml'),
		municipios: SHARED_PATHS.municipios
	};
}

/** The source files as bytes: the loader decodes them as strict UTF-8, so a bad byte is an error with its line. */
export function readSourceFiles(paths: SourcePaths): SourceTexts {
	return {
		edicion: read(paths.edicion),
		metas: read(paths.metas),
		informe: read(paths.informe),
		lugares: read(paths.lugares),
		municipios: read(paths.municipios)
	};
}

/** The source files of edition `id` (default: the newest). */
export function readSources(id?: string, dataDir = DATA_DIR): SourceTexts {
	return readSourceFiles(editionPaths(id, dataDir));
}

/** The files of the newest edition: the one the site and the commands use by default. */
export const SOURCE_PATHS: SourcePaths = editionPaths();

/** The source files of an edition as text, for tests that edit them. */
export function readSourceTexts(id?: string, dataDir = DATA_DIR): Record<keyof SourceTexts, string> {
	const paths = editionPaths(id, dataDir);
	return Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, readFileSync(p, 'utf8')])) as Record<
		keyof SourceTexts,
		string
	>;
}
