/**
 * Where a command may write, decided before any work. Pure: facts about the
 * folder in, a decision out (`output-fs.ts` gathers the facts and acts).
 *
 * A command writes only into a folder that does not exist yet, an empty one,
 * or one holding nothing but its own earlier output, recognised by the
 * manifest it writes there (every file with its size and SHA-256). A file the
 * user added, or a listed file the user changed, makes it refuse: it never
 * deletes or replaces what it did not write. It never writes into `/`, the
 * home folder, the current folder, the project's repository or a folder that
 * contains one of them, nor through a symbolic link.
 */

/** Which command's output: the manifest's name and the command recorded in it. */
export interface OutputKind {
	/** `npm run figures`. */
	command: string;
	/** `.anexo-manifiesto.json`: a plain file name inside the output folder. */
	manifestName: string;
}

export interface ManifestFile {
	nombre: string;
	bytes: number;
	sha256: string;
}

/** Written into the output folder; lists every file the command wrote there. */
export interface Manifest {
	formato: 1;
	comando: string;
	programa: string;
	/** When it was written (ISO 8601). */
	escrito: string;
	/** True while the run is under way (a temporary folder); false once complete. */
	enCurso: boolean;
	opciones: Record<string, string>;
	archivos: ManifestFile[];
}

export type NodeKind = 'missing' | 'dir' | 'file' | 'symlink' | 'other';

export interface EntryFacts {
	name: string;
	kind: Exclude<NodeKind, 'missing'>;
	size: number;
	/** Only for files the manifest lists with the same size. */
	sha256?: string;
}

export interface FolderFacts {
	/** Absolute path. */
	path: string;
	kind: NodeKind;
	/** The folder itself accepts writes (meaningful when it is a folder). */
	writable: boolean;
	entries: EntryFacts[];
	/** Text of the manifest file, when the folder has one. */
	manifestText?: string;
}

/** A folder the commands never write into, or into one that contains it. */
export interface ProtectedPath {
	/** Real path (symbolic links resolved). */
	path: string;
	/** `la carpeta actual`, `la carpeta personal`… */
	what: string;
}

/** A temporary sibling left by an earlier run (`DIR.parcial-PID`, `DIR.anterior-PID`). */
export interface LeftoverFacts extends FolderFacts {
	role: 'parcial' | 'anterior';
	pid: number;
	/** The process that made it is still running. */
	alive: boolean;
}

export interface OutputFacts extends FolderFacts {
	/** The path as the user wrote it. */
	given: string;
	/** The path with symbolic links in its parents resolved. */
	realPath: string;
	parent: { path: string; kind: NodeKind; writable: boolean };
	protectedPaths: ProtectedPath[];
	leftovers: LeftoverFacts[];
}

export type OutputDecision =
	| { ok: true; mode: 'new' | 'empty' | 'replace'; path: string; previous?: Manifest }
	| { ok: false; reason: string };

/** What to do with a leftover before deciding (only files its manifest lists are ever deleted). */
export type LeftoverAction =
	| { action: 'remove'; path: string; files: string[]; why: string }
	| { action: 'restore'; from: string; to: string };

/** Sibling names of a run: `anexo.parcial-1234` while writing, `anexo.anterior-1234` while swapping. */
export function siblingName(base: string, role: LeftoverFacts['role'], pid: number): string {
	return `${base}.${role}-${pid}`;
}

/** `anexo.parcial-1234` → role and pid, when the name is a sibling of `base`. */
export function parseSiblingName(
	base: string,
	name: string
): { role: LeftoverFacts['role']; pid: number } | null {
	if (!name.startsWith(`${base}.`)) return null;
	const m = /^(parcial|anterior)-(\d{1,10})$/.exec(name.slice(base.length + 1));
	return m ? { role: m[1] as LeftoverFacts['role'], pid: Number(m[2]) } : null;
}

const isPlainName = (n: string) =>
	n.length > 0 && n.length <= 255 && n !== '.' && n !== '..' && !/[/\\\0]/.test(n);

