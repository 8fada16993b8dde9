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
		timezoneId: 'America/Bogota'
	},
	webServer: {
		command: `npm run build && npm run preview -- --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 120_000
	}
});
