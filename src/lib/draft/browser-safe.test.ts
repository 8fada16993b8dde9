/** The import page will run the extractor in the browser: its modules must not use node's APIs. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('.', import.meta.url);
const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('src/lib/draft is browser-safe', () => {
	it('has modules to check', () => {
		expect(modules).toContain('docx.ts');
	});

	it.each(modules)('%s imports nothing from node', (file) => {
		const source = readFileSync(new URL(file, dir), 'utf8');
		expect(source).not.toMatch(/from ['"]node:|require\(|from ['"](fs|path|os|crypto|child_process)['"]/);
	});
});
