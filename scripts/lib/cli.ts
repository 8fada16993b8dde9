/**
 * The one way every script starts and ends: options parsed in Spanish
 * (`args.ts`), `--help`, Ctrl-C / SIGTERM / SIGHUP turned into an AbortSignal
 * the command honours, and any failure printed as one Spanish line with a
 * non-zero exit (the stack only with DEPURAR=1).
 *
 * Exit codes: 0 done, 1 failed, 2 wrong command line, 128 + signal interrupted.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	helpText,
	parseCommandLine,
	UsageError,
	type CommandSpec,
	type OptionSpec,
	type Values
} from './args.ts';
import { describeError, InterruptedError, signalExitCode } from './errors.ts';

export interface RunContext {
	/** Aborted (with the signal's name as reason) when the user interrupts. */
	signal: AbortSignal;
	/** One progress line to stdout. */
	log: (line: string) => void;
}

export interface RunOptions {
	argv?: readonly string[];
	env?: Readonly<Record<string, string | undefined>>;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Exits once stdout and stderr are flushed: a pipe (`data:json | jq`) would lose output after 64 KiB. */
export async function exitFlushed(code: number): Promise<never> {
	const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((r) => stream.write('', () => r()));
	await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
	process.exit(code);
}

/** After a signal, how long the command may take to clean up before the process exits anyway. */
const GRACE_MS = 10_000;

export async function runCommand<O extends Record<string, OptionSpec>>(
	spec: CommandSpec<O>,
	main: (values: Values<O>, ctx: RunContext) => Promise<void> | void,
	o: RunOptions = {}
): Promise<never> {
	const env = o.env ?? process.env;
	const debug = env.DEPURAR === '1';
	let values: Values<O>;
	try {
		const parsed = parseCommandLine(spec, o.argv ?? process.argv.slice(2), env);
		if (parsed.help) {
			console.log(helpText(spec));
			return exitFlushed(0);
		}
		values = parsed.values;
	} catch (e) {
		if (!(e instanceof UsageError)) {
			console.error(`Error: ${describeError(e)}`);
			return exitFlushed(1);
		}
		console.error(`Error: ${e.message}\nAyuda: ${spec.usage} --help`);
		return exitFlushed(2);
	}

	const controller = new AbortController();
	let first = 0;
	const onSignal = (signal: NodeJS.Signals) => {
		if (controller.signal.aborted) {
			// Ctrl-C reaches both npm and this process, and npm forwards it again: only a
			// later, deliberate second signal stops at once (the exit hooks still remove temporary files).
			if (Date.now() - first < 1000) return;
			console.error(`Interrumpido (${signal}): se cierra sin esperar.`);
			process.exit(signalExitCode(signal));
		}
		first = Date.now();
		controller.abort(signal);
		setTimeout(() => {
			console.error(`Interrumpido (${signal}): la limpieza tardó demasiado; se cierra igual.`);
			process.exit(signalExitCode(signal));
		}, GRACE_MS).unref();
	};
	for (const s of SIGNALS) process.on(s, onSignal);

	try {
		await main(values, { signal: controller.signal, log: (line) => console.log(line) });
		return exitFlushed(0);
	} catch (e) {
		if (debug && e instanceof Error) console.error(e.stack, e.cause ? { cause: e.cause } : '');
		const signal = controller.signal.aborted ? (controller.signal.reason as NodeJS.Signals) : undefined;
		if (e instanceof InterruptedError || signal) {
			console.error(e instanceof InterruptedError ? e.message : `Interrumpido (${signal}).`);
			return exitFlushed(signalExitCode(e instanceof InterruptedError ? e.signal : signal!));
		}
		console.error(`Error: ${describeError(e)}`);
		return exitFlushed(1);
	}
}

/** Lets pending signals reach their handlers between synchronous steps; throws if one arrived. */
export async function checkpoint(signal: AbortSignal, message?: string): Promise<void> {
	await new Promise((r) => setImmediate(r));
	if (signal.aborted) throw new InterruptedError(signal.reason as NodeJS.Signals, message);
}

/** True when the file is the script node was started with (so importing it runs nothing). */
export function isMain(metaUrl: string): boolean {
	return !!process.argv[1] && resolve(process.argv[1]) === fileURLToPath(metaUrl);
}
