import { chromium } from '@playwright/test';
const [,, port, tag, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
for (const [w, h] of [[1366, 768], [390, 844]]) {
	const page = await browser.newPage({ viewport: { width: w, height: h } });
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	for (const p of paths) {
		await page.goto(`http://localhost:${port}${p}`);
		await page.waitForSelector('[data-renderer="webgl"]', { timeout: 15000 }).catch(() => {});
		await page.waitForTimeout(1500);
		const name = p.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home';
		const map = page.locator('.mapview, .svgmap').first();
		await map.scrollIntoViewIfNeeded().catch(() => {});
		await page.screenshot({ path: `/work/notes/i11/${tag}/${name}-${w}.png` });
	}
	await page.close();
}
await browser.close();
