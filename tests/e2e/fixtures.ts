/**
 * A page that records everything a user must never see: console errors,
 * uncaught page errors, failed responses and requests leaving localhost.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Problems {
	consoleErrors: string[];
	pageErrors: string[];
	offsiteRequests: string[];
	failedResponses: string[];
}

export function watch(page: Page): Problems {
	const problems: Problems = { consoleErrors: [], pageErrors: [], offsiteRequests: [], failedResponses: [] };
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => problems.pageErrors.push(err.message));
	page.on('request', (req) => {
		const url = new URL(req.url());
		const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
		if (!local && !['data:', 'blob:'].includes(url.protocol)) problems.offsiteRequests.push(req.url());
	});
	page.on('response', (res) => {
		if (res.status() >= 400) problems.failedResponses.push(`${res.status()} ${res.url()}`);
	});
	return problems;
}

export const test = base.extend<{ problems: Problems }>({
	problems: async ({ page }, use) => {
		const problems = watch(page);
		await use(problems);
		expect(problems, 'la página no debe tener errores ni pedir nada fuera de localhost').toEqual({
			consoleErrors: [],
			pageErrors: [],
			offsiteRequests: [],
			failedResponses: []
		});
	}
});

export { expect };
