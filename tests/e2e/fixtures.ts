/**
 * A page that records everything a user must never see: console errors,
 * uncaught page errors, failed responses, requests leaving localhost and
 * anything the Content-Security-Policy blocked.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { hideWebGL } from './no-webgl.ts';

export interface Problems {
	consoleErrors: string[];
	pageErrors: string[];
	offsiteRequests: string[];
	failedResponses: string[];
	/** `securitypolicyviolation` events: directive, what was blocked, where. */
	cspViolations: string[];
}

export function watch(page: Page): Problems {
	const problems: Problems = {
		consoleErrors: [],
		pageErrors: [],
		offsiteRequests: [],
		failedResponses: [],
		cspViolations: []
	};
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

/**
 * Records every Content-Security-Policy violation of the page's documents
 * into `problems.cspViolations`, with the directive that blocked it.
 * Chromium logs most of them as console errors too, in words that change
 * between versions; the event is the standard signal.
 */
export async function recordCspViolations(page: Page, problems: Problems): Promise<void> {
	await page.exposeFunction('__cspViolation', (text: string) => problems.cspViolations.push(text));
	await page.addInitScript(() => {
		addEventListener(
			'securitypolicyviolation',
			(e) => {
				const report = (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation;
				report(
					`${e.effectiveDirective} bloqueó ${e.blockedURI || '(en línea)'} en ${e.sourceFile || e.documentURI}:${e.lineNumber}`
				);
			},
			{ capture: true }
		);
	});
}

export const test = base.extend<{ problems: Problems }>({
	problems: async ({ page }, use) => {
		const problems = watch(page);
		await recordCspViolations(page, problems);
		await use(problems);
		expect(problems, 'la página no debe tener errores ni pedir nada fuera de localhost').toEqual({
			consoleErrors: [],
			pageErrors: [],
			offsiteRequests: [],
			failedResponses: [],
			cspViolations: []
		});
	}
});

/** axe-core's serious and critical violations, each with the elements it found. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Makes the page believe the device has no WebGL (old phones, locked-down PCs). */
export async function disableWebGL(page: Page): Promise<void> {
	await page.addInitScript(hideWebGL);
}

/** Waits until an explorer map, if the page has one, has switched to MapLibre. */
export async function settleMap(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	if ((await page.locator('.mapview').count()) > 0) {
		// MapLibre drawn (SwiftShader on a shared machine can take most of a minute), or, on a
		// narrow screen, not started: the SVG map is the map until «Acercar y mover el mapa».
		const idle = page.locator('[data-map-state="idle"]');
		const notStarted = page.locator('button.start-gl:not([disabled])');
		await expect(idle.or(notStarted).first()).toBeAttached({ timeout: 90_000 });
	}
}

export { expect };

/**
 * Opens a route and waits until the prerendered page is hydrated (a change
 * made before that is not heard by the app, which made keyboard tests flaky)
 * and shows the view in its URL.
 */
export async function visit(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// A view other than the prerendered one shows once its computation has loaded.
	await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
