/**
 * The file-system side of `data:export` and `data:import`: reading the edition and the
 * territory, reading the files staff give, and writing only through a temporary file or folder
 * and a rename, so an interrupted or failed command leaves what was there.
 */
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmdirSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseTerritory, type Territory } from '../../src/lib/geo/index.ts';
import {
	parseEdition,
	parseMetas,
	parsePlaceDecisions,
	parseReportInfo,
	type PlaceDecision
} from '../../src/lib/report/index.ts';
import { LIMITS, type EditionSources, type Problem } from '../../src/lib/workbook/index.ts';
import { DATA_DIR, findEdition, SOURCE_PATHS } from './sources.ts';

export function loadTerritory(): Territory {
	return parseTerritory(readFileSync(SOURCE_PATHS.municipios, 'utf8'));
}

export function loadDecisions(dataDir = DATA_DIR): PlaceDecision[] {
	return parsePlaceDecisions(readFileSync(resolve(dataDir, 'lugares.yaml'), 'utf8'));
}

export function loadEdition(id: string, dataDir = DATA_DIR): EditionSources {
	const e = findEdition(id, dataDir);
	const read = (f: string) => readFileSync(resolve(e.dir, f), 'utf8');
	const at = (f: string) => `ediciones/${id}/${f}`;
	return {
		edition: parseEdition(read('edicion.yaml'), at('edicion.yaml')),
		metas: parseMetas(read('metas.yaml'), at('metas.yaml')),
		info: parseReportInfo(read('informe.yaml'), at('informe.yaml'))
	};
}

export interface InputFile {
	name: string;
	bytes: Uint8Array;
}

/** The files given on the command line; a folder stands for the .csv files in it. */
export function readInputs(paths: readonly string[]): { files: InputFile[]; problems: Problem[] } {
	const files: InputFile[] = [];
	const problems: Problem[] = [];
	const fileProblem = (
		file: string,
		found: string,
		expected: string,
		code: Problem['code'] = 'archivo-desconocido'
	) => problems.push({ code, file, sheet: null, row: null, column: null, value: null, found, expected });
	for (const p of paths) {
		if (!existsSync(p)) {
			fileProblem(
				p,
				'no existe',
				'la ruta de un libro .xlsx u .ods, de archivos .csv o de una carpeta con ellos'
			);
			continue;
		}
		const list = statSync(p).isDirectory()
			? readdirSync(p)
					.filter((f) => /\.csv$/i.test(f))
					.sort()
					.map((f) => join(p, f))
			: [p];
		if (list.length === 0)
			fileProblem(p, 'la carpeta no tiene archivos .csv', 'una carpeta con un .csv por hoja');
		for (const f of list) {
			const size = statSync(f).size;
			if (size > LIMITS.fileBytes) {
				fileProblem(
					basename(f),
					`el archivo ocupa ${Math.round(size / 1024 / 1024)} MB`,
					`un archivo de hasta ${LIMITS.fileBytes / 1024 / 1024} MB`,
					'archivo-grande'
				);
				continue;
			}
			files.push({ name: basename(f), bytes: new Uint8Array(readFileSync(f)) });
		}
	}
	return { files, problems };
}

/** A name beside `target` that no one else uses: `.NAME.parcial-PID-N`. */
function scratch(target: string, what: string): string {
	for (let n = 0; ; n++) {
		const p = join(dirname(target), `.${basename(target)}.${what}-${process.pid}-${n}`);
		if (!existsSync(p)) return p;
	}
}

/** Writes a file through a temporary file in the same folder and a rename. */
export function writeFileAtomic(target: string, bytes: Uint8Array | string): void {
	const tmp = scratch(target, 'parcial');
	try {
		writeFileSync(tmp, bytes, { flag: 'wx' });
		renameSync(tmp, target);
	} finally {
		rmSync(tmp, { force: true });
	}
}

/**
 * Writes `files` into folder `dir`: a new folder is created whole and renamed into place; in an
 * existing one, only these files are replaced (each renamed over the old one, the old ones put
 * back if any rename fails). Nothing else in `dir` is touched.
 */
export function writeFilesAtomic(dir: string, files: Record<string, string | Uint8Array>): void {
	if (!existsSync(dir)) {
		mkdirSync(dirname(dir), { recursive: true });
		const tmp = scratch(dir, 'parcial');
		try {
			mkdirSync(tmp);
			for (const [name, data] of Object.entries(files)) writeFileSync(join(tmp, name), data, { flag: 'wx' });
			renameSync(tmp, dir);
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
		return;
	}
	const tmp = scratch(join(dir, 'archivos'), 'parcial');
	mkdirSync(tmp);
	const moved: string[] = [];
	const placed: string[] = [];
	let clean = true;
	try {
		for (const [name, data] of Object.entries(files)) writeFileSync(join(tmp, name), data, { flag: 'wx' });
		try {
			for (const name of Object.keys(files)) {
				if (existsSync(join(dir, name))) {
					renameSync(join(dir, name), join(tmp, `${name}.anterior`));
					moved.push(name);
				}
				renameSync(join(tmp, name), join(dir, name));
				placed.push(name);
			}
		} catch (e) {
			try {
				for (const name of placed) rmSync(join(dir, name), { force: true });
				for (const name of moved) renameSync(join(tmp, `${name}.anterior`), join(dir, name));
			} catch {
				clean = false;
				throw new Error(
					`No se pudo terminar de escribir en ${dir}; los archivos anteriores están en ${tmp}`,
					{ cause: e }
				);
			}
			throw e;
		}
	} finally {
		// The folder holds only what this call wrote and the old versions of the files it replaced.
		if (clean) rmSync(tmp, { recursive: true, force: true });
	}
}

/**
 * Replaces folder `dir` (whose every file the caller has checked is its own) by a new one with
 * `files`, through a temporary folder: the old folder is removed only once the new one is in place.
 */
export function replaceFolderAtomic(
	dir: string,
	files: Record<string, string | Uint8Array>,
	existing: readonly string[]
): void {
	const tmp = scratch(dir, 'parcial');
	const old = scratch(dir, 'anterior');
	try {
		mkdirSync(tmp);
		for (const [name, data] of Object.entries(files)) writeFileSync(join(tmp, name), data, { flag: 'wx' });
		const had = existsSync(dir);
		if (had) renameSync(dir, old);
		try {
			renameSync(tmp, dir);
		} catch (e) {
			if (had) renameSync(old, dir);
			throw e;
		}
		if (had) {
			for (const name of existing) rmSync(join(old, name), { force: true });
			// Only empty now; rmdir refuses otherwise, so nothing unexpected is ever deleted.
			rmdirSync(old);
		}
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}
