import { defineConfig } from '@playwright/test';

// Debian's Chromium (apt-get install chromium); never `playwright install`,
// which downloads browsers this network cannot reach. Override with CHROMIUM_PATH.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: {
			executablePath,
			args: ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--no-sandbox']
		},
		locale: 'es-CO',
		timezoneId: 'America/Bogota',
		// The site's service worker would answer requests before page.route() sees them
		// (csp.e2e.ts rewrites pages that way) and precache the whole build in the
		// background of every test. Only offline.e2e.ts lets it run.
		serviceWorkers: 'block'
	},
	// A plain static server (folders -> index.html, 404.html for the rest, no
	// rewrites), sending the headers of docs/despliegue.md: what a real host
	// does. `vite preview` knows SvelteKit's routes and hid /meta/6 being a
	// directory listing on such servers.
	webServer: {
		command: `npm run build && npm run serve -- build --port ${port} --cabeceras`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
		// The build takes ~45 s when the two cores are shared.
		timeout: 300_000
	}
});
