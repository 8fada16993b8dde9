/**
 * `npm run figures -- --out DIR` on the embedded report: every figure as SVG
 * and 300-dpi PNG, one PDF page per figure, an index and the manifest; it
 * replaces its own earlier annex (and only that); bad options fail in Spanish
 * and leave an earlier annex untouched; SIGTERM and Ctrl-C stop it with no
 * temporary folder left, Chromium closed and DIR as it was.
 *
 * The full annex is drawn once (the first test); the interruption tests stop
 * at the first figure.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dsvFormat } from 'd3-dsv';
import { PDFDocument } from 'pdf-lib';
import { test, expect } from '@playwright/test';
import { editionPaths, SOURCE_PATHS } from '../../scripts/data/sources.ts';
import { PDF_NAME } from '../../scripts/figures/annex.ts';
import { parseTerritory } from '../../src/lib/geo/index.ts';
import { parseEdition } from '../../src/lib/report/index.ts';
import { pngFacts } from './png.ts';
import { PNG } from 'pngjs';
import {
	deltaE76,
	lightness,
	luma,
	MIN_CVD_DELTA_E,
	MIN_LUMA_STEP,
	pairwise,
	parseHex,
	simulate,
	type Rgb
} from '../../src/lib/scales/vision.ts';
import {
	diffFraction,
	legendSwatches,
	pdfPages,
	sampleSwatch,
	squash,
	tocEntries,
	tool,
	viewBoxWidth
} from './print.ts';

const run = promisify(execFile);
const figures = (out: string, ...args: string[]) =>
	run('npm', ['run', '--silent', 'figures', '--', '--out', out, ...args], { maxBuffer: 1 << 24 });
const sha = (d: string | Uint8Array) => createHash('sha256').update(d).digest('hex');
const MANIFEST = '.anexo-manifiesto.json';

const made: string[] = [];
const tempDir = () => {
	const d = mkdtempSync(join(tmpdir(), 'anexo-'));
	made.push(d);
	return d;
};
test.afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Name → SHA-256 of every file in a folder (hidden ones too). */
const digest = (dir: string) =>
	Object.fromEntries(
		readdirSync(dir)
			.sort()
			.map((f) => [f, sha(readFileSync(join(dir, f)))])
	);

/** An earlier annex as the command writes it, listing a figure it no longer draws. */
function earlierAnnex(out: string) {
	mkdirSync(out);
	const files = { 'meta-17-localizacion.svg': '<svg>vieja</svg>', 'indice.csv': 'figura\n1\n' };
	for (const [n, d] of Object.entries(files)) writeFileSync(join(out, n), d);
	writeFileSync(
		join(out, MANIFEST),
		JSON.stringify({
			formato: 1,
			comando: 'npm run figures',
			escrito: '2026-01-01T00:00:00.000Z',
			enCurso: false,
			archivos: Object.entries(files).map(([nombre, d]) => ({
				nombre,
				bytes: Buffer.byteLength(d),
				sha256: sha(d)
			}))
		})
	);
}

/**
 * Figures the print checks read: a department map with classes, «nombrado sin monto» and the
 * hatched «no nombrado»; LOCALIZACIÓN maps with named, mentioned and not named municipalities
 * (meta 6) and a departmental meta (meta 3); the subregion map.
 */
const PRINT_FIGURES = [
	'departamento-inversion-total-igual',
	'meta-06-localizacion',
	'meta-03-localizacion',
	'subregiones-inversion-total-igual'
];
/**
 * Chromium and librsvg may differ by more than 32 in a channel on at most this fraction of the
 * pixels. Measured 2.8-3.9 % on these figures (2026-12): all of it text, because librsvg 2.54
 * does not load the SVG's embedded @font-face and sets the words in a fallback font of other
 * widths; the fills, lines, hatch and legend agree. 6 % leaves room for a different fallback
 * font; a map drawn without its fills or hatch differs on well over 10 %.
 */
const MAX_RENDERER_DIFF = 0.06;

// Under load (2 cores shared by several sessions) the full annex has taken 8 minutes.
test.describe.configure({ timeout: 900_000 });

