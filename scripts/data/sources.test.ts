/** The report text kept with the edition is the document the quotes were taken from, unedited. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './sources.ts';

const dir = resolve(ROOT, 'src/data/ediciones/2024-2025/fuente');

describe('the report text in the repository', () => {
	it('has the SHA-256 its provenance note records', () => {
		const note = readFileSync(resolve(dir, 'README.md'), 'utf8');
		const recorded = /SHA-256:\*\* `([0-9a-f]{64})`/.exec(note)?.[1];
		const actual = createHash('sha256')
			.update(readFileSync(resolve(dir, 'informe.txt')))
			.digest('hex');
		expect(recorded).toBe('12bcab1b89965b03b35040839dc850a28c32e35a66d78ce14ed133b96d7e007d');
		expect(actual).toBe(recorded);
	});
});
