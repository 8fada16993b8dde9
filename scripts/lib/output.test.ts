/**
 * The output decision, table-tested on facts (no disk): where a command may
 * write and, when not, the Spanish reason. Expected outcomes are the rules of
 * issue 8 §2 (new, empty or own earlier output; anything else refused).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	decideOutput,
	manifestText,
	parseManifest,
	parseSiblingName,
	planLeftovers,
	type EntryFacts,
	type LeftoverFacts,
	type Manifest,
	type OutputFacts,
	type OutputKind
} from './output.ts';

const KIND: OutputKind = { command: 'npm run figures', manifestName: '.anexo-manifiesto.json' };
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** An earlier annex of two files, as its manifest lists them. */
const manifest = (over: Partial<Manifest> = {}): Manifest => ({
	formato: 1,
	comando: 'npm run figures',
	programa: '¿Dónde se intervino? 0.1.0',
	escrito: '2026-11-24T10:00:00.000Z',
	enCurso: false,
	opciones: {},
	archivos: [
		{ nombre: 'a.svg', bytes: 3, sha256: sha('aaa') },
		{ nombre: 'b.png', bytes: 2, sha256: sha('bb') }
	],
	...over
});
const file = (name: string, content: string): EntryFacts => ({
	name,
	kind: 'file',
	size: Buffer.byteLength(content),
	sha256: sha(content)
});
const ownFiles = [file('a.svg', 'aaa'), file('b.png', 'bb'), file('.anexo-manifiesto.json', '{}')];

const PROTECTED = [
	{ path: '/', what: 'la raíz del disco' },
	{ path: '/home/ana', what: 'la carpeta personal' },
	{ path: '/home/ana/proyecto/src', what: 'la carpeta actual' },
	{ path: '/home/ana/proyecto', what: 'el repositorio del proyecto' }
];

function facts(over: Partial<OutputFacts> = {}): OutputFacts {
	const path = over.path ?? '/home/ana/anexo';
	return {
		given: path,
		path,
		realPath: path,
		kind: 'missing',
		writable: true,
		entries: [],
		parent: { path: '/home/ana', kind: 'dir', writable: true },
		protectedPaths: PROTECTED,
		leftovers: [],
		...over
	};
}
const own = (over: Partial<OutputFacts> = {}) =>
	facts({ kind: 'dir', entries: ownFiles, manifestText: manifestText(manifest()), ...over });

