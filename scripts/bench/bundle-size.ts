/**
 * Prints what a visitor downloads (gzip) before and after the map loads, from
 * the built site: run `npm run build` first, then `npm run bench:size`.
 *
 * "Before the map" is what each page's HTML preloads (modulepreload, CSS); the
 * map adds the lazily imported MapLibre chunk, its worker, the full-detail
 * topology and the self-hosted font, as listed in Vite's manifest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CommandSpec } from '../lib/args.ts';
import { runCommand } from '../lib/cli.ts';
import { UserError } from '../lib/errors.ts';

const BENCH_SIZE_COMMAND = {
	usage: 'npm run bench:size --',
	summary:
		'Después de npm run build: el tamaño gzip de cada página y de lo que precarga, y lo que añade el mapa MapLibre\n' +
		'al cargarse. Solo lee build/ y .svelte-kit/; no escribe nada.',
	options: {}
} as const satisfies CommandSpec;

const root = resolve(import.meta.dirname, '../..');
const build = join(root, 'build');
const manifestPath = join(root, '.svelte-kit/output/client/.vite/manifest.json');
const MAP_ENTRY = 'src/lib/map/maplibre/MapLibreMap.svelte';
// One page of every route (a folder with its index.html: trailingSlash 'always').
const PAGES = [
	'index.html',
	'municipio/54810/index.html',
	'meta/6/index.html',
	'subregiones/index.html',
	'metas/index.html',
	'metodo/index.html',
	'comparar/index.html',
	'importar/index.html',
	'404.html'
];
// The budget: JS before the map on every route, and a municipality page's HTML.
const JS_BUDGET_KIB = 60;
const MUNICIPALITY_HTML_BUDGET_KIB = 30;

interface ManifestChunk {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
	assets?: string[];
}

await runCommand(BENCH_SIZE_COMMAND, () => {
	if (!existsSync(manifestPath) || !existsSync(join(build, 'index.html'))) {
		throw new UserError('No hay compilación: ejecute primero `npm run build`.');
	}
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;

	const sizes = (file: string) => {
		const bytes = readFileSync(join(build, file));
		return { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
	};
	const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(7)} KiB`;
	const sum = (files: Iterable<string>) =>
		[...files].map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }), { raw: 0, gz: 0 });

	function preloaded(html: string): { js: Set<string>; css: Set<string> } {
		const href = (re: RegExp) =>
			new Set([...html.matchAll(re)].map((m) => m[1].replace(/^(\.\.?\/)+/, '').replace(/^\//, '')));
		return {
			js: href(/<link href="([^"]+\.js)" rel="modulepreload">/g),
			css: href(/<link href="([^"]+\.css)" rel="stylesheet">/g)
		};
	}

	console.log(
		`Página                       HTML (gzip)   JS antes del mapa (gzip)   CSS (gzip)   (✗: sobre el presupuesto, JS ${JS_BUDGET_KIB} KiB, HTML de municipio ${MUNICIPALITY_HTML_BUDGET_KIB} KiB)`
	);
	const over = (bytes: number, budget: number) => (bytes / 1024 > budget ? ' ✗' : '  ');
	let homeJs = new Set<string>();
	for (const page of PAGES) {
		const html = readFileSync(join(build, page), 'utf8');
		const { js, css } = preloaded(html);
		if (page === 'index.html') homeJs = js;
		const htmlGz = sizes(page).gz;
		const jsGz = sum(js).gz;
		const htmlMark = page.startsWith('municipio/') ? over(htmlGz, MUNICIPALITY_HTML_BUDGET_KIB) : '  ';
		console.log(
			`${page.padEnd(26)} ${kb(htmlGz)}${htmlMark} ${kb(jsGz)}${over(jsGz, JS_BUDGET_KIB)} (${js.size} archivos)   ${kb(sum(css).gz)}`
		);
	}

	// Everything the lazy map import pulls in that the home page did not preload.
	const lazy = new Set<string>();
	const assets = new Set<string>();
	const visit = (key: string) => {
		const c = manifest[key];
		if (!c || lazy.has(c.file) || homeJs.has(c.file)) return;
		lazy.add(c.file);
		c.assets?.forEach((a) => assets.add(a));
		c.css?.forEach((a) => assets.add(a));
		[...(c.imports ?? []), ...(c.dynamicImports ?? [])].forEach(visit);
	};
	visit(MAP_ENTRY);
	if (lazy.size === 0) {
		throw new UserError(`El manifiesto no tiene ${MAP_ENTRY}: ¿cambió el nombre del componente del mapa?`);
	}
	console.log('\nAl cargar el mapa (MapLibre, solo con WebGL):');
	for (const f of [...lazy, ...assets]) console.log(`  ${f.padEnd(64)} ${kb(sizes(f).gz)}`);
	const js = sum(lazy);
	const all = sum([...lazy, ...assets]);
	console.log(`  JS del mapa: ${kb(js.gz).trim()} gzip (${kb(js.raw).trim()} sin comprimir)`);
	console.log(`  Total del mapa con recursos: ${kb(all.gz).trim()} gzip`);
	console.log(
		`\nInicio (/): ${kb(sum(homeJs).gz).trim()} de JS; con el mapa: ${kb(sum(homeJs).gz + all.gz).trim()}`
	);
});