test.describe.serial('one full annex', () => {
	let parent = '';
	let out = '';
	let stdout = '';
	test.beforeAll(async () => {
		test.setTimeout(900_000);
		parent = tempDir();
		out = join(parent, 'anexo');
		earlierAnnex(out);
		({ stdout } = await figures(out, '--fecha', '2026-11-24', '--fichas'));
	});

	test('replaces its earlier annex with every figure as SVG, 300-dpi PNG and one PDF page', async () => {
		// Progress is reported figure by figure.
		expect(stdout).toMatch(/\[ 1\/23\] meta-01-localizacion/);
		expect(stdout).toMatch(/Listo: 23 figuras/);

		// The staff's spreadsheet dialect: BOM, «;» between cells (see src/lib/explore/csv.ts).
		const indexText = readFileSync(join(out, 'indice.csv'), 'utf8');
		expect(indexText.startsWith('\uFEFFfigura;svg;png;titulo;leyenda_pie\r\n')).toBe(true);
		const index = dsvFormat(';').parse(indexText.slice(1));
		expect(index).toHaveLength(23);
		const files = readdirSync(out);
		expect(files.filter((f) => f.endsWith('.svg'))).toHaveLength(23);
		expect(files.filter((f) => f.endsWith('.png') && !f.startsWith('ficha-'))).toHaveLength(23);
		expect(index.filter((r) => r.svg?.endsWith('-localizacion.svg'))).toHaveLength(18);
		// The earlier annex's figure that is no longer drawn is gone (it was listed as its own); nothing is left beside DIR.
		expect(files).not.toContain('meta-17-localizacion.svg');
		expect(readdirSync(parent)).toEqual(['anexo']);

		// The manifest lists exactly the files in DIR, each with its size and SHA-256.
		const manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8'));
		expect(manifest).toMatchObject({
			formato: 1,
			comando: 'npm run figures',
			enCurso: false,
			opciones: { papel: 'a4', orientacion: 'vertical', fecha: '2026-11-24', fichas: 'sí' }
		});
		const written = digest(out);
		delete written[MANIFEST];
		expect(
			Object.fromEntries(
				manifest.archivos.map((a: { nombre: string; sha256: string }) => [a.nombre, a.sha256])
			)
		).toEqual(written);
		// 23 figures (SVG, PNG), PDF, index; 40 fichas (PNG) and their PDF.
		expect(Object.keys(written)).toHaveLength(23 * 2 + 2 + 40 + 1);

		for (const row of index) {
			const svg = readFileSync(join(out, row.svg as string), 'utf8');
			expect(svg).toContain('24 de noviembre de 2026');
			// Every legend swatch colour must appear in the PNG's pixels.
			const swatches = [...svg.matchAll(/fill="(#[0-9a-f]{6})" stroke="#5f6b76"/g)].map((m) => m[1]);
			expect(swatches.length, row.svg).toBeGreaterThanOrEqual(1);
			const png = pngFacts(readFileSync(join(out, row.png as string)), swatches);
			expect([png.width, png.height, png.dpi], row.png).toEqual([2480, 3508, 300]);
			expect(png.colours, row.png).toBeGreaterThan(20);
			expect(png.missing, row.png).toEqual([]);
		}

		const pdf = await PDFDocument.load(readFileSync(join(out, 'anexo-mapas.pdf')));
		// Cover, one page of contents, then one page per figure.
		expect(pdf.getPageCount()).toBe(1 + 1 + 23);
		const { width, height } = pdf.getPage(0).getSize();
		expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
	});

	test('--fichas adds the A4 ficha of each of the 40 municipalities, as PNG and in one PDF', async () => {
		const fichas = readdirSync(out).filter((f) => /^ficha-\d{5}-[a-z0-9-]+\.png$/.test(f));
		expect(fichas).toHaveLength(40);
		expect(fichas).toContain('ficha-54405-los-patios.png');
		const png = pngFacts(readFileSync(join(out, 'ficha-54405-los-patios.png')), ['#225ea8']);
		expect([png.width, png.height, png.dpi]).toEqual([2480, 3508, 300]);
		expect(png.missing).toEqual([]);
		const pdf = await PDFDocument.load(readFileSync(join(out, 'fichas-municipales.pdf')));
		expect(pdf.getPageCount()).toBe(40);
		const { width, height } = pdf.getPage(0).getSize();
		expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
		// Vector text: the page of Los Patios names it, its metas and the rule, in the embedded Noto Sans.
		const order = parseTerritory(readFileSync(SOURCE_PATHS.municipios, 'utf8')).municipalities;
		const page = order.findIndex((m) => m.divipola === '54405') + 1;
		const text = tool('pdftotext', [
			'-layout',
			'-f',
			`${page}`,
			'-l',
			`${page}`,
			join(out, 'fichas-municipales.pdf'),
			'-'
		]).toString('utf8');
		expect(text).toContain('Los Patios');
		expect(text).toContain('Estimación');
		expect(text).toContain('24 de noviembre de 2026');
		expect(tool('pdffonts', [join(out, 'fichas-municipales.pdf')]).toString('utf8')).toMatch(
			/NotoSans-Regular/
		);
	});

	test('the PDF has a cover naming the edition, contents whose page numbers are where each figure is, and numbered pages', async () => {
		const testInfo = test.info();
		// For a person to look at: the cover, the contents, the first and the last figure at 50 dpi.
		for (const page of [1, 2, 3, 25]) {
			const base = testInfo.outputPath(`pagina-${page}`);
			tool('pdftoppm', [
				'-r',
				'50',
				'-png',
				'-f',
				`${page}`,
				'-l',
				`${page}`,
				'-singlefile',
				join(out, PDF_NAME),
				base
			]);
			await testInfo.attach(`pagina-${page}.png`, { path: `${base}.png`, contentType: 'image/png' });
		}
		const edition = parseEdition(readFileSync(editionPaths().edicion));
		const department = parseTerritory(readFileSync(SOURCE_PATHS.municipios, 'utf8')).department.name;
		const pages = pdfPages(tool('pdftotext', ['-layout', join(out, PDF_NAME), '-']).toString('utf8'));
		const index = dsvFormat(';').parse(readFileSync(join(out, 'indice.csv'), 'utf8').slice(1));
		expect(pages).toHaveLength(25);

		const cover = squash(pages[0]);
		for (const w of [
			edition.shortTitle,
			edition.entity,
			edition.government,
			edition.period.label,
			department
		])
			expect(cover).toContain(squash(w));
		expect(cover).toContain('Anexo de mapas');
		expect(cover).toContain('23 figuras');
		expect(cover).toContain('24 de noviembre de 2026');
		expect(cover).toContain('no son figuras del informe original');
		expect(cover, 'la portada no lleva número').not.toMatch(/Página \d/);

		// Every page but the cover: «Página N de 25» at its foot.
		pages.slice(1).forEach((p, i) => expect(p, `página ${i + 2}`).toContain(`Página ${i + 2} de 25`));

		const toc = tocEntries([pages[1]]);
		expect(toc.map((e) => e.figure)).toEqual(index.map((_, i) => i + 1));
		for (const [i, e] of toc.entries()) {
			expect(e.title).toBe(squash(`${index[i].titulo}`));
			// The page the contents give is the one with that figure's caption and title.
			const page = squash(pages[e.page - 1]);
			expect(page, `figura ${e.figure}`).toContain(
				`Figura ${e.figure}. ${squash(`${index[i].leyenda_pie}`).slice(0, 40)}`
			);
			expect(page, `figura ${e.figure}`).toContain(e.title.slice(0, 30));
		}
	});

	test('the PDF sets its text in the embedded Noto Sans, with no fallback font', () => {
		const fonts = (...range: string[]) =>
			tool('pdffonts', [...range, join(out, PDF_NAME)])
				.toString('utf8')
				.split('\n')
				.slice(2)
				.filter(Boolean)
				.map((l) => l.split(/\s+/)[0]);
		const all = fonts();
		expect(all.some((f) => /\+NotoSans-Regular$/.test(f))).toBe(true);
		expect(all.some((f) => /\+NotoSans-Bold$/.test(f))).toBe(true);
		expect(all.filter((f) => /DejaVu|Liberation|Arial|Helvetica|FreeSans/i.test(f))).toEqual([]);
		// The cover and contents have no figure on them: only the PDF's own font.
		expect(
			fonts('-f', '1', '-l', '2')
				.map((f) => f.replace(/^\w+\+/, ''))
				.sort()
		).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
	});

	test('librsvg draws the SVGs as Chromium does: legend colours equal, few pixels differ', () => {
		const report: string[] = [];
		for (const slug of PRINT_FIGURES) {
			const svg = readFileSync(join(out, `${slug}.svg`), 'utf8');
			const chromium = PNG.sync.read(readFileSync(join(out, `${slug}.png`)));
			const rsvg = PNG.sync.read(
				tool('rsvg-convert', [
					'-w',
					`${chromium.width}`,
					'-h',
					`${chromium.height}`,
					'-b',
					'white',
					join(out, `${slug}.svg`)
				])
			);
			const scale = chromium.width / viewBoxWidth(svg);
			const swatches = legendSwatches(svg);
			expect(swatches.length, slug).toBeGreaterThanOrEqual(2);
			for (const sw of swatches) {
				const [c, r] = [sampleSwatch(chromium, sw, scale), sampleSwatch(rsvg, sw, scale)];
				const want = parseHex(sw.fill);
				// A plain swatch is its colour in both; a hatched one has the same mean hatch in both.
				if (!sw.hatched)
					c.mean.forEach((v, i) =>
						expect(Math.abs(v - want[i]), `${slug} ${sw.fill} Chromium`).toBeLessThanOrEqual(2)
					);
				c.mean.forEach((v, i) =>
					expect(Math.abs(v - r.mean[i]), `${slug} ${sw.fill} librsvg`).toBeLessThanOrEqual(
						sw.hatched ? 12 : 2
					)
				);
			}
			const d = diffFraction(chromium, rsvg, 32);
			report.push(`${slug}: ${(d * 100).toFixed(3)} % de píxeles difieren en más de 32`);
			expect(d, slug).toBeLessThan(MAX_RENDERER_DIFF);
		}
		console.log(report.join('\n'));
	});

	test('the printed legends stay apart in greyscale and for protanopes and deuteranopes', () => {
		const report: string[] = [];
		for (const slug of PRINT_FIGURES) {
			const svg = readFileSync(join(out, `${slug}.svg`), 'utf8');
			const png = PNG.sync.read(readFileSync(join(out, `${slug}.png`)));
			const scale = png.width / viewBoxWidth(svg);
			const entries = legendSwatches(svg).map((sw) => ({ sw, s: sampleSwatch(png, sw, scale) }));
			const grey = (e: (typeof entries)[number]) => luma(e.s.mean as Rgb);
			// A hatch is told apart by its lines: its pixels' grey varies, a flat swatch's does not.
			for (const e of entries)
				expect(e.s.lumaVariance, `${slug} ${e.sw.fill}`)[e.sw.hatched ? 'toBeGreaterThan' : 'toBeLessThan'](
					e.sw.hatched ? 100 : 4
				);
			const flat = entries.filter((e) => !e.sw.hatched);
			const [g] = pairwise(flat, (a, b) => Math.abs(grey(a) - grey(b)));
			const [l] = pairwise(flat, (a, b) => Math.abs(lightness(a.s.mean as Rgb) - lightness(b.s.mean as Rgb)));
			expect(g.d, `${slug}: ${g.a.sw.fill} / ${g.b.sw.fill} en gris`).toBeGreaterThanOrEqual(MIN_LUMA_STEP);
			const line = [
				`${slug}: gris ≥ ${g.d.toFixed(1)}/255 (${g.a.sw.fill}/${g.b.sw.fill}), ΔL* ≥ ${l.d.toFixed(1)}`
			];
			for (const d of ['protanopia', 'deuteranopia'] as const) {
				const [e] = pairwise(flat, (a, b) =>
					deltaE76(simulate(a.s.mean as Rgb, d), simulate(b.s.mean as Rgb, d))
				);
				expect(e.d, `${slug}: ${e.a.sw.fill} / ${e.b.sw.fill} con ${d}`).toBeGreaterThanOrEqual(
					MIN_CVD_DELTA_E
				);
				line.push(`${d} ΔE ≥ ${e.d.toFixed(1)} (${e.a.sw.fill}/${e.b.sw.fill})`);
			}
			report.push(line.join(', '));
		}
		console.log(report.join('\n'));
	});
});

