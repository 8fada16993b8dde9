/**
 * Command-line options for every script, in Spanish. `parseArgs` (strict) decides
 * what is valid; its English errors are replaced by a sentence that names the
 * option, lists the valid ones and suggests the nearest («¿Quiso decir --out?»).
 * Pure: argv and environment in, values or a UsageError out.
 */
import { parseArgs } from 'node:util';
import { distance } from 'fastest-levenshtein';
import { calendarDay, fold, isoDate } from '../../src/lib/text/index.ts';

export interface StringOption {
	type: 'string';
	/** What the value is, as shown in the help: `CARPETA`, `a4|carta`. */
	valueName: string;
	/** One line for `--help`. */
	help: string;
	default?: string;
	required?: boolean;
	/** The only accepted values. */
	choices?: readonly string[];
	/** Words people write for a choice (`letter` → `carta`), used only to suggest it. */
	aliases?: Readonly<Record<string, string>>;
	/** Further check of the value: a Spanish sentence when it is wrong. */
	check?: (value: string) => string | null;
}

export interface BooleanOption {
	type: 'boolean';
	help: string;
	/** One-letter form (`-h`). */
	short?: string;
}

export type OptionSpec = StringOption | BooleanOption;

export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
	/** How the user runs it: `npm run figures --`. */
	usage: string;
	/** What the command does, for `--help`. */
	summary: string;
	options: O;
	/** Example command lines for `--help`. */
	examples?: readonly string[];
}

export type Values<O extends Record<string, OptionSpec>> = {
	[K in keyof O]: O[K] extends BooleanOption
		? boolean
		: O[K] extends { required: true } | { default: string }
			? string
			: string | undefined;
};

export type Parsed<O extends Record<string, OptionSpec>> =
	{ help: true } | { help: false; values: Values<O> };

/** A mistake in the command line: its message is already the Spanish sentence to print. */
export class UsageError extends Error {
	override name = 'UsageError';
}

const HELP: BooleanOption = { type: 'boolean', help: 'Muestra esta ayuda', short: 'h' };

const flag = (name: string) => (name.length === 1 ? `-${name}` : `--${name}`);

function optionList(options: Record<string, OptionSpec>): string {
	return Object.keys({ ...options, help: HELP })
		.map(flag)
		.join(', ');
}

function parseArgsConfig(options: Record<string, OptionSpec>) {
	return Object.fromEntries(
		Object.entries({ ...options, help: HELP }).map(([name, o]) => [
			name,
			o.type === 'boolean' && o.short ? { type: o.type, short: o.short } : { type: o.type }
		])
	);
}

/**
 * The valid name nearest to what was typed, if it is near: a prefix (`--fech`),
 * a case or accent slip (`A4`, `orientación`) or at most one edit in three (`--ouput`).
 */
export function closest(query: string, names: readonly string[]): string | undefined {
	const q = fold(query);
	let best: { name: string; d: number } | undefined;
	for (const name of names) {
		const n = fold(name);
		const d = q.length >= 3 && n.startsWith(q) ? 1 : distance(q, n);
		if (d <= Math.floor(Math.max(q.length, n.length) / 2) && (!best || d < best.d)) best = { name, d };
	}
	return best?.name;
}

/** Parses argv (without node and the script) against the spec; throws UsageError in Spanish. */
export function parseCommandLine<O extends Record<string, OptionSpec>>(
	spec: CommandSpec<O>,
	argv: readonly string[],
	env: Readonly<Record<string, string | undefined>> = {}
): Parsed<O> {
	const config = parseArgsConfig(spec.options);
	const args = [...argv];
	try {
		parseArgs({ args, options: config, strict: true, allowPositionals: false });
	} catch (e) {
		const code = (e as { code?: string }).code ?? '';
		if (!code.startsWith('ERR_PARSE_ARGS_')) throw e;
		throw new UsageError(explain(spec, args, env, code));
	}
	// Strict parsing passed; the tokens tell what strict mode does not check: repeats.
	const { tokens } = parseArgs({ args, options: config, strict: false, tokens: true });
	const seen = new Map<string, string>();
	for (const t of tokens) {
		if (t.kind !== 'option') continue;
		const earlier = seen.get(t.name);
		if (earlier !== undefined) {
			throw new UsageError(
				`${flag(t.name)} se indicó dos veces («${earlier}» y «${t.value ?? ''}»): indíquelo una sola vez.`
			);
		}
		seen.set(t.name, t.value ?? '');
	}
	if (seen.has('help')) return { help: true };

	const values: Record<string, string | boolean | undefined> = {};
	for (const [name, o] of Object.entries(spec.options)) {
		if (o.type === 'boolean') {
			values[name] = seen.has(name);
			continue;
		}
		const value = seen.get(name) ?? o.default;
		if (value === undefined) {
			if (o.required) {
				throw new UsageError(
					`Falta ${flag(name)} ${o.valueName}: ${o.help.charAt(0).toLowerCase()}${o.help.slice(1)}. ` +
						`Ejemplo: ${spec.examples?.[0] ?? `${spec.usage} ${flag(name)} ${o.valueName}`}`
				);
			}
			values[name] = undefined;
			continue;
		}
		if (value === '') throw new UsageError(`${flag(name)} está vacío: escriba ${flag(name)} ${o.valueName}.`);
		if (o.choices && !o.choices.includes(value)) {
			const near = o.aliases?.[value.toLowerCase()] ?? closest(value, o.choices);
			throw new UsageError(
				`${flag(name)} «${value}» no es válido: use ${o.choices.join(' o ')}.` +
					(near ? ` ¿Quiso decir ${near}?` : '')
			);
		}
		const problem = o.check?.(value);
		if (problem) throw new UsageError(problem);
		values[name] = value;
	}
	return { help: false, values: values as Values<O> };
}