describe('decideOutput', () => {
	it.each<[string, OutputFacts, 'new' | 'empty' | 'replace']>([
		['a folder that does not exist', facts(), 'new'],
		['an empty folder', facts({ kind: 'dir' }), 'empty'],
		['its own earlier output, unchanged', own(), 'replace'],
		['its own output from which the user deleted a file', own({ entries: ownFiles.slice(1) }), 'replace'],
		['a new folder inside the repository (e.g. anexo/)', facts({ path: '/home/ana/proyecto/anexo' }), 'new']
	])('writes into %s', (_, f, mode) => {
		expect(decideOutput(f, KIND)).toMatchObject({ ok: true, mode, path: f.path });
	});

	it.each<[string, OutputFacts, RegExp]>([
		['an empty --out', facts({ given: '', path: '/home/ana/proyecto/src' }), /^Falta la carpeta de salida/],
		['the disk root', facts({ path: '/', kind: 'dir', entries: [file('etc', '')] }), /es la raíz del disco/],
		[
			'the home folder',
			facts({ path: '/home/ana', kind: 'dir', entries: [file('x', '')] }),
			/es la carpeta personal/
		],
		[
			'the current folder, even empty',
			facts({ given: '.', path: '/home/ana/proyecto/src', kind: 'dir' }),
			/«\.» \(\/home\/ana\/proyecto\/src\) es la carpeta actual/
		],
		[
			'the repository root',
			facts({ path: '/home/ana/proyecto', kind: 'dir', entries: [file('.git', '')] }),
			/es el repositorio del proyecto/
		],
		[
			'a folder containing the repository',
			facts({ path: '/home', kind: 'dir', entries: [file('ana', '')] }),
			/contiene la carpeta personal \(\/home\/ana\)/
		],
		[
			'a path whose real location is the repository (through a linked parent)',
			facts({ path: '/tmp/enlace/proyecto', realPath: '/home/ana/proyecto', kind: 'dir' }),
			/es el repositorio del proyecto/
		],
		['a file', facts({ kind: 'file' }), /es un archivo, no una carpeta: no se reemplaza/],
		['a device or socket', facts({ kind: 'other' }), /no es una carpeta/],
		['a symbolic link', facts({ kind: 'symlink' }), /es un enlace simbólico/],
		[
			'a folder with other files',
			facts({ kind: 'dir', entries: [file('tesis.docx', 'x')] }),
			/«tesis\.docx»/
		],
		[
			'a git repository elsewhere',
			facts({ kind: 'dir', entries: [file('.git', ''), file('README.md', '')] }),
			/es un repositorio git/
		],
		[
			'its own output plus a file the user added',
			own({ entries: [...ownFiles, file('notas.txt', 'mías')] }),
			/«notas\.txt», que no escribió npm run figures: no se borra/
		],
		[
			'its own output with a file the user edited (same size)',
			own({ entries: [file('a.svg', 'aab'), file('b.png', 'bb'), file('.anexo-manifiesto.json', '{}')] }),
			/«a\.svg» cambiado desde que npm run figures lo escribió el 2026-11-24/
		],
		[
			'its own output with a file the user edited (other size, not hashed)',
			own({ entries: [{ name: 'a.svg', kind: 'file', size: 9 }, file('b.png', 'bb')] }),
			/«a\.svg» cambiado/
		],
		[
			'its own output where a listed file became a folder',
			own({ entries: [{ name: 'a.svg', kind: 'dir', size: 0 }] }),
			/«a\.svg» cambiado/
		],
		[
			'its own output where a listed file became a link',
			own({ entries: [{ name: 'a.svg', kind: 'symlink', size: 0 }] }),
			/«a\.svg» cambiado/
		],
		['a manifest that is not JSON', own({ manifestText: '{roto' }), /no es un manifiesto válido.*no es JSON/],
		[
			'a manifest of another command',
			own({ manifestText: manifestText(manifest({ comando: 'npm run geodata' })) }),
			/tiene la salida de otro comando \(npm run geodata\)/
		],
		[
			'a manifest listing a path outside the folder',
			own({
				manifestText: manifestText(
					manifest({ archivos: [{ nombre: '../tesis.docx', bytes: 1, sha256: sha('x') }] })
				)
			}),
			/no es un nombre de archivo simple/
		],
		[
			'a temporary folder of a run that did not finish',
			own({ manifestText: manifestText(manifest({ enCurso: true })) }),
			/carpeta temporal de una ejecución que no terminó/
		],
		[
			'a folder whose parent does not exist',
			facts({ parent: { path: '/home/ana/nada', kind: 'missing', writable: false } }),
			/no se puede crear: \/home\/ana\/nada no existe/
		],
		[
			'a folder under a file',
			facts({ parent: { path: '/home/ana/notas.txt', kind: 'file', writable: false } }),
			/no existe o no es una carpeta/
		],
		[
			'a new folder in a read-only parent',
			facts({ parent: { path: '/home/ana', kind: 'dir', writable: false } }),
			/\/home\/ana es de solo lectura/
		],
		['a read-only empty folder', facts({ kind: 'dir', writable: false }), /es de solo lectura/],
		[
			'a folder another live run is writing',
			facts({
				leftovers: [
					{
						...facts({ path: '/home/ana/anexo.parcial-77', kind: 'dir' }),
						role: 'parcial',
						pid: 77,
						alive: true
					}
				]
			}),
			/la está escribiendo otra ejecución \(proceso 77/
		]
	])('refuses %s', (_, f, reason) => {
		const d = decideOutput(f, KIND);
		expect(d.ok).toBe(false);
		expect(d.ok ? '' : d.reason).toMatch(reason);
	});

	it('names the folder as the user wrote it and as resolved', () => {
		const d = decideOutput(facts({ given: 'tesis', path: '/home/ana/tesis', kind: 'file' }), KIND);
		expect(d.ok ? '' : d.reason).toMatch(
			/^La carpeta de salida «tesis» \(\/home\/ana\/tesis\) es un archivo/
		);
	});

	it('lists at most three foreign files, then how many more', () => {
		const entries = ['1', '2', '3', '4', '5'].map((n) => file(`${n}.txt`, n));
		const d = decideOutput(facts({ kind: 'dir', entries }), KIND);
		expect(d.ok ? '' : d.reason).toContain('(«1.txt», «2.txt», «3.txt» y 2 más)');
	});

	it('does not mutate its input', () => {
		const f = own();
		const copy = structuredClone(f);
		decideOutput(f, KIND);
		expect(f).toEqual(copy);
	});
});

describe('parseManifest', () => {
	it('reads what manifestText writes', () => {
		const m = manifest();
		expect(parseManifest(manifestText(m), KIND)).toEqual({ ok: true, manifest: m });
	});

	it.each<[string, unknown, RegExp]>([
		['an array', [], /no es un objeto/],
		['another format', { ...manifest(), formato: 2 }, /formato 2/],
		['no command', { ...manifest(), comando: undefined }, /falta «comando»/],
		['no file list', { ...manifest(), archivos: 'a.svg' }, /falta la lista «archivos»/],
		[
			'a name with a slash',
			manifest({ archivos: [{ nombre: 'x/a.svg', bytes: 1, sha256: sha('') }] }),
			/simple/
		],
		['"..".', manifest({ archivos: [{ nombre: '..', bytes: 1, sha256: sha('') }] }), /simple/],
		[
			'the manifest itself',
			manifest({ archivos: [{ nombre: '.anexo-manifiesto.json', bytes: 1, sha256: sha('') }] }),
			/simple/
		],
		[
			'a repeated name',
			manifest({
				archivos: [
					{ nombre: 'a.svg', bytes: 1, sha256: sha('') },
					{ nombre: 'a.svg', bytes: 1, sha256: sha('') }
				]
			}),
			/«a\.svg» aparece dos veces/
		],
		[
			'a negative size',
			manifest({ archivos: [{ nombre: 'a.svg', bytes: -1, sha256: sha('') }] }),
			/tamaño -1/
		],
		[
			'a short hash',
			manifest({ archivos: [{ nombre: 'a.svg', bytes: 1, sha256: 'abc' }] }),
			/sha256 no válido/
		]
	])('rejects %s', (_, data, problem) => {
		const r = parseManifest(JSON.stringify(data), KIND);
		expect(r.ok).toBe(false);
		expect(r.ok ? '' : r.problem).toMatch(problem);
	});
});

describe('parseSiblingName', () => {
	it.each<[string, string, ReturnType<typeof parseSiblingName>]>([
		['anexo', 'anexo.parcial-123', { role: 'parcial', pid: 123 }],
		['anexo', 'anexo.anterior-9', { role: 'anterior', pid: 9 }],
		['anexo', 'anexo-2.parcial-9', null],
		['anexo', 'anexo.parcial-', null],
		['anexo', 'anexo.parcial-12a', null],
		['anexo', 'otro.parcial-12', null],
		['a.b', 'a.b.parcial-5', { role: 'parcial', pid: 5 }]
	])('%s / %s', (base, name, expected) => expect(parseSiblingName(base, name)).toEqual(expected));
});

describe('planLeftovers', () => {
	const leftover = (
		role: LeftoverFacts['role'],
		pid: number,
		m: Manifest | string | undefined,
		alive = false
	) =>
		({
			...facts({ path: `/home/ana/anexo.${role}-${pid}`, kind: 'dir' }),
			manifestText: typeof m === 'string' || m === undefined ? m : manifestText(m),
			role,
			pid,
			alive
		}) satisfies LeftoverFacts;

	it('removes a dead run’s temporary folder, only the files its manifest lists', () => {
		const f = facts({ leftovers: [leftover('parcial', 5, manifest({ enCurso: true }))] });
		expect(planLeftovers(f, KIND)).toEqual([
			{
				action: 'remove',
				path: '/home/ana/anexo.parcial-5',
				files: ['a.svg', 'b.png'],
				why: 'carpeta temporal de una ejecución interrumpida'
			}
		]);
	});

	it('removes a temporary folder that was complete when the run died during the swap', () => {
		const f = facts({ leftovers: [leftover('parcial', 5, manifest())] });
		expect(planLeftovers(f, KIND)).toMatchObject([{ action: 'remove', path: '/home/ana/anexo.parcial-5' }]);
	});

	it('puts back the previous output when a crash left DIR missing, then removes older copies', () => {
		const f = facts({
			leftovers: [leftover('anterior', 5, manifest()), leftover('anterior', 8, manifest())]
		});
		expect(planLeftovers(f, KIND).map((a) => a.action)).toEqual(['restore', 'remove']);
		expect(planLeftovers(f, KIND)[0]).toEqual({
			action: 'restore',
			from: '/home/ana/anexo.anterior-8',
			to: '/home/ana/anexo'
		});
	});

	it('removes the previous output once DIR holds the new one', () => {
		const f = own({ leftovers: [leftover('anterior', 5, manifest())] });
		expect(planLeftovers(f, KIND)).toMatchObject([{ action: 'remove', path: '/home/ana/anexo.anterior-5' }]);
	});

	it.each<[string, LeftoverFacts]>([
		['a live run', leftover('parcial', 5, manifest({ enCurso: true }), true)],
		['a folder without manifest', leftover('parcial', 5, undefined)],
		['an unreadable manifest', leftover('parcial', 5, '{')],
		[
			'another command’s folder',
			leftover('parcial', 5, manifest({ enCurso: true, comando: 'npm run geodata' }))
		],
		['an “anterior” folder still in progress', leftover('anterior', 5, manifest({ enCurso: true }))]
	])('leaves %s alone', (_, l) => {
		expect(planLeftovers(facts({ leftovers: [l] }), KIND)).toEqual([]);
	});
});
