/**
 * What a command prints when it fails: one Spanish sentence that says what
 * happened to which path and what to do, never a stack trace. Pure.
 */

/** A failure whose message is already the Spanish sentence for the user. */
export class UserError extends Error {
	override name = 'UserError';
}

/** The run was stopped by a signal (Ctrl-C, SIGTERM, SIGHUP). */
export class InterruptedError extends Error {
	override name = 'InterruptedError';
	constructor(
		readonly signal: NodeJS.Signals,
		message = `Interrumpido (${signal}).`
	) {
		super(message);
	}
}

/** Exit status of a process stopped by the signal, as shells report it (128 + number). */
export function signalExitCode(signal: NodeJS.Signals): number {
	const number = ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as Record<string, number>)[signal];
	return number ? 128 + number : 1;
}

interface SystemError {
	code: string;
	syscall?: string;
	path?: string;
	dest?: string;
}

function isSystemError(e: unknown): e is SystemError {
	return (
		typeof e === 'object' &&
		e !== null &&
		typeof (e as { code?: unknown }).code === 'string' &&
		/^E[A-Z]+$/.test((e as { code: string }).code)
	);
}

// Calls that only look: a permission error there is about reading, not writing.
const READS = new Set(['scandir', 'stat', 'lstat', 'read', 'access', 'realpath', 'opendir']);

/** The Spanish sentence for a file-system error (EACCES, ENOSPC, ENOENT…), naming the path. */
export function describeSystemError(e: SystemError): string {
	const where = e.path ?? e.dest ?? 'el archivo';
	const reading = e.syscall !== undefined && READS.has(e.syscall);
	switch (e.code) {
		case 'EACCES':
		case 'EPERM':
			return reading
				? `Sin permiso para leer ${where}: pida acceso o use otra carpeta.`
				: `Sin permiso para escribir en ${where}: la carpeta es de solo lectura o de otro usuario. ` +
						'Elija otra carpeta o cambie sus permisos.';
		case 'EROFS':
			return `${where} está en un disco de solo lectura: elija una carpeta en otro disco.`;
		case 'ENOSPC':
		case 'EDQUOT':
			return `El disco está lleno: no se pudo escribir ${where}. Libere espacio y vuelva a intentarlo.`;
		case 'ENOENT':
			return `No existe ${where}: revise la ruta.`;
		case 'ENOTDIR':
			return `${where} no es una carpeta: una parte de la ruta es un archivo. Revise la ruta.`;
		case 'EISDIR':
			return `${where} es una carpeta, no un archivo: revise la ruta.`;
		case 'EEXIST':
		case 'ENOTEMPTY':
			return `${where} ya existe y no está vacío: otro programa escribió allí mientras tanto. Vuelva a intentarlo.`;
		case 'ENAMETOOLONG':
			return `La ruta ${where} es demasiado larga: use una carpeta más cercana a la raíz.`;
		case 'EMFILE':
		case 'ENFILE':
			return 'Hay demasiados archivos abiertos en el sistema: cierre otros programas y vuelva a intentarlo.';
		case 'EIO':
			return `Error de lectura o escritura del disco en ${where}: revise el disco.`;
		case 'EBUSY':
			return `${where} está en uso por otro programa: ciérrelo y vuelva a intentarlo.`;
		case 'EXDEV':
			return `${where} está en otro disco que su carpeta temporal: elija una carpeta en el mismo disco.`;
		default:
			return `Error del sistema ${e.code} en ${where}.`;
	}
}

// Errors that mean a bug in the program, not a problem of the user's input or machine.
const BUGS = new Set(['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'AssertionError']);

/** One line for any failure: the user's problem in Spanish, or a pointer to DEPURAR=1 for a bug. */
export function describeError(e: unknown): string {
	if (e instanceof UserError) return e.message;
	if (e instanceof InterruptedError) return e.message;
	if (isSystemError(e)) return describeSystemError(e);
	if (e instanceof Error) {
		const first = e.message.split('\n')[0];
		if (BUGS.has(e.name)) {
			return `Error inesperado del programa (${e.name}: ${first}). Ejecútelo de nuevo con DEPURAR=1 para ver el detalle y avise a quien lo mantiene.`;
		}
		// The data loader and the figure composer throw plain Errors with Spanish messages.
		return e.message;
	}
	return `Error inesperado: ${String(e)}`;
}