/** The Spanish sentence for a strict-mode failure, found again from the tokens. */
function explain(
	spec: CommandSpec,
	args: readonly string[],
	env: Readonly<Record<string, string | undefined>>,
	code: string
): string {
	const options: Record<string, OptionSpec> = { ...spec.options, help: HELP };
	const names = Object.keys(options);
	const valid = `Opciones válidas: ${optionList(spec.options)}.`;
	const { tokens } = parseArgs({
		args: [...args],
		options: parseArgsConfig(spec.options),
		strict: false,
		allowPositionals: true,
		tokens: true
	});
	for (const t of tokens) {
		if (t.kind === 'option' && !(t.name in options)) {
			const near = closest(t.name, names);
			return `Opción desconocida: ${t.rawName}.${near ? ` ¿Quiso decir ${flag(near)}?` : ''} ${valid}`;
		}
		if (t.kind === 'option') {
			const o = options[t.name];
			if (o.type === 'boolean' && t.value !== undefined) return `${t.rawName} no lleva valor.`;
			if (o.type === 'string' && t.value === undefined) {
				return `Falta el valor de ${t.rawName}: escriba ${t.rawName} ${o.valueName}.`;
			}
			if (o.type === 'string' && !t.inlineValue && t.value?.startsWith('-')) {
				return (
					`Falta el valor de ${t.rawName} (le sigue ${t.value}): escriba ${t.rawName} ${o.valueName}` +
					` (un valor que empieza por «-» se escribe ${t.rawName}=${t.value}).`
				);
			}
		}
		if (t.kind === 'positional') {
			// `npm run figures --out x` (without the `--`): npm keeps --out for itself
			// (npm_config_out=true) and passes only "x".
			const eaten = Object.keys(spec.options).filter((n) => env[`npm_config_${n}`] === 'true');
			if (eaten.length) {
				return (
					`npm se quedó con ${eaten.map(flag).join(', ')}: falta «--» antes de las opciones. ` +
					`Escriba: ${spec.usage} ${eaten.map(flag).join(' … ')} …`
				);
			}
			const takesValue = Object.entries(spec.options).find(([, o]) => o.type === 'string');
			return (
				`Sobra «${t.value}»: cada valor va detrás de su opción` +
				(takesValue ? `, p. ej. ${flag(takesValue[0])} ${t.value}` : '') +
				`. ${valid}`
			);
		}
	}
	return `Opciones no válidas (${code}). ${valid}`;
}

/** `--help`: usage, what it does, every option with its default. */
export function helpText(spec: CommandSpec): string {
	const all: Record<string, OptionSpec> = { ...spec.options, help: HELP };
	const rows = Object.entries(all).map(([name, o]) => {
		const left = o.type === 'string' ? `${flag(name)} ${o.valueName}` : flag(name);
		const extra =
			o.type === 'string' && o.required
				? ' (obligatoria)'
				: o.type === 'string' && o.default
					? ` (por defecto: ${o.default})`
					: '';
		return [left, `${o.help}${extra}`] as const;
	});
	const width = Math.max(...rows.map(([l]) => l.length)) + 2;
	return [
		`Uso: ${spec.usage} [opciones]`,
		'',
		spec.summary,
		'',
		'Opciones:',
		...rows.map(([l, r]) => `  ${l.padEnd(width)}${r}`),
		...(spec.examples?.length ? ['', 'Ejemplos:', ...spec.examples.map((e) => `  ${e}`)] : [])
	].join('\n');
}

/** `--fecha`: a real calendar day written AAAA-MM-DD, with the likely intended one when it is written DD-MM-AAAA. */
export function checkIsoDate(option: string) {
	return (value: string): string | null => {
		if (calendarDay(value)) return null;
		const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
		const guess = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : null;
		const hint = guess && calendarDay(guess) ? ` ¿Quiso decir ${guess}?` : '';
		const why = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'no existe en el calendario' : 'no es una fecha';
		return `${option} «${value}» ${why}: escriba el día como AAAA-MM-DD, p. ej. ${isoDate()}, u omita ${option} para usar la de hoy.${hint}`;
	};
}

/** A positive whole number (`--runs 3`). */
export function checkPositiveInteger(option: string, max = 100) {
	return (value: string): string | null =>
		/^\d+$/.test(value) && +value >= 1 && +value <= max
			? null
			: `${option} «${value}» no es válido: use un número entero de 1 a ${max}.`;
}
