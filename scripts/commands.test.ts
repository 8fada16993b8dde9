/**
 * The real commands (`npm run figures`, `geodata`, `data:json`, `bench:figures`)
 * spawned in their own mkdtemp folders with the mistakes users make: each must
 * answer in Spanish, without a stack trace, with a non-zero exit, and leave the
 * folder tree exactly as it was (hashed before and after). None of these cases
 * reaches Chromium except `CHROMIUM_PATH=/bin/false`, which must fail cleanly.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	chmodSync,
	chownSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './lib/output-fs.ts';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
	const d = mkdtempSync(join(tmpdir(), 'comandos-'));
	made.push(d);
	return d;
}

const sha = (d: string | Uint8Array) => createHash('sha256').update(d).digest('hex');
function tree(dir: string, prefix = ''): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(dir).sort()) {
		const p = join(dir, name);
		const s = lstatSync(p);
		const mode = (s.mode & 0o777).toString(8);
		if (s.isSymbolicLink()) out[prefix + name] = `-> ${readlinkSync(p)}`;
		else if (s.isDirectory())
			Object.assign(out, { [prefix + name]: `dir ${mode}` }, tree(p, `${prefix}${name}/`));
		else out[prefix + name] = `${mode} ${sha(readFileSync(p))}`;
	}
	return out;
}

interface Result {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** `npm run --silent SCRIPT -- ARGS` started from `cwd`, as a user in that folder would. */
function npm(cwd: string, script: string, args: string[], env: Record<string, string> = {}, dashDash = true) {
	return exec(
		'npm',
		['--prefix', REPO_ROOT, 'run', '--silent', script, ...(dashDash ? ['--'] : []), ...args],
		{
			cwd,
			env
		}
	);
}

