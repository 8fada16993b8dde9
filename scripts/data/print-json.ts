/** `npm run --silent data:json`: prints the joined dataset as one JSON document. */
import { buildDataset } from '../../src/lib/dataset/index.ts';
import { readSources } from './sources.ts';

try {
	process.stdout.write(JSON.stringify(buildDataset(readSources()), null, 2) + '\n');
} catch (e) {
	console.error(`Error: ${(e as Error).message}`);
	process.exit(1);
}
