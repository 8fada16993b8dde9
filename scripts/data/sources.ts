/** Reads the dataset's source files from disk (paths overridable for tests). */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceTexts } from '../../src/lib/dataset/index.ts';
import { DataError } from '../../src/lib/report/index.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const SOURCE_PATHS = {
	edicion: resolve(ROOT, 'src/data/ediciones/2024-2025/edicion.yaml'),
	metas: resolve(ROOT, 'src/data/ediciones/2024-2025/metas.yaml'),
	informe: resolve(ROOT, 'src/data/ediciones/2024-2025/informe.yaml'),
	lugares: resolve(ROOT, 'src/data/lugares.yaml'),
	municipios: resolve(ROOT, 'geodata/municipios.json')
} as const;

/** The report text the quotes are checked against: `REPORT_TEXT`, or the copy kept with the edition. */
export const REPORT_TEXT_PATH = resolve(
	process.env.REPORT_TEXT ?? resolve(ROOT, 'src/data/ediciones/2024-2025/fuente/informe.txt')
);

function read(path: string): Uint8Array {
	try {
		return readFileSync(path);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		throw new DataError(relative(ROOT, path) || path, [
			code === 'ENOENT'
				? 'no se encuentra el archivo'
				: code === 'EISDIR'
					? 'es una carpeta, no un archivo'
					: `no se puede leer (${code ?? (e as Error).message})`
		]);
	}
}

/** The source files as bytes: the loader decodes them as strict UTF-8, so a bad byte is an error with its line. */
export function readSources(paths: Record<keyof SourceTexts, string> = SOURCE_PATHS): SourceTexts {
	return {
		edicion: read(paths.edicion),
		metas: read(paths.metas),
		informe: read(paths.informe),
		lugares: read(paths.lugares),
		municipios: read(paths.municipios)
	};
}