/** Reads a manifest; a file the command did not write, or one edited by hand, is a problem. */
export function parseManifest(
	text: string,
	kind: OutputKind
): { ok: true; manifest: Manifest } | { ok: false; problem: string } {
	const bad = (why: string) => ({
		ok: false as const,
		problem: `${kind.manifestName} no es un manifiesto válido de ${kind.command} (${why})`
	});
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return bad('no es JSON');
	}
	const m = data as Partial<Manifest>;
	if (typeof m !== 'object' || m === null || Array.isArray(m)) return bad('no es un objeto');
	if (m.formato !== 1) return bad(`formato ${JSON.stringify(m.formato)}, se esperaba 1`);
	if (typeof m.comando !== 'string') return bad('falta «comando»');
	if (typeof m.enCurso !== 'boolean') return bad('falta «enCurso»');
	if (!Array.isArray(m.archivos)) return bad('falta la lista «archivos»');
	const names = new Set<string>();
	for (const [i, f] of m.archivos.entries()) {
		const file = f as Partial<ManifestFile>;
		// A name with a slash or `..` could point outside the folder: such a manifest is never trusted.
		if (typeof file?.nombre !== 'string' || !isPlainName(file.nombre) || file.nombre === kind.manifestName) {
			return bad(
				`archivo ${i + 1}: nombre ${JSON.stringify(file?.nombre)} no es un nombre de archivo simple`
			);
		}
		if (names.has(file.nombre)) return bad(`«${file.nombre}» aparece dos veces`);
		names.add(file.nombre);
		if (!Number.isSafeInteger(file.bytes) || (file.bytes as number) < 0) {
			return bad(`«${file.nombre}»: tamaño ${JSON.stringify(file.bytes)} no válido`);
		}
		if (typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) {
			return bad(`«${file.nombre}»: sha256 no válido`);
		}
	}
	return {
		ok: true,
		manifest: {
			formato: 1,
			comando: m.comando,
			programa: typeof m.programa === 'string' ? m.programa : '',
			escrito: typeof m.escrito === 'string' ? m.escrito : '',
			enCurso: m.enCurso,
			opciones: typeof m.opciones === 'object' && m.opciones !== null ? m.opciones : {},
			archivos: m.archivos as ManifestFile[]
		}
	};
}

export function manifestText(m: Manifest): string {
	return JSON.stringify(m, null, '\t') + '\n';
}

const within = (inner: string, outer: string) =>
	inner === outer || inner.startsWith(outer.endsWith('/') ? outer : `${outer}/`);

const listNames = (names: string[], max = 3) =>
	names
		.slice(0, max)
		.map((n) => `«${n}»`)
		.join(', ') + (names.length > max ? ` y ${names.length - max} más` : '');

