/** Reads the dataset's source files from disk (paths overridable for tests). */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceTexts } from '../../src/lib/dataset/index.ts';

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

export function readSources(paths: Record<keyof SourceTexts, string> = SOURCE_PATHS): SourceTexts {
	return {
		edicion: readFileSync(paths.edicion, 'utf8'),
		metas: readFileSync(paths.metas, 'utf8'),
		informe: readFileSync(paths.informe, 'utf8'),
		lugares: readFileSync(paths.lugares, 'utf8'),
		municipios: readFileSync(paths.municipios, 'utf8')
	};
}
