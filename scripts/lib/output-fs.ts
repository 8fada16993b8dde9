/**
 * The file-system side of `output.ts`: gathers the facts, then writes a run's
 * files into a temporary sibling folder (`DIR.parcial-PID`) and swaps it in by
 * renames at the end. Whatever happens, DIR holds either its old complete
 * content or the new complete output, and only files a manifest lists are
 * ever deleted.
 */
import { createHash } from 'node:crypto';
import {
	accessSync,
	constants,
	lstatSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	realpathSync,
	renameSync,
	rmdirSync,
	statSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from './errors.ts';
import {
	decideOutput,
	manifestText,
	parseManifest,
	parseSiblingName,
	planLeftovers,
	siblingName,
	type EntryFacts,
	type FolderFacts,
	type LeftoverFacts,
	type Manifest,
	type ManifestFile,
	type NodeKind,
	type OutputDecision,
	type OutputFacts,
	type OutputKind,
	type ProtectedPath
} from './output.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const PROGRAM = `¿Dónde se intervino? ${(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version}`;

/** Cleanups still owed when the process exits (a temporary folder or file not yet renamed). */
const pending = new Set<() => void>();
let exitHookInstalled = false;
function owe(cleanup: () => void): () => void {
	if (!exitHookInstalled) {
		process.once('exit', () => [...pending].forEach((c) => c()));
		exitHookInstalled = true;
	}
	pending.add(cleanup);
	return () => pending.delete(cleanup);
}

function kindOf(path: string): NodeKind {
	try {
		const s = lstatSync(path);
		return s.isSymbolicLink() ? 'symlink' : s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
	} catch (e) {
		if ((e as { code?: string }).code === 'ENOENT' || (e as { code?: string }).code === 'ENOTDIR')
			return 'missing';
		throw e;
	}
}

function canWrite(path: string): boolean {
	try {
		accessSync(path, constants.W_OK);
		return true;
	} catch {
		return false;
	}
}

export function sha256(data: string | Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

function alive(pid: number): boolean {
	if (pid === process.pid) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as { code?: string }).code === 'EPERM';
	}
}

function folderFacts(path: string, kind: OutputKind): FolderFacts {
	const k = kindOf(path);
	if (k !== 'dir') return { path, kind: k, writable: false, entries: [] };
	const names = readdirSync(path);
	const manifestPath = join(path, kind.manifestName);
	const manifestText =
		names.includes(kind.manifestName) && kindOf(manifestPath) === 'file'
			? readFileSync(manifestPath, 'utf8')
			: undefined;
	const parsed = manifestText === undefined ? undefined : parseManifest(manifestText, kind);
	const listed = new Map((parsed?.ok ? parsed.manifest.archivos : []).map((a) => [a.nombre, a]));
	const entries: EntryFacts[] = names.map((name) => {
		const p = join(path, name);
		const t = kindOf(p);
		const entryKind = t === 'missing' ? 'other' : t;
		const size = entryKind === 'file' ? lstatSync(p).size : 0;
		// Hash only what the manifest lists with this very size: a foreign file is never read.
		const sha =
			entryKind === 'file' && listed.get(name)?.bytes === size ? sha256(readFileSync(p)) : undefined;
		return { name, kind: entryKind, size, ...(sha ? { sha256: sha } : {}) };
	});
	return { path, kind: k, writable: canWrite(path), entries, manifestText };
}

const real = (p: string) => {
	try {
		return realpathSync(p);
	} catch {
		return resolve(p);
	}
};

export interface Places {
	cwd: string;
	home: string;
	repo: string;
}

/** `npm run` starts scripts in the package folder; INIT_CWD is where the user typed the command. */
export function defaultPlaces(env: Readonly<Record<string, string | undefined>> = process.env): Places {
	return { cwd: env.INIT_CWD || process.cwd(), home: env.HOME || homedir(), repo: REPO_ROOT };
}

