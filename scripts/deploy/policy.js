// @ts-check
/**
 * The site's security policy, defined once: the Content-Security-Policy that
 * SvelteKit writes as a `<meta>` into every prerendered page (with the hash
 * of each page's inline start-up script), and the response headers that
 * `docs/despliegue.md` asks hosts to add and `serve.ts --cabeceras` sends.
 * Plain JavaScript because `svelte.config.js` imports it directly.
 */

/**
 * `kit.csp.directives`. Keywords without quotes (SvelteKit quotes them).
 * Each source is here because something in the site needs it; the e2e
 * test `tests/e2e/csp.e2e.ts` fails on any violation.
 * @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	// SvelteKit adds the sha256 of each page's inline start-up script.
	'script-src': ['self'],
	// Browsers that know -elem/-attr (all current ones) use those two; older
	// ones fall back to style-src. Inline <style> elements only by hash: each
	// page's CSS is inlined (svelte.config.js, inlineStyleThreshold) and
	// SvelteKit adds their sha256 here; MapLibre's CSS stays a file. Style
	// *attributes* are allowed: Svelte writes
	// data-driven ones (swatch colours, bar widths, the map's aspect ratio,
	// the tooltip's position) that no hash can list in advance.
	'style-src': ['self', 'unsafe-inline'],
	'style-src-elem': ['self'],
	'style-src-attr': ['unsafe-inline'],
	// data: MapLibre's control icons (SVG in its CSS); blob: the figure
	// export draws its SVG through an <img> to make the PNG.
	'img-src': ['self', 'data:', 'blob:'],
	// The exported SVG embeds its fonts as data: URLs, but it is drawn through
	// an <img>, a document of its own that this policy does not govern: the
	// PNG comes out identical without data: here (tests/e2e/csp.e2e.ts).
	'font-src': ['self'],
	// data: the PNG export turns the canvas's data URL into a file with fetch().
	'connect-src': ['self', 'data:'],
	// MapLibre's worker is a file of the site, set with setWorkerUrl.
	'worker-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/**
 * The Content-Security-Policy *header* for hosts that can send one. A page
 * must satisfy every policy it receives, and the start-up script's hashes
 * differ per page, so the header does not repeat script-src or default-src
 * (the meta tag has them); it adds what a meta tag cannot carry
 * (frame-ancestors) and repeats the rules that also protect non-HTML files
 * opened directly (an SVG or JSON opened as a document).
 */
export const CSP_HEADER = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** Headers for every response, besides CSP and caching. */
export const SECURITY_HEADERS = {
	'Content-Security-Policy': CSP_HEADER,
	// Older browsers that ignore frame-ancestors.
	'X-Frame-Options': 'SAMEORIGIN',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin'
};

/** Hashed file names never change content: cache them for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (pages, the JSON download, the favicon) is revalidated. */
export const REVALIDATE_CACHE = 'no-cache';

/**
 * Cache-Control for a path inside the site (without the base path).
 * @param {string} path e.g. `/_app/immutable/entry/start.js`
 */
export function cacheControl(path) {
	return path.startsWith('/_app/immutable/') ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

/** Content types for the file kinds the build contains (and a few more). */
export const CONTENT_TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json'
};
