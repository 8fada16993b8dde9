/**
 * The site takes the report's identity from the edition descriptor: the app
 * builds the same edition `data:json` picks by default, and the layout every
 * page shares carries no edition's words of its own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEditions, ROOT } from '../../../scripts/data/sources.ts';
import { parseEdition } from '../report/index.ts';
import { getDataset } from './dataset.ts';

describe('the edition the app shows', () => {
	it('is the newest edition folder, as the commands pick it', () => {
		expect(getDataset().edition.id).toBe(listEditions()[0].id);
	});

	it('names itself only through the descriptor in the shared layout', () => {
		const layout = readFileSync(resolve(ROOT, 'src/routes/+layout.svelte'), 'utf8').replace(/\s+/g, ' ');
		for (const { dir } of listEditions()) {
			const e = parseEdition(readFileSync(resolve(dir, 'edicion.yaml')));
			const words = [
				e.shortTitle,
				e.entity,
				e.government,
				e.period.label,
				e.published.text,
				getDataset().department.name
			];
			expect(words.filter((w) => layout.includes(w))).toEqual([]);
		}
	});
});
