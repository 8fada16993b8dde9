/**
 * `npm run --silent data:json [-- --edicion ID]`: prints the joined dataset of an edition (default:
 * the newest) as one JSON document.
 */
import { buildDataset } from '../../src/lib/dataset/index.ts';
import { parseOptions } from './options.ts';
import { readSources } from './sources.ts';

const USAGE = 'npm run --silent data:json -- [--edicion ID]';

// `data:json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

try {
	const { values } = parseOptions(process.argv.slice(2), { edicion: { type: 'string' } }, USAGE);
	process.stdout.write(JSON.stringify(buildDataset(readSources(values.edicion)), null, 2) + '\n');
} catch (e) {
	console.error(`Error: ${(e as Error).message}`);
	process.exit(1);
}
