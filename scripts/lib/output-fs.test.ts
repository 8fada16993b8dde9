/**
 * The output rules on a real disk, each test in its own mkdtemp folder: what
 * ends up in DIR after a run, a refusal, an abort, a full disk, a file added
 * during the run, and a crash (SIGKILL) at every step of the swap.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeError, UserError } from './errors.ts';
import { OutputWriter, prepareOutput, REPO_ROOT, writeFileAtomic, type Places } from './output-fs.ts';
import type { OutputKind } from './output.ts';

const KIND: OutputKind = { command: 'prueba', manifestName: '.prueba-manifiesto.json' };
const sha = (d: string | Uint8Array) => createHash('sha256').update(d).digest('hex');

/** Every path under dir with what it is: a file's SHA-256, `dir`, or a link's target. */
function tree(dir: string, prefix = ''): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(dir).sort()) {
		const p = join(dir, name);
		const s = lstatSync(p);
		if (s.isSymbolicLink()) out[prefix + name] = `-> ${readlinkSync(p)}`;
		else if (s.isDirectory()) Object.assign(out, { [prefix + name]: 'dir' }, tree(p, `${prefix}${name}/`));
		else out[prefix + name] = sha(readFileSync(p));
	}
	return out;
}

/** The files of a complete output: what its manifest lists, with matching hashes, and nothing else. */
function completeOutput(dir: string): Record<string, string> {
	const m = JSON.parse(readFileSync(join(dir, KIND.manifestName), 'utf8')) as {
		enCurso: boolean;
		archivos: { nombre: string; bytes: number; sha256: string }[];
	};
	expect(m.enCurso).toBe(false);
	const files = tree(dir);
	delete files[KIND.manifestName];
	expect(files).toEqual(Object.fromEntries(m.archivos.map((a) => [a.nombre, a.sha256])));
	return Object.fromEntries(Object.keys(files).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
}

/** A process id that was just used and is no longer running. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

let root: string;
let places: Places;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'salida-'));
	places = { cwd: join(root, 'cwd'), home: join(root, 'home'), repo: REPO_ROOT };
	mkdirSync(places.cwd);
	mkdirSync(places.home);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Runs the writer as a command would: prepare, write the files, commit. */
function run(out: string, files: Record<string, string>) {
	const w = new OutputWriter(prepareOutput(out, KIND, places));
	for (const [n, d] of Object.entries(files)) w.write(n, d);
	return w.commit();
}

describe('a run', () => {
	it('creates a new folder with exactly its files and a manifest of their sizes and SHA-256', () => {
		const out = join(root, 'anexo');
		run(out, { 'a.svg': '<svg/>', 'b.png': 'png' });
		const m = JSON.parse(readFileSync(join(out, KIND.manifestName), 'utf8'));
		expect(m).toMatchObject({
			formato: 1,
			comando: 'prueba',
			enCurso: false,
			archivos: [
				{ nombre: 'a.svg', bytes: 6, sha256: sha('<svg/>') },
				{ nombre: 'b.png', bytes: 3, sha256: sha('png') }
			]
		});
		expect(m.programa).toMatch(/^¿Dónde se intervino\? \d+\.\d+\.\d+$/);
		expect(completeOutput(out)).toEqual({ 'a.svg': '<svg/>', 'b.png': 'png' });
		expect(readdirSync(root).sort()).toEqual(['anexo', 'cwd', 'home']);
	});

	it('fills an empty folder', () => {
		const out = join(root, 'vacia');
		mkdirSync(out);
		run(out, { 'a.svg': 'a' });
		expect(completeOutput(out)).toEqual({ 'a.svg': 'a' });
	});

	it('replaces its own earlier output, deleting the earlier files it no longer writes', () => {
		const out = join(root, 'anexo');
		run(out, { 'a.svg': 'viejo a', 'c.svg': 'viejo c' });
		run(out, { 'a.svg': 'nuevo a', 'd.svg': 'nuevo d' });
		expect(completeOutput(out)).toEqual({ 'a.svg': 'nuevo a', 'd.svg': 'nuevo d' });
		expect(readdirSync(root).sort()).toEqual(['anexo', 'cwd', 'home']);
	});

	it('resolves a relative --out from the current folder', () => {
		run('rel', { 'a.svg': 'a' });
		expect(completeOutput(join(places.cwd, 'rel'))).toEqual({ 'a.svg': 'a' });
	});
});

describe('a refusal touches nothing', () => {
	it.each<[string, (out: string) => void, RegExp]>([
		[
			'a folder with a file of the user',
			(o) => (mkdirSync(o), writeFileSync(join(o, 'tesis.docx'), 'x')),
			/«tesis\.docx»/
		],
		[
			'its own output plus a file of the user',
			(o) => (run(o, { 'a.svg': 'a' }), writeFileSync(join(o, 'notas.txt'), 'mías')),
			/«notas\.txt», que no escribió prueba: no se borra/
		],
		[
			'its own output with an edited file',
			(o) => (run(o, { 'a.svg': 'a' }), writeFileSync(join(o, 'a.svg'), 'b')),
			/«a\.svg» cambiado/
		],
		[
			'its own output with an edited manifest',
			(o) => (run(o, { 'a.svg': 'a' }), writeFileSync(join(o, KIND.manifestName), '{"formato":1')),
			/no es un manifiesto válido/
		],
		['a file', (o) => writeFileSync(o, 'no soy carpeta'), /es un archivo/],
		[
			'a link to an empty folder',
			(o) => (mkdirSync(`${o}-real`), symlinkSync(`${o}-real`, o)),
			/enlace simbólico/
		],
		['a link pointing nowhere', (o) => symlinkSync('/no/existe', o), /enlace simbólico/]
	])('%s', (_, setUp, reason) => {
		const out = join(root, 'anexo');
		setUp(out);
		const before = tree(root);
		expect(() => prepareOutput(out, KIND, places)).toThrow(reason);
		expect(tree(root)).toEqual(before);
	});

	it.each<[string, (p: Places) => string, RegExp]>([
		['the current folder', () => '.', /«\.» \(.*\/cwd\) es la carpeta actual/],
		['the home folder', (p) => p.home, /es la carpeta personal/],
		['the folder above the current one', () => '..', /contiene la carpeta (actual|personal)/],
		[
			'the repository, reached through a linked parent',
			(p) => (symlinkSync(dirname(REPO_ROOT), join(p.cwd, 'enlace')), `enlace/${basename(REPO_ROOT)}`),
			/es el repositorio del proyecto/
		]
	])('%s', (_, given, reason) => {
		const g = given(places);
		const before = tree(root);
		expect(() => prepareOutput(g, KIND, places)).toThrow(reason);
		expect(tree(root)).toEqual(before);
	});
});

describe('a failed or interrupted run', () => {
	it('abort() removes the temporary folder and leaves the earlier output as it was', () => {
		const out = join(root, 'anexo');
		run(out, { 'a.svg': 'viejo' });
		const before = tree(root);
		const w = new OutputWriter(prepareOutput(out, KIND, places));
		w.write('a.svg', 'nuevo');
		expect(readdirSync(root)).toContain(`anexo.parcial-${process.pid}`);
		w.abort();
		expect(tree(root)).toEqual(before);
	});

	it('a full disk stops the run with a Spanish message and no trace', () => {
		const out = join(root, 'anexo');
		run(out, { 'a.svg': 'viejo' });
		const before = tree(root);
		const full = (path: string, data: string | Uint8Array) => {
			if (path.endsWith('b.png')) {
				writeFileSync(path, 'medio archivo');
				throw Object.assign(new Error(`ENOSPC: no space left on device, write`), {
					code: 'ENOSPC',
					syscall: 'write',
					path
				});
			}
			writeFileSync(path, data);
		};
		const w = new OutputWriter(prepareOutput(out, KIND, places), { writeFile: full });
		w.write('a.svg', 'nuevo');
		const e = (() => {
			try {
				w.write('b.png', 'png');
			} catch (err) {
				return err;
			}
		})();
		w.abort();
		expect(describeError(e)).toBe(
			`El disco está lleno: no se pudo escribir ${join(root, `anexo.parcial-${process.pid}`, 'b.png')}. Libere espacio y vuelva a intentarlo.`
		);
		expect(tree(root)).toEqual(before);
	});

	it('commit() refuses when the user added a file to DIR during the run, and keeps it', () => {
		const out = join(root, 'anexo');
		run(out, { 'a.svg': 'viejo' });
		const w = new OutputWriter(prepareOutput(out, KIND, places));
		w.write('a.svg', 'nuevo');
		writeFileSync(join(out, 'recien.txt'), 'del usuario');
		const before = tree(out);
		expect(() => w.commit()).toThrow(/«recien\.txt».*cambió mientras se escribía/);
		expect(tree(out)).toEqual(before);
		expect(readdirSync(root).sort()).toEqual(['anexo', 'cwd', 'home']);
	});
});

describe('a crash (SIGKILL) at each step of the swap', () => {
	const tsx = import.meta.resolve('tsx');
	const script = (dir: string) => {
		const file = join(dir, 'choque.ts');
		writeFileSync(
			file,
			`import { OutputWriter, prepareOutput } from ${JSON.stringify(join(REPO_ROOT, 'scripts/lib/output-fs.ts'))};
const [out, at] = process.argv.slice(2);
const kind = ${JSON.stringify(KIND)};
const w = new OutputWriter(prepareOutput(out, kind), {
	onCommitStep: (s) => { if (s === at) process.kill(process.pid, 'SIGKILL'); }
});
w.write('a.svg', 'nuevo a');
w.write('d.svg', 'nuevo d');
w.commit();
`
		);
		return file;
	};
	const OLD = { 'a.svg': 'viejo a', 'c.svg': 'viejo c' };
	const NEW = { 'a.svg': 'nuevo a', 'd.svg': 'nuevo d' };

	it.each<[string, typeof OLD | typeof NEW, string[]]>([
		// step, what DIR holds after the next run cleans up, the siblings the crash left
		['manifest', OLD, ['anexo.parcial-']],
		['aside', OLD, ['anexo.anterior-', 'anexo.parcial-']],
		['swapped', NEW, ['anexo.anterior-']],
		['cleaned', NEW, []]
	])(
		'after «%s»: the next run finds one complete output and cleans up',
		(step, expected, left) => {
			const out = join(root, 'anexo');
			run(out, OLD);
			const child = spawnSync(process.execPath, ['--import', tsx, script(root), out, step], {
				cwd: places.cwd,
				env: { ...process.env, HOME: places.home, INIT_CWD: places.cwd },
				encoding: 'utf8'
			});
			expect(child.signal, child.stderr).toBe('SIGKILL');
			const siblings = readdirSync(root)
				.filter((n) => n.startsWith('anexo.'))
				.map((n) => n.replace(/\d+$/, ''))
				.sort();
			expect(siblings).toEqual(left);
			const prepared = prepareOutput(out, KIND, places);
			expect(prepared.notes.length).toBe(left.length);
			expect(completeOutput(out)).toEqual(expected);
			expect(readdirSync(root).sort()).toEqual(['anexo', 'choque.ts', 'cwd', 'home']);
		},
		60_000
	);
});

describe('leftovers of dead runs', () => {
	it('a temporary folder with a file the run did not list is kept, with a note', () => {
		const out = join(root, 'anexo');
		const pid = deadPid();
		const partial = join(root, `anexo.parcial-${pid}`);
		mkdirSync(partial);
		writeFileSync(
			join(partial, KIND.manifestName),
			JSON.stringify({ formato: 1, comando: 'prueba', enCurso: true, archivos: [] })
		);
		writeFileSync(join(partial, 'ajeno.txt'), 'x');
		const prepared = prepareOutput(out, KIND, places);
		expect(prepared.notes).toEqual([
			`Quedan archivos ajenos en ${partial} (carpeta temporal de una ejecución interrumpida): revíselos.`
		]);
		expect(tree(partial)).toEqual({ 'ajeno.txt': sha('x') });
	});

	it('a folder named like a leftover but without a manifest is not touched', () => {
		const sibling = join(root, `anexo.parcial-${deadPid()}`);
		mkdirSync(sibling);
		writeFileSync(join(sibling, 'mio.txt'), 'x');
		expect(prepareOutput(join(root, 'anexo'), KIND, places).notes).toEqual([]);
		expect(tree(sibling)).toEqual({ 'mio.txt': sha('x') });
	});
});

describe('writeFileAtomic', () => {
	it('replaces a file whole and leaves no temporary file', () => {
		const p = join(root, 'metas.schema.json');
		writeFileSync(p, 'viejo');
		writeFileAtomic(p, 'nuevo');
		expect(tree(root)).toEqual({ cwd: 'dir', home: 'dir', 'metas.schema.json': sha('nuevo') });
	});

	it('keeps the old file when the write fails, and removes the half-written one', () => {
		const p = join(root, 'metas.schema.json');
		writeFileSync(p, 'viejo');
		const before = tree(root);
		const full = (path: string) => {
			writeFileSync(path, 'medio');
			throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', syscall: 'write', path });
		};
		expect(() => writeFileAtomic(p, 'nuevo', { writeFile: full })).toThrow('ENOSPC');
		expect(tree(root)).toEqual(before);
	});

	it('refuses to replace a link', () => {
		const p = join(root, 'enlace.json');
		symlinkSync('/etc/hostname', p);
		expect(() => writeFileAtomic(p, 'x')).toThrow(UserError);
		expect(readlinkSync(p)).toBe('/etc/hostname');
	});
});
