/**
 * What the service worker does with each request, and what it stores on
 * install: plain functions of URLs and lists, so that they are tested in node.
 */
import { match as isEditionSegment } from '../../params/edicion.ts';

/**
 * `cache-first`: files under `_app/immutable/`, whose names carry a hash of
 * their content, so a stored copy is never outdated. `network-first`:
 * everything else of the site (pages, their `__data.json`, the downloads):
 * the network's answer when there is one, so a new publication is seen at
 * once; the stored copy only offline.
 */
export type Strategy = 'cache-first' | 'network-first';

/** The parts of a Request the decision needs. */
export interface RequestInfo {
	url: string;
	method: string;
	/** Whether it asks for a byte range (media, resumed downloads): stored answers are whole files. */
	range: boolean;
}

/**
 * How to answer `request`, or null to leave it to the browser: other
 * methods, range requests, other origins, addresses outside the site's
 * folder and the worker's own script.
 */
export function strategyFor(request: RequestInfo, origin: string, base: string): Strategy | null {
	if (request.method !== 'GET' || request.range) return null;
	const url = new URL(request.url);
	if (url.origin !== origin || !url.pathname.startsWith(`${base}/`)) return null;
	if (url.pathname === `${base}/service-worker.js`) return null;
	return url.pathname.startsWith(`${base}/_app/immutable/`) ? 'cache-first' : 'network-first';
}

/**
 * The address a response is stored under: without query or fragment. Every
 * file of this static site is the same whatever the query (`/?metrica=…`
 * is `index.html`; SvelteKit adds `?x-sveltekit-invalidated=…` to
 * `__data.json`), so one copy answers them all.
 */
export function cacheKey(url: string): string {
	const u = new URL(url);
	return `${u.origin}${u.pathname}`;
}

/**
 * The folder address of a page named without its final «/» (`/meta/6` ->
 * `/meta/6/`), as the static server redirects it; null for addresses that
 * already end in «/» or name a file (`/datos/informe.json`).
 */
export function folderAddress(url: string): string | null {
	const u = new URL(url);
	const last = u.pathname.slice(u.pathname.lastIndexOf('/') + 1);
	if (last === '' || last.includes('.')) return null;
	u.pathname += '/';
	return u.href;
}

/** The parts of a Response that decide whether to store it. */
export interface ResponseInfo {
	status: number;
	/** `basic` for same-origin answers; `opaqueredirect` for a page's redirect to its folder. */
	type: string;
	/** It followed a redirect: stored under the first address it would answer for the wrong one. */
	redirected: boolean;
}

/** Only whole, successful, same-origin answers are stored: never an error, a redirect or a partial file. */
export function isCacheable(response: ResponseInfo): boolean {
	return response.status === 200 && response.type === 'basic' && !response.redirected;
}

/** `$service-worker`'s lists (addresses with the base). */
export interface BuildLists {
	base: string;
	/** Vite's output: scripts, styles, fonts, the topology, MapLibre's worker. */
	build: readonly string[];
	/** The static folder. */
	files: readonly string[];
	/** Prerendered pages (`/metas/`, `/404`) and files (`/metas/__data.json`, `/datos/…`). */
	prerendered: readonly string[];
}

/**
 * What install stores: `app`, the whole build and the static folder (less
 * dotfiles such as `.nojekyll`); `paginas`, every prerendered file that is
 * not a page (each page's `__data.json`, so the app moves between pages
 * offline, and the downloads under `/datos/`) for the edition at the root.
 * Not the pages' HTML (three times the data, and each page is kept when it
 * is visited), nor the copies under an edition's folder (`/2024-2025/…`),
 * which are kept when visited.
 */
export function precacheLists(lists: BuildLists): { app: string[]; paginas: string[] } {
	const inside = (path: string) => path.slice(lists.base.length);
	const notDotfile = (path: string) => !inside(path).split('/').pop()?.startsWith('.');
	const atRoot = (path: string) => !isEditionSegment(inside(path).split('/')[1] ?? '');
	// A page is a folder (`/metas/`) or, for the 404 page, a name without extension (`/404`).
	const isFile = (path: string) => inside(path).split('/').pop()?.includes('.') ?? false;
	return {
		app: [...lists.build, ...lists.files.filter(notDotfile)],
		paginas: lists.prerendered.filter((p) => isFile(p) && atRoot(p))
	};
}

/** What a page posts to the worker after the app moved to another page without loading it. */
export interface KeepPageMessage {
	tipo: 'guardar-pagina';
	url: string;
}

/**
 * The address a page is stored under: its folder (`/meta/6/`, what the
 * server answers for `/meta/6`), without query; null when `url` is not a page
 * of the site (another origin, outside the base, a file, the build's assets).
 */
export function pageAddress(url: string, origin: string, base: string): string | null {
	let key: string;
	try {
		key = cacheKey(url);
	} catch {
		return null;
	}
	const page = folderAddress(key) ?? key;
	if (!page.endsWith('/')) return null;
	return strategyFor({ url: page, method: 'GET', range: false }, origin, base) === 'network-first'
		? page
		: null;
}

/** The page address a message asks to keep, or null when it is not such a message or not a page of the site. */
export function pageToKeep(message: unknown, origin: string, base: string): string | null {
	const m = message as Partial<KeepPageMessage> | null;
	if (typeof m !== 'object' || m === null || m.tipo !== 'guardar-pagina' || typeof m.url !== 'string')
		return null;
	return pageAddress(m.url, origin, base);
}
