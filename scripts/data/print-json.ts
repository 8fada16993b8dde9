/**
 * `npm run --silent data:json [-- --edicion ID]`: prints the joined dataset of an edition (default:
 * the newest) as one JSON document.
 * On any problem it prints nothing to stdout, a Spanish message to stderr and
 * exits 1: a redirected output file is never half a dataset.
 */
import { buildDataset } from '../../src/lib/dataset/index.ts';
import { DataError } from '../../src/lib/report/index.ts';
import type { CommandSpec } from '../lib/args.ts';
import { exitFlushed, isMain, runCommand } from '../lib/cli.ts';
import { editionPaths, readSourceFiles, type SourcePaths } from './sources.ts';

interface Out {
	write(s: string): unknown;
}

/** `paths`: the files to build from, or the id of an edition (default: the newest). */
export function printJson(
	paths?: string | SourcePaths,
	out: Out = process.stdout,
	err: Out = process.stderr
): number {
	let json: string;
	try {
		const files = typeof paths === 'object' ? paths : editionPaths(paths);
		json = `${JSON.stringify(buildDataset(readSourceFiles(files)), null, 2)}\n`;
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

export const PRINT_JSON_COMMAND = {
	usage: 'npm run --silent data:json --',
	summary:
		'Escribe en la salida estándar el conjunto de datos unido (metas, municipios, lugares con su código DIVIPOLA,\n' +
		'totales y decisiones) como un documento JSON; el mismo que publica el sitio en /datos/.',
	options: {
		edicion: {
			type: 'string',
			valueName: 'ID',
			help: 'La edición (carpeta de src/data/ediciones/); sin ella, la más reciente'
		}
	},
	examples: ['npm run --silent data:json > informe.json', 'npm run --silent data:json -- --edicion 2024-2025']
} as const satisfies CommandSpec;

if (isMain(import.meta.url)) {
	// `… | head` closes the pipe early: that is not an error.
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code === 'EPIPE') process.exit(0);
		throw e;
	});
	await runCommand(PRINT_JSON_COMMAND, async ({ edicion }) => {
		const code = printJson(edicion);
		if (code !== 0) await exitFlushed(code);
	});
}
