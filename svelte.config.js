import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { parseBasePath } from './scripts/deploy/base-path.js';
import { CSP_DIRECTIVES } from './scripts/deploy/policy.js';

// Where the build goes (BUILD_DIR, default build/) and under which folder of
// the web server it will live (BASE_PATH, e.g. /mapas/desarrollo): see
// docs/despliegue.md. The base is fixed at build time.
const out = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No `window.__svelte.v` marker: it is a module of its own that every page loads (a request
	// and its imports) to tell tools the Svelte version, which no reader of this site needs.
	compilerOptions: { discloseVersion: false },
	kit: {
		// Static output: every page is prerendered, so the explorer can be
		// published on any web server and read without JavaScript.
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		// Absolute URLs under the base: the 404 page is served at whatever
		// address was missing, so relative asset paths could not find _app/.
		paths: { base: parseBasePath(process.env.BASE_PATH), relative: false },
		// Prerendered pages get the policy as a <meta>, with the hash of their
		// inline start-up script; hosts add the headers of docs/despliegue.md.
		csp: { mode: 'hash', directives: CSP_DIRECTIVES },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Each page's CSS (about 3 KiB gzip) comes inside its HTML: on a phone's
		// 150 ms round trips, seven render-blocking stylesheet requests held the
		// first paint back. Their hashes go into the policy (scripts/deploy/policy.js).
		inlineStyleThreshold: Infinity,
		// Only for the base-path e2e test, which builds a second copy beside the
		// main one without touching .svelte-kit/output.
		...(process.env.KIT_OUT_DIR ? { outDir: process.env.KIT_OUT_DIR } : {})
	}
};

export default config;
