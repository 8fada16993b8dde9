/**
 * Keyed each blocks and the data: every block is accounted for, and neither
 * the committed data nor the geodata renders a repeated key. The fuzz suite
 * checks the same on every mutated dataset the loader accepts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it, vi } from 'vitest';
import { buildDataset, type Dataset } from '../../src/lib/dataset/index.ts';
import { readSources, ROOT } from '../../scripts/data/sources.ts';
import { KEYED_EACH, repeatedKeys } from './keyed-each.ts';
import { loadPages } from './pages.ts';

const state = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('../../src/lib/server/dataset.ts', () => ({
	getDataset: () => state.current,
	datasetOf: () => state.current
}));

interface KeyedEachBlock {
	file: string;
	id: string;
	line: number;
}

/** Every keyed each block of the app's .svelte files, found with Svelte's own parser. */
function findKeyedEach(files: readonly string[]): KeyedEachBlock[] {
	const out: KeyedEachBlock[] = [];
	for (const file of files) {
		const src = readFileSync(resolve(ROOT, file), 'utf8');
		const ast = parse(src, { modern: true });
		const seen = new Set<unknown>();
		const walk = (n: unknown) => {
			if (!n || typeof n !== 'object' || seen.has(n)) return;
			seen.add(n);
			if (Array.isArray(n)) return n.forEach(walk);
			const node = n as {
				type?: string;
				key?: { start: number; end: number };
				expression?: { start: number; end: number };
				start?: number;
			};
			if (node.type === 'EachBlock' && node.key && node.expression) {
				const text = (r: { start: number; end: number }) => src.slice(r.start, r.end).replace(/\s+/g, ' ');
				out.push({
					file,
					id: `${file} | ${text(node.expression)} | ${text(node.key)}`,
					line: src.slice(0, node.start).split('\n').length
				});
			}
			for (const [k, v] of Object.entries(n)) if (k !== 'parent' && v && typeof v === 'object') walk(v);
		};
		walk(ast.fragment);
	}
	return out;
}

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? svelteFiles(join(dir, e.name))
			: e.name.endsWith('.svelte')
				? [relative(ROOT, join(dir, e.name))]
				: []
	);
}

const original = buildDataset(readSources());

async function pagesOf(d: Dataset) {
	state.current = d;
	return loadPages(d);
}

describe('keyed each blocks', () => {
	it('are each listed in keyed-each.ts with the reason their keys cannot repeat', () => {
		const found = findKeyedEach(svelteFiles(join(ROOT, 'src'))).map((b) => b.id);
		expect(found.length).toBeGreaterThan(40);
		expect(found.filter((id) => !(id in KEYED_EACH))).toEqual([]);
		expect(Object.keys(KEYED_EACH).filter((id) => !found.includes(id))).toEqual([]);
	});

	it('render no repeated key for the committed data, and every data list is really read', async () => {
		const pages = await pagesOf(original);
		expect(repeatedKeys(pages)).toEqual([]);
		for (const [id, s] of Object.entries(KEYED_EACH)) {
			if (s.kind === 'data') expect(s.keys(pages).flat().length, id).toBeGreaterThan(0);
		}
	});

	it('render no repeated key for the committed geodata', () => {
		for (const [id, s] of Object.entries(KEYED_EACH)) {
			if (s.kind !== 'geodata') continue;
			for (const list of s.keys())
				expect(new Set(list.map((k) => JSON.stringify(k))).size, id).toBe(list.length);
		}
	});

	it.each([
		{
			what: 'a note repeated with another kind',
			edit: (d: Dataset) => d.metas[5].notes.push({ ...d.metas[5].notes[0], kind: 'criterio' }),
			block: 'meta.notes | JSON.stringify([n.from, n.text])'
		},
		{
			what: 'an exclusion repeated',
			edit: (d: Dataset) => d.metas[5].excluded.push({ ...d.metas[5].excluded[0] }),
			block: 'meta.excluded'
		},
		{
			what: 'a place decision repeated',
			edit: (d: Dataset) => d.placeDecisions.push({ ...d.placeDecisions[0] }),
			block: 'data.decisions | d.name'
		},
		{
			what: 'a narrative total repeated',
			edit: (d: Dataset) => d.narrativeTotals.push({ ...d.narrativeTotals[0] }),
			block: 'data.totals | t.id'
		}
	])('would catch $what (data the loader refuses, edited in after loading)', async ({ edit, block }) => {
		const d = structuredClone(original);
		edit(d);
		expect((await pagesOf(d)) && repeatedKeys(await pagesOf(d)).some((k) => k.includes(block))).toBe(true);
	});
});
