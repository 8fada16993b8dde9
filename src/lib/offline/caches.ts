/**
 * The names of the service worker's caches, and which of the caches a browser
 * holds are this worker's to delete.
 *
 * A name says whose cache it is (this app, under which base path), what it
 * holds and for which build: `donde-se-intervino /mapas/desarrollo paginas 1733…`.
 * The base is in the name because two copies of the site published under two
 * folders of one server share the origin's CacheStorage: each must delete only
 * its own old caches, never the other's, nor anything another app created.
 */

/** Every cache this app creates starts with this word. */
export const APP_ID = 'donde-se-intervino';

/**
 * `app`: the build's hashed files and the static folder, replaced whole by the
 * next build. `paginas`: pages, their data and the downloads, refreshed from
 * the network on each visit. Both are per build: a cached page names the
 * hashed scripts of its own build, which the next build no longer has.
 */
export const CACHE_KINDS = ['app', 'paginas'] as const;
export type CacheKind = (typeof CACHE_KINDS)[number];

export interface CacheName {
	/** SvelteKit's `paths.base`: `''` at the server's root, else `/mapas/desarrollo`. */
	base: string;
	kind: string;
	version: string;
}

/** `''` and `/` both mean the root; written `/` so that no part of a name is empty. */
const baseInName = (base: string) => (base === '' ? '/' : base);

/** The cache name for `kind` of the build `version` under `base`. */
export function cacheName(base: string, kind: CacheKind, version: string): string {
	if (version === '') throw new Error('La versión de la compilación no puede estar vacía.');
	return `${APP_ID} ${baseInName(base)} ${kind} ${version}`;
}

/** Both cache names of one build. */
export function cacheNames(base: string, version: string): Record<CacheKind, string> {
	return { app: cacheName(base, 'app', version), paginas: cacheName(base, 'paginas', version) };
}

/**
 * What a cache name says, or null when it is not one of this app's names.
 * Base paths and kinds have no spaces (scripts/deploy/base-path.js), so the
 * version is everything after the third space, whatever it contains.
 */
export function parseCacheName(name: string): CacheName | null {
	const m = /^([^ ]+) (\/[^ ]*) ([^ ]+) (.+)$/.exec(name);
	if (!m || m[1] !== APP_ID) return null;
	return { base: m[2] === '/' ? '' : m[2], kind: m[3], version: m[4] };
}

/**
 * The caches to delete when the build `version` activates under `base`: this
 * app's caches under the same base that are not the current build's. Caches
 * of other apps, of a copy under another base, and names this app never
 * writes are left alone. Does not change `existing`.
 */
export function staleCaches(existing: readonly string[], base: string, version: string): string[] {
	const current = new Set(Object.values(cacheNames(base, version)));
	return existing.filter((name) => {
		const parsed = parseCacheName(name);
		return parsed !== null && parsed.base === base && !current.has(name);
	});
}