test('a bad option fails with a clear Spanish message and leaves the earlier annex untouched', async () => {
	const out = join(tempDir(), 'anexo');
	earlierAnnex(out);
	const before = digest(out);
	const failure = await figures(out, '--papel', 'folio').then(
		() => null,
		(e: { code: number; stderr: string }) => e
	);
	expect(failure?.code).toBe(2);
	expect(failure?.stderr).toContain('Error: --papel «folio» no es válido: use a4 o carta');
	expect(digest(out)).toEqual(before);
});

/** Every process below pid (npm → node → Chromium and its helpers). */
function descendants(pid: number): number[] {
	const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
		.trim()
		.split('\n')
		.map((l) => l.trim().split(/\s+/).map(Number));
	const found: number[] = [];
	const visit = (p: number) => rows.filter(([, pp]) => pp === p).forEach(([c]) => (found.push(c), visit(c)));
	visit(pid);
	return found;
}
const isAlive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
	} catch {
		return false;
	}
};

/** Starts the annex, waits for its first figure, sends the signal; returns how it ended and who was running. */
async function interrupt(out: string, signal: NodeJS.Signals, toGroup: boolean) {
	const child = spawn('npm', ['run', '--silent', 'figures', '--', '--out', out, '--fecha', '2026-11-24'], {
		detached: toGroup // its own process group, as a terminal's foreground job
	});
	let stdout = '';
	let stderr = '';
	child.stderr.on('data', (d) => (stderr += d));
	const ended = new Promise<{ code: number | null }>((r) => child.on('close', (code) => r({ code })));
	await new Promise<void>((resolve, reject) => {
		child.stdout.on('data', (d) => {
			stdout += d;
			if (stdout.includes('[ 1/23]')) resolve();
		});
		child.on('close', () => reject(new Error(`terminó antes de la primera figura: ${stderr}`)));
	});
	const running = descendants(child.pid!);
	// Ctrl-C reaches the whole foreground group (npm, node, not Chromium: Playwright starts it in its own group).
	if (toGroup) process.kill(-child.pid!, signal);
	else child.kill(signal);
	const { code } = await ended;
	// Chromium must be closed: give the exit a moment, then nothing the run started is alive.
	await expect.poll(() => running.filter(isAlive), { timeout: 10_000 }).toEqual([]);
	return { code, stdout, stderr, running };
}

test('SIGTERM (to npm) stops the run: message, exit 143, earlier annex intact, no temporary folder, Chromium closed', async () => {
	const parent = tempDir();
	const out = join(parent, 'anexo');
	earlierAnnex(out);
	const before = digest(out);
	const r = await interrupt(out, 'SIGTERM', false);
	expect(r.running.length, 'npm, node y Chromium estaban corriendo').toBeGreaterThanOrEqual(3);
	expect(r.stderr.trim()).toBe(`Interrumpido: ${out} quedó como estaba.`);
	expect(r.code).toBe(143);
	expect(readdirSync(parent)).toEqual(['anexo']);
	expect(digest(out)).toEqual(before);
});

test('Ctrl-C (SIGINT to the process group) stops a first run: exit 130, no folder created, nothing left', async () => {
	const parent = tempDir();
	const out = join(parent, 'anexo');
	const r = await interrupt(out, 'SIGINT', true);
	expect(r.stderr.trim()).toBe(`Interrumpido: no se creó ${out}.`);
	expect(r.code).toBe(130);
	expect(readdirSync(parent)).toEqual([]);
});
