/**
 * `npm run --silent data:json`: prints the joined dataset as one JSON document.
 * On any problem it prints nothing to stdout, a Spanish message to stderr and
 * exits 1: a redirected output file is never half a dataset.
 */
import { resolve } from 'node:path';
import { buildDataset } from '../../src/lib/dataset/index.ts';
import { DataError } from '../../src/lib/report/index.ts';
import { readSources, SOURCE_PATHS } from './sources.ts';

interface Out {
	write(s: string): unknown;
}

export function printJson(
	paths = SOURCE_PATHS,
	out: Out = process.stdout,
	err: Out = process.stderr
): number {
	let json: string;
	try {
		json = `${JSON.stringify(buildDataset(readSources(paths)), null, 2)}\n`;
	} catch (e) {
		const problem =
			e instanceof DataError
				? `Error en los datos: ${e.message}`
				: `Error inesperado al armar los datos (no parece un problema de los archivos; avise al equipo técnico): ${(e as Error).message}`;
		err.write(`${problem}\nNo se escribió nada: corrija y vuelva a ejecutar.\n`);
		return 1;
	}
	out.write(json);
	return 0;
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('print-json.ts')) process.exitCode = printJson();
