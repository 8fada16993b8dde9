/**
 * Command-line options of the data commands, with Spanish messages instead of Node's English
 * ones. Deliberately thin (one function): it is meant to move onto the scripts' shared option
 * wrapper when there is one.
 */
import { parseArgs } from 'node:util';
import { suggest } from '../../src/lib/places/index.ts';

export class UsageError extends Error {
	constructor(message: string, usage: string) {
		super(`${message}\nUso: ${usage}`);
		this.name = 'UsageError';
	}
}

type Spec = Record<string, { type: 'string' | 'boolean' }>;

export function parseOptions<S extends Spec>(
	argv: string[],
	spec: S,
	usage: string,
	positionals = false
): { values: { [K in keyof S]?: S[K]['type'] extends 'boolean' ? boolean : string }; positionals: string[] } {
	try {
		const r = parseArgs({ args: argv, options: spec, strict: true, allowPositionals: positionals });
		return r as never;
	} catch (e) {
		const message = (e as Error).message;
		const name = /'(-[^']+)'/.exec(message)?.[1] ?? '';
		const code = (e as { code?: string }).code;
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
			const near = suggest(name.replace(/^-+/, ''), Object.keys(spec), 1);
			throw new UsageError(
				`Opción desconocida: ${name}.${near.length ? ` ¿Quiso decir --${near[0]}?` : ''}`,
				usage
			);
		}
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
			throw new UsageError(`Falta el valor de la opción ${name.split(' ')[0] || 'indicada'}.`, usage);
		}
		if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
			throw new UsageError(`Sobra el argumento ${/'([^']+)'/.exec(message)?.[1] ?? ''}.`, usage);
		}
		throw new UsageError('Opciones no válidas.', usage);
	}
}