function exec(
	cmd: string,
	args: string[],
	o: { cwd: string; env?: Record<string, string>; uid?: number; gid?: number }
): Promise<Result> {
	return new Promise((done, fail) => {
		const child = spawn(cmd, args, {
			cwd: o.cwd,
			env: { ...process.env, DEPURAR: '', ...o.env },
			uid: o.uid,
			gid: o.gid
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', fail);
		child.on('close', (code) => done({ code, stdout, stderr }));
	});
}

/** A clean failure: the exit code, the Spanish sentence, and nothing a user should not see. */
function expectFailure(r: Result, code: number, message: string | RegExp) {
	expect(r.code, r.stderr).toBe(code);
	if (typeof message === 'string') expect(r.stderr).toContain(message);
	else expect(r.stderr).toMatch(message);
	expect(r.stderr, 'sin traza de pila').not.toMatch(/^\s+at /m);
	expect(r.stderr).not.toMatch(/ERR_|TypeError|Unknown option|Error: ENOENT|EACCES:|npm error/);
	expect(r.stderr.trim().split('\n').length, r.stderr).toBeLessThanOrEqual(2);
}

/** A folder that looks like a checkout: what `--out .` used to delete. */
function fakeCheckout(): string {
	const d = tempDir();
	mkdirSync(join(d, '.git'));
	writeFileSync(join(d, '.git', 'HEAD'), 'ref: refs/heads/main\n');
	mkdirSync(join(d, 'src'));
	writeFileSync(join(d, 'src', 'app.ts'), 'export {};\n');
	writeFileSync(join(d, 'README.md'), '# Proyecto\n');
	return d;
}

const TIMEOUT = 180_000;

describe('npm run figures refuses, touching nothing', () => {
	it.concurrent.each<[string, (d: string) => string[], number, string | RegExp]>([
		[
			'--out . in a checkout',
			() => ['--out', '.'],
			1,
			/«\.» \(.*\) es la carpeta actual: npm run figures nunca escribe allí/
		],
		['--out .. above it', () => ['--out', '..'], 1, /«\.\.» \(.*\) contiene la carpeta actual/],
		['--out on a file', () => ['--out', 'README.md'], 1, 'es un archivo, no una carpeta: no se reemplaza'],
		[
			'--out on a folder with other files',
			() => ['--out', 'src'],
			1,
			'ya tiene archivos que no escribió npm run figures («app.ts»)'
		],
		[
			'--out on another git checkout',
			(d) => (mkdirSync(join(d, 'otro', '.git'), { recursive: true }), ['--out', 'otro']),
			1,
			'es un repositorio git'
		],
		['--out under a missing folder', () => ['--out', 'no/existe'], 1, /no se puede crear: .*\/no no existe/],
		['--out under a file', () => ['--out', 'README.md/anexo'], 1, /README\.md no existe o no es una carpeta/],
		['an unknown option', () => ['--ouput', 'anexo'], 2, 'Opción desconocida: --ouput. ¿Quiso decir --out?'],
		['a missing value', () => ['--out'], 2, 'Falta el valor de --out: escriba --out CARPETA.'],
		['no --out at all', () => [], 2, 'Falta --out CARPETA'],
		[
			'a misspelt paper',
			() => ['--out', 'anexo', '--papel', 'A4'],
			2,
			'--papel «A4» no es válido: use a4 o carta. ¿Quiso decir a4?'
		],
		[
			'a wrong orientation',
			() => ['--out', 'anexo', '--orientacion', 'landscape'],
			2,
			'¿Quiso decir horizontal?'
		],
		['--fecha hoy', () => ['--out', 'anexo', '--fecha', 'hoy'], 2, '--fecha «hoy» no es una fecha'],
		[
			'--fecha 2025-02-30',
			() => ['--out', 'anexo', '--fecha', '2025-02-30'],
			2,
			'no existe en el calendario'
		],
		['--fecha 25-11-2025', () => ['--out', 'anexo', '--fecha', '25-11-2025'], 2, '¿Quiso decir 2025-11-25?']
	])(
		'%s',
		async (_, args, code, message) => {
			const d = fakeCheckout();
			const argv = args(d);
			const before = tree(d);
			expectFailure(await npm(d, 'figures', argv), code, message);
			expect(tree(d)).toEqual(before);
		},
		TIMEOUT
	);

	it.concurrent(
		'its own earlier annex plus a file of the user',
		async () => {
			const d = tempDir();
			const out = join(d, 'anexo');
			mkdirSync(out);
			// An earlier annex as the command writes it: one figure, listed with its size and hash.
			writeFileSync(join(out, 'meta-01-localizacion.svg'), '<svg/>');
			writeFileSync(
				join(out, '.anexo-manifiesto.json'),
				JSON.stringify({
					formato: 1,
					comando: 'npm run figures',
					enCurso: false,
					archivos: [{ nombre: 'meta-01-localizacion.svg', bytes: 6, sha256: sha('<svg/>') }]
				})
			);
			writeFileSync(join(out, 'mis-notas.docx'), 'no borrar');
			const before = tree(d);
			expectFailure(
				await npm(d, 'figures', ['--out', 'anexo']),
				1,
				'tiene «mis-notas.docx», que no escribió npm run figures: no se borra.'
			);
			expect(tree(d)).toEqual(before);
		},
		TIMEOUT
	);

	it.concurrent(
		'forgetting the «--» after npm run figures',
		async () => {
			const d = tempDir();
			const r = await npm(d, 'figures', ['--out', 'anexo'], {}, false);
			expectFailure(r, 2, 'npm se quedó con --out: falta «--» antes de las opciones.');
			expect(readdirSync(d)).toEqual([]);
		},
		TIMEOUT
	);

	it.concurrent.each<[string, string, string]>([
		[
			'a missing CHROMIUM_PATH',
			'/no/existe/chromium',
			'No se encontró Chromium en /no/existe/chromium (CHROMIUM_PATH): corrija CHROMIUM_PATH o quítela para usar /usr/bin/chromium (apt-get install chromium).'
		],
		[
			'a CHROMIUM_PATH that is a folder',
			'/tmp',
			'/tmp (CHROMIUM_PATH) no es un programa que se pueda ejecutar'
		],
		['a CHROMIUM_PATH that is not a browser', '/bin/false', 'Chromium (/bin/false) no arrancó']
	])(
		'%s',
		async (_, chromium, message) => {
			const d = tempDir();
			mkdirSync(join(d, 'anexo'));
			const before = tree(d);
			expectFailure(await npm(d, 'figures', ['--out', 'anexo'], { CHROMIUM_PATH: chromium }), 1, message);
			// /bin/false gets as far as the temporary folder: it must be gone.
			expect(tree(d)).toEqual(before);
		},
		TIMEOUT
	);

	it(
		'--help answers in Spanish and exits 0',
		async () => {
			const d = tempDir();
			const r = await npm(d, 'figures', ['--help']);
			expect(r.code).toBe(0);
			expect(r.stdout).toMatch(/^Uso: npm run figures -- \[opciones\]/);
			expect(r.stdout).toContain('--out CARPETA');
			expect(readdirSync(d)).toEqual([]);
		},
		TIMEOUT
	);
});

/** Whether `nobody` can reach `path`: every folder above it lets others in. */
function othersCanReach(path: string): boolean {
	for (let p = path; ; p = dirname(p)) {
		if ((statSync(p).mode & 0o001) === 0) return false;
		if (dirname(p) === p) return true;
	}
}

// chmod does not stop root; the command then runs as `nobody` (uid 65534), for whom it does, if
// it can reach the checkout (a clone inside a private temporary folder it cannot: .ci/run opens it).
describe.skipIf(process.getuid?.() === 0 && !othersCanReach(REPO_ROOT))('a read-only folder', () => {
	const asRoot = process.getuid?.() === 0;
	const user = asRoot ? { uid: 65534, gid: 65534 } : {};
	const run = (cwd: string, out: string) =>
		exec(
			process.execPath,
			['--import', import.meta.resolve('tsx'), join(REPO_ROOT, 'scripts/figures/main.ts'), '--out', out],
			{ cwd, env: { HOME: cwd, INIT_CWD: cwd }, ...user }
		);
	const setUp = () => {
		const d = tempDir();
		chmodSync(d, 0o755);
		const mine = join(d, 'mia');
		mkdirSync(mine);
		if (asRoot) chownSync(mine, 65534, 65534);
		return mine;
	};

	it.concurrent(
		'refuses a new folder inside it',
		async () => {
			const mine = setUp();
			mkdirSync(join(mine, 'ro'));
			chmodSync(join(mine, 'ro'), 0o555);
			const before = tree(mine);
			expectFailure(await run(mine, 'ro/anexo'), 1, /no se puede escribir: .*\/ro es de solo lectura/);
			expect(tree(mine)).toEqual(before);
		},
		TIMEOUT
	);

	it.concurrent(
		'refuses the read-only folder itself, even empty',
		async () => {
			const mine = setUp();
			mkdirSync(join(mine, 'ro'));
			if (asRoot) chownSync(join(mine, 'ro'), 65534, 65534);
			chmodSync(join(mine, 'ro'), 0o555);
			const before = tree(mine);
			expectFailure(await run(mine, 'ro'), 1, 'es de solo lectura: elija una carpeta donde pueda escribir.');
			expect(tree(mine)).toEqual(before);
		},
		TIMEOUT
	);
});

describe('npm run geodata', () => {
	it.concurrent.each<[string, (d: string) => string[], number, string | RegExp]>([
		[
			'--out on a folder with other files',
			() => ['--out', 'src'],
			1,
			'ya tiene archivos que no escribió npm run geodata'
		],
		['--out on a file', () => ['--out', 'README.md'], 1, 'es un archivo, no una carpeta'],
		['--out .', () => ['--out', '.'], 1, 'es la carpeta actual'],
		[
			'a missing --src',
			() => ['--src', 'fuentes'],
			1,
			/No existe la carpeta de fuentes .*\/fuentes \(--src\): revise la ruta\./
		],
		[
			'an unknown option',
			() => ['--salida', 'x'],
			2,
			'Opción desconocida: --salida. Opciones válidas: --src, --out, --help.'
		]
	])(
		'refuses %s, touching nothing',
		async (_, args, code, message) => {
			const d = fakeCheckout();
			const argv = args(d);
			const before = tree(d);
			expectFailure(await npm(d, 'geodata', argv), code, message);
			expect(tree(d)).toEqual(before);
		},
		TIMEOUT
	);

	it(
		'writes the three files and its manifest into a new folder, the same bytes as geodata/, then refuses it once a file is added',
		async () => {
			const d = tempDir();
			const r = await npm(d, 'geodata', ['--out', 'g']);
			expect(r.code, r.stderr).toBe(0);
			const files = ['municipios.json', 'norte-de-santander.topo.json', 'norte-de-santander.web.topo.json'];
			expect(readdirSync(join(d, 'g')).sort()).toEqual(['.geodata-manifiesto.json', ...files]);
			for (const f of files) {
				expect(sha(readFileSync(join(d, 'g', f))), f).toBe(sha(readFileSync(join(REPO_ROOT, 'geodata', f))));
			}
			writeFileSync(join(d, 'g', 'leeme.txt'), 'mío');
			const before = tree(d);
			expectFailure(
				await npm(d, 'geodata', ['--out', 'g']),
				1,
				'«leeme.txt», que no escribió npm run geodata'
			);
			expect(tree(d)).toEqual(before);
		},
		TIMEOUT
	);
});

describe('the other commands', () => {
	it.concurrent.each<[string, string[], string]>([
		[
			'data:json',
			['--formato', 'csv'],
			'Opción desconocida: --formato. Opciones válidas: --edicion, --help.'
		],
		['data:schema', ['src/data/schema'], 'Sobra «src/data/schema»'],
		['bench:figures', ['--runs', '0'], '--runs «0» no es válido: use un número entero de 1 a 20.'],
		['bench:figures', ['--run', '3'], 'Opción desconocida: --run. ¿Quiso decir --runs?'],
		['bench:size', ['--x'], 'Opción desconocida: --x.']
	])(
		'%s %j',
		async (script, args, message) => {
			const d = tempDir();
			expectFailure(await npm(d, script, args), 2, message);
			expect(readdirSync(d)).toEqual([]);
		},
		TIMEOUT
	);
});