/** Everything `decideOutput` needs about the folder the user gave. */
export function outputFacts(given: string, kind: OutputKind, places: Places = defaultPlaces()): OutputFacts {
	const path = resolve(places.cwd, given);
	const parentPath = dirname(path);
	// The parent may be reached through a link (/tmp → /private/tmp): follow it.
	const parentKind: NodeKind = (() => {
		try {
			return statSync(parentPath).isDirectory() ? 'dir' : 'file';
		} catch {
			return 'missing';
		}
	})();
	const realPath = path === parentPath ? '/' : join(real(parentPath), basename(path));
	const protectedPaths: ProtectedPath[] = [
		{ path: '/', what: 'la raíz del disco' },
		{ path: real(places.home), what: 'la carpeta personal' },
		{ path: real(places.cwd), what: 'la carpeta actual' },
		{ path: real(places.repo), what: 'el repositorio del proyecto' }
	];
	const leftovers: LeftoverFacts[] = [];
	if (parentKind === 'dir' && path !== parentPath) {
		for (const name of readdirSync(parentPath)) {
			const s = parseSiblingName(basename(path), name);
			if (s) leftovers.push({ ...folderFacts(join(parentPath, name), kind), ...s, alive: alive(s.pid) });
		}
	}
	return {
		...folderFacts(path, kind),
		given,
		realPath,
		parent: { path: parentPath, kind: parentKind, writable: parentKind === 'dir' && canWrite(parentPath) },
		protectedPaths,
		leftovers
	};
}

/** Deletes exactly the listed files and the manifest, then the folder if that left it empty. */
function removeListed(dir: string, files: readonly string[], kind: OutputKind): boolean {
	for (const name of [...files, kind.manifestName]) {
		try {
			unlinkSync(join(dir, name));
		} catch (e) {
			if ((e as { code?: string }).code !== 'ENOENT') throw e;
		}
	}
	try {
		rmdirSync(dir);
		return true;
	} catch {
		return false;
	}
}

export interface PreparedOutput {
	kind: OutputKind;
	decision: Extract<OutputDecision, { ok: true }>;
	/** Sentences about leftovers of earlier runs that were cleaned up. */
	notes: string[];
	places: Places;
}

/**
 * Cleans up after dead runs, then decides: throws a UserError (Spanish, nothing
 * touched) when the folder is not new, empty or the command's own output.
 */
export function prepareOutput(
	given: string,
	kind: OutputKind,
	places: Places = defaultPlaces()
): PreparedOutput {
	const notes: string[] = [];
	let facts = outputFacts(given, kind, places);
	const actions = planLeftovers(facts, kind);
	for (const a of actions) {
		if (a.action === 'restore') {
			renameSync(a.from, a.to);
			notes.push(`Se recuperó la salida anterior de ${a.from}, apartada por una ejecución interrumpida.`);
		} else {
			const gone = removeListed(a.path, a.files, kind);
			notes.push(
				gone ? `Se borró ${a.path} (${a.why}).` : `Quedan archivos ajenos en ${a.path} (${a.why}): revíselos.`
			);
		}
	}
	if (actions.length) facts = outputFacts(given, kind, places);
	const decision = decideOutput(facts, kind);
	if (!decision.ok) throw new UserError(decision.reason);
	return { kind, decision, notes, places };
}

export interface WriterOptions {
	/** Replaces writeFileSync (tests inject a full disk). */
	writeFile?: (path: string, data: string | Uint8Array) => void;
	/** Recorded in the manifest (`--papel`, `--fecha`…). */
	options?: Record<string, string>;
	/** Called after each step of the swap (tests stop the process there, as a crash would). */
	onCommitStep?: (step: CommitStep) => void;
}

/** The swap's steps: final manifest written, DIR set aside, new folder in place, old one deleted. */
export type CommitStep = 'manifest' | 'aside' | 'swapped' | 'cleaned';

/**
 * Writes a run's files into `DIR.parcial-PID`, listing each in a manifest
 * before writing it; `commit()` swaps the folder in, `abort()` removes it.
 */
export class OutputWriter {
	readonly dir: string;
	private readonly files: ManifestFile[] = [];
	private readonly manifest: Manifest;
	private state: 'open' | 'committed' | 'aborted' = 'open';
	private readonly release: () => void;
	private readonly writeFile: (path: string, data: string | Uint8Array) => void;
	private readonly step: (step: CommitStep) => void;

	constructor(
		private readonly prepared: PreparedOutput,
		o: WriterOptions = {}
	) {
		const out = prepared.decision.path;
		this.dir = join(dirname(out), siblingName(basename(out), 'parcial', process.pid));
		this.writeFile = o.writeFile ?? ((p, d) => writeFileSync(p, d));
		this.step = o.onCommitStep ?? (() => {});
		this.manifest = {
			formato: 1,
			comando: prepared.kind.command,
			programa: PROGRAM,
			escrito: new Date().toISOString(),
			enCurso: true,
			opciones: o.options ?? {},
			archivos: this.files
		};
		mkdirSync(this.dir);
		this.release = owe(() => this.abort());
		try {
			this.writeManifest();
		} catch (e) {
			this.abort();
			throw e;
		}
	}

