import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CSP_HEADER, IMMUTABLE_CACHE, SECURITY_HEADERS, cacheControl } from './policy.js';

const doc = readFileSync(join(import.meta.dirname, '../../docs/despliegue.md'), 'utf8');
/** The text of the doc's section that starts with `heading`, up to the next `## `. */
const section = (heading: string) => {
	const start = doc.indexOf(`\n${heading}\n`);
	expect(start, heading).toBeGreaterThan(-1);
	const end = doc.indexOf('\n## ', start + 1);
	return doc.slice(start, end === -1 ? undefined : end);
};
const QUOTED = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic']);

describe('docs/despliegue.md says what the build and serve.ts do', () => {
	it('lists the <meta> policy of the config, directive by directive', () => {
		const block = /```\n(default-src[\s\S]*?)```/.exec(doc)?.[1] ?? '';
		const documented = block
			.replace(/\s+/g, ' ')
			// The build adds the hashes (the start-up script's, the inlined styles').
			.replace(/ 'sha256-…'/g, '')
			.split(';')
			.map((d) => d.trim())
			.filter(Boolean)
			.sort();
		const configured = Object.entries(CSP_DIRECTIVES)
			.map(([k, v]) => [k, ...(v as string[]).map((s) => (QUOTED.has(s) ? `'${s}'` : s))].join(' '))
			.sort();
		expect(documented).toEqual(configured);
	});

	it.each(['## nginx', '## Apache (`.htaccess`)', '## IIS (`web.config`)'])(
		'%s sends every recommended header with its exact value',
		(heading) => {
			const text = section(heading);
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
				expect(text, `${heading}: ${name}`).toContain(name);
				expect(text, `${heading}: ${name}`).toContain(value);
			}
		}
	);

	it.each(['## nginx', '## Apache (`.htaccess`)'])('%s caches _app/immutable/ as served', (heading) => {
		expect(section(heading)).toContain(IMMUTABLE_CACHE);
		expect(section(heading)).toContain('"no-cache"');
	});

	it.each(['## nginx', '## Apache (`.htaccess`)', '## IIS (`web.config`)'])(
		'%s serves .mjs as JavaScript (the MapLibre worker) and sends the 404 page',
		(heading) => {
			expect(section(heading)).toMatch(/text\/javascript\W+(\.?js )?\.?mjs|mjs[^\n]*text\/javascript/);
			expect(section(heading)).toMatch(/404[^\n]*\/404\.html/);
		}
	);

	it('the header policy never restricts scripts or styles (it would block the per-page hashes)', () => {
		expect(CSP_HEADER).not.toMatch(/(^|; )(default-src|script-src|style-src)/);
		expect(CSP_HEADER).toContain("frame-ancestors 'self'");
	});
});

describe('cacheControl', () => {
	it.each([
		{ path: '/_app/immutable/entry/start.abc.js', expected: IMMUTABLE_CACHE },
		{ path: '/_app/immutable/assets/maplibre-gl-worker.abc.mjs', expected: IMMUTABLE_CACHE },
		{ path: '/_app/version.json', expected: 'no-cache' },
		{ path: '/meta/6/', expected: 'no-cache' },
		{ path: '/meta/6/__data.json', expected: 'no-cache' },
		{ path: '/datos/informe-2026.json', expected: 'no-cache' },
		{ path: '/mapas/_app/immutable/x.js', expected: 'no-cache' }
	])('$path -> $expected', ({ path, expected }) => {
		expect(cacheControl(path)).toBe(expected);
	});
});