/** Whether and how to write into the folder; a refusal says why and what to do, in Spanish. */
export function decideOutput(f: OutputFacts, kind: OutputKind): OutputDecision {
	const named = `La carpeta de salida «${f.given}»${f.given === f.path ? '' : ` (${f.path})`}`;
	const refuse = (why: string): OutputDecision => ({ ok: false, reason: `${named} ${why}` });
	const choose = 'Elija una carpeta nueva o vacía, p. ej. --out anexo.';

	if (f.given.trim() === '')
		return { ok: false, reason: 'Falta la carpeta de salida: escriba --out CARPETA.' };
	if (f.kind === 'symlink') {
		return refuse(
			`es un enlace simbólico: no se escribe a través de enlaces. Indique la carpeta real. ${choose}`
		);
	}
	// "Is" before "contains": `--out ~/proyecto` is the repository, though it also contains the current folder.
	const exact = f.protectedPaths.find((p) => p.path === f.realPath);
	const inside = f.protectedPaths.find((p) => within(p.path, f.realPath));
	if (exact || inside) {
		const is = exact ? `es ${exact.what}` : `contiene ${inside!.what} (${inside!.path})`;
		return refuse(`${is}: ${kind.command} nunca escribe allí. ${choose}`);
	}
	if (f.kind === 'file') return refuse(`es un archivo, no una carpeta: no se reemplaza. ${choose}`);
	if (f.kind === 'other') return refuse(`no es una carpeta. ${choose}`);

	const busy = f.leftovers.find((l) => l.alive);
	if (busy) {
		return refuse(
			`la está escribiendo otra ejecución (proceso ${busy.pid}, ${busy.path}): espere a que termine o elija otra carpeta.`
		);
	}
	if (f.parent.kind !== 'dir') {
		return refuse(
			`no se puede crear: ${f.parent.path} no existe o no es una carpeta. Créela primero o elija otra.`
		);
	}
	if (!f.parent.writable) {
		return refuse(
			`no se puede escribir: ${f.parent.path} es de solo lectura. Elija una carpeta donde pueda escribir.`
		);
	}
	if (f.kind === 'missing') return { ok: true, mode: 'new', path: f.path };
	if (!f.writable) return refuse(`es de solo lectura: elija una carpeta donde pueda escribir.`);
	if (f.entries.length === 0) return { ok: true, mode: 'empty', path: f.path };

	const others = f.entries.filter((e) => e.name !== kind.manifestName).map((e) => e.name);
	if (f.entries.some((e) => e.name === '.git')) {
		return refuse(`es un repositorio git: ${kind.command} nunca escribe allí. ${choose}`);
	}
	if (f.manifestText === undefined) {
		return refuse(
			`ya tiene archivos que no escribió ${kind.command} (${listNames(others)}): no se borra ni se reemplaza nada. ${choose}`
		);
	}
	const parsed = parseManifest(f.manifestText, kind);
	if (!parsed.ok) return refuse(`tiene ${parsed.problem}: no se toca. ${choose}`);
	const previous = parsed.manifest;
	if (previous.comando !== kind.command) {
		return refuse(`tiene la salida de otro comando (${previous.comando}): no se toca. ${choose}`);
	}
	if (previous.enCurso) {
		return refuse(`es la carpeta temporal de una ejecución que no terminó: no se escribe en ella. ${choose}`);
	}
	const listed = new Map(previous.archivos.map((a) => [a.nombre, a]));
	const foreign = others.filter((n) => !listed.has(n));
	if (foreign.length) {
		return refuse(
			`tiene ${listNames(foreign)}, que no escribió ${kind.command}: no se borra. ` +
				`Muévalo a otra parte (o bórrelo usted) y vuelva a ejecutar, o elija otra carpeta.`
		);
	}
	const changed = f.entries.filter((e) => {
		const a = listed.get(e.name);
		return a && (e.kind !== 'file' || e.size !== a.bytes || e.sha256 !== a.sha256);
	});
	if (changed.length) {
		const when = previous.escrito ? ` el ${previous.escrito.slice(0, 10)}` : '';
		return refuse(
			`tiene ${listNames(changed.map((e) => e.name))} cambiado desde que ${kind.command} lo escribió${when}: ` +
				`no se reemplaza un archivo editado. Guárdelo en otra parte (o bórrelo usted) y vuelva a ejecutar, o elija otra carpeta.`
		);
	}
	return { ok: true, mode: 'replace', path: f.path, previous };
}

/**
 * What to do with the siblings of dead runs: a temporary folder is removed
 * (only the files its manifest lists); a previous output set aside during the
 * swap is put back if the new one never arrived, removed otherwise.
 */
export function planLeftovers(f: OutputFacts, kind: OutputKind): LeftoverAction[] {
	const actions: LeftoverAction[] = [];
	let outExists = f.kind !== 'missing';
	// The newest set-aside output first: it is the one to restore.
	const dead = f.leftovers.filter((l) => !l.alive && l.kind === 'dir').sort((a, b) => b.pid - a.pid);
	for (const l of dead) {
		if (l.manifestText === undefined) continue;
		const parsed = parseManifest(l.manifestText, kind);
		if (!parsed.ok || parsed.manifest.comando !== kind.command) continue;
		const files = parsed.manifest.archivos.map((a) => a.nombre);
		if (l.role === 'parcial') {
			// Even a complete one (the run died during the swap): it never said «Listo», so the old output stays.
			actions.push({
				action: 'remove',
				path: l.path,
				files,
				why: 'carpeta temporal de una ejecución interrumpida'
			});
		} else if (l.role === 'anterior' && !parsed.manifest.enCurso) {
			if (!outExists) {
				actions.push({ action: 'restore', from: l.path, to: f.path });
				outExists = true;
			} else {
				actions.push({ action: 'remove', path: l.path, files, why: 'salida anterior ya reemplazada' });
			}
		}
	}
	return actions;
}
