/** `npm run --silent data:json`: prints the joined dataset as one JSON document. */
import type { CommandSpec } from '../lib/args.ts';
import { runCommand } from '../lib/cli.ts';

const PRINT_JSON_COMMAND = {
	usage: 'npm run --silent data:json --',
	summary:
		'Escribe en la salida estándar el conjunto de datos unido (metas, municipios, lugares con su código DIVIPOLA,\n' +
		'totales y decisiones) como un documento JSON; el mismo que publica el sitio en /datos/informe-2024-2025.json.',
	options: {},
	examples: ['npm run --silent data:json > informe.json']
} as const satisfies CommandSpec;

// `… | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code === 'EPIPE') process.exit(0);
	throw e;
});

await runCommand(PRINT_JSON_COMMAND, async () => {
	// Loaded after the options are checked: a wrong option answers at once.
	const [{ buildDataset }, { readSources }] = await Promise.all([
		import('../../src/lib/dataset/index.ts'),
		import('./sources.ts')
	]);
	process.stdout.write(JSON.stringify(buildDataset(readSources()), null, 2) + '\n');
});
