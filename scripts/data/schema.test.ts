/** The committed JSON Schemas are what the zod schema generates (run `npm run data:schema` after changing it). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DIR, schemaFiles } from './write-schema.ts';

describe('src/data/schema', () => {
	it.each(Object.entries(schemaFiles()))('%s is up to date', (name, text) => {
		expect(readFileSync(resolve(SCHEMA_DIR, name), 'utf8')).toBe(text);
	});
});