	private writeManifest() {
		this.writeFile(join(this.dir, this.prepared.kind.manifestName), manifestText(this.manifest));
	}

	/** Writes one file (a plain name) into the temporary folder. */
	write(name: string, data: string | Uint8Array): void {
		if (this.state !== 'open')
			throw new Error(`OutputWriter ya ${this.state === 'committed' ? 'confirmado' : 'cancelado'}`);
		if (
			name === this.prepared.kind.manifestName ||
			name !== basename(name) ||
			name === '..' ||
			name === '.'
		) {
			throw new Error(`Nombre de archivo no válido para la salida: «${name}»`);
		}
		if (this.files.some((f) => f.nombre === name)) throw new Error(`«${name}» se escribió dos veces`);
		// Listed before it is written: whoever cleans up after a crash deletes only listed files.
		this.files.push({
			nombre: name,
			bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength,
			sha256: sha256(data)
		});
		this.writeManifest();
		this.writeFile(join(this.dir, name), data);
	}

	/**
	 * Puts the new output in place: checks again that DIR is still what was
	 * decided, then renames DIR aside, the temporary folder to DIR, and deletes
	 * the old output's listed files. Synchronous, so no signal lands in between.
	 */
	commit(): string {
		if (this.state !== 'open') throw new Error('OutputWriter ya cerrado');
		const { kind, places } = this.prepared;
		const out = this.prepared.decision.path;
		this.manifest.enCurso = false;
		this.manifest.escrito = new Date().toISOString();
		this.writeManifest();
		this.step('manifest');
		const now = decideOutput(outputFacts(out, kind, places), kind);
		if (!now.ok) {
			this.abort();
			throw new UserError(`${now.reason} (cambió mientras se escribía; no se cambió nada)`);
		}
		if (now.mode !== 'replace') {
			// Onto a missing or empty folder, rename is one atomic step.
			renameSync(this.dir, out);
			this.done();
			this.step('swapped');
			return out;
		}
		// Two renames: a crash between them leaves DIR missing and both complete copies beside it;
		// the next run puts the old one back (planLeftovers).
		const aside = join(dirname(out), siblingName(basename(out), 'anterior', process.pid));
		renameSync(out, aside);
		this.step('aside');
		try {
			renameSync(this.dir, out);
		} catch (e) {
			renameSync(aside, out);
			throw e;
		}
		this.done();
		this.step('swapped');
		if (!removeListed(aside, now.previous?.archivos.map((a) => a.nombre) ?? [], kind)) {
			console.error(`Aviso: quedaron en ${aside} archivos que no escribió ${kind.command}: revíselos.`);
		}
		this.step('cleaned');
		return out;
	}

	private done() {
		this.state = 'committed';
		this.release();
	}

	/** Removes the temporary folder (only what this run wrote). Never throws; safe to call twice. */
	abort(): boolean {
		if (this.state !== 'open') return this.state === 'aborted';
		this.state = 'aborted';
		this.release();
		try {
			return removeListed(
				this.dir,
				this.files.map((f) => f.nombre),
				this.prepared.kind
			);
		} catch {
			return false;
		}
	}
}

/**
 * Replaces one file the command owns (e.g. `src/data/schema/metas.schema.json`)
 * through a temporary sibling and a rename: never half-written.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, o: WriterOptions = {}): void {
	const tmp = join(dirname(path), siblingName(basename(path), 'parcial', process.pid));
	const write = o.writeFile ?? ((p, d) => writeFileSync(p, d));
	const remove = () => {
		try {
			unlinkSync(tmp);
		} catch {
			// Already gone.
		}
	};
	if (kindOf(path) === 'symlink' || kindOf(path) === 'dir') {
		throw new UserError(
			`${path} es un enlace simbólico o una carpeta: no se reemplaza. Bórrelo usted si sobra.`
		);
	}
	const release = owe(remove);
	try {
		write(tmp, data);
		renameSync(tmp, path);
	} catch (e) {
		remove();
		throw e;
	} finally {
		release();
	}
}

/** Size and SHA-256 of a file on disk (for tests and reports). */
export function fileDigest(path: string): { bytes: number; sha256: string } {
	return { bytes: statSync(path).size, sha256: sha256(readFileSync(path)) };
}
