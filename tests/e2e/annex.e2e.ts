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
import { pngFacts } from './png.ts';

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

// Under load (2 cores shared by several sessions) the full annex has taken 8 minutes.
test.describe.configure({ timeout: 900_000 });

test('the annex command replaces its earlier annex with every figure as SVG, 300-dpi PNG and one PDF page', async () => {
	const parent = tempDir();
	const out = join(parent, 'anexo');
	earlierAnnex(out);
	const { stdout } = await figures(out, '--fecha', '2026-11-24');
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
	expect(files.filter((f) => f.endsWith('.png'))).toHaveLength(23);
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
		opciones: { papel: 'a4', orientacion: 'vertical', fecha: '2026-11-24' }
	});
	const written = digest(out);
	delete written[MANIFEST];
	expect(
		Object.fromEntries(manifest.archivos.map((a: { nombre: string; sha256: string }) => [a.nombre, a.sha256]))
	).toEqual(written);
	expect(Object.keys(written)).toHaveLength(23 * 2 + 2);

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
	expect(pdf.getPageCount()).toBe(23);
	const { width, height } = pdf.getPage(0).getSize();
	expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
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
