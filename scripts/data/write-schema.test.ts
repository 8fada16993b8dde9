/** `data:schema` writes only files that changed, each whole, and nothing when generating fails. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaFiles, writeSchemas } from './write-schema.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir() {
	const dir = mkdtempSync(join(tmpdir(), 'data-schema-'));
	dirs.push(dir);
	return dir;
}

describe('writeSchemas', () => {
	it('writes the four schemas into an empty folder, then reports them unchanged', () => {
		const dir = tempDir();
		const log: string[] = [];
		writeSchemas(dir, (l) => log.push(l));
		expect(readdirSync(dir).sort()).toEqual([
			'edicion.schema.json',
			'informe.schema.json',
			'lugares.schema.json',
			'metas.schema.json'
		]);
		expect(readFileSync(join(dir, 'metas.schema.json'), 'utf8')).toBe(schemaFiles()['metas.schema.json']);
		expect(log.every((l) => l.startsWith('actualizado: '))).toBe(true);
		log.length = 0;
		writeSchemas(dir, (l) => log.push(l));
		expect(log.every((l) => l.startsWith('sin cambios: '))).toBe(true);
	});

	it('replaces a stale schema and leaves no temporary file', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'metas.schema.json'), '{}');
		writeSchemas(dir, () => {});
		expect(readFileSync(join(dir, 'metas.schema.json'), 'utf8')).toBe(schemaFiles()['metas.schema.json']);
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});
});
