/**
 * Command lines in, values or one Spanish sentence out: every mistake a user
 * makes with `npm run figures -- …` names the option, the valid ones and the
 * nearest.
 */
import { describe, expect, it } from 'vitest';
import {
	checkIsoDate,
	checkPositiveInteger,
	closest,
	helpText,
	parseCommandLine,
	UsageError
} from './args.ts';
import { ANNEX_COMMAND } from '../figures/options.ts';

const parse = (...argv: string[]) => parseCommandLine(ANNEX_COMMAND, argv);
const failure = (argv: string[], env: Record<string, string> = {}) => {
	try {
		parseCommandLine(ANNEX_COMMAND, argv, env);
	} catch (e) {
		expect(e).toBeInstanceOf(UsageError);
		return (e as Error).message;
	}
	throw new Error(`se esperaba un error para ${argv.join(' ')}`);
};

describe('parseCommandLine (npm run figures)', () => {
	it('applies the defaults', () => {
		expect(parse('--out', 'anexo')).toEqual({
			help: false,
			values: { out: 'anexo', papel: 'a4', orientacion: 'vertical', fecha: undefined, fichas: false }
		});
	});

	it('reads every option, with a space or an equals sign', () => {
		expect(
			parse('--out=x', '--papel', 'carta', '--orientacion=horizontal', '--fecha', '2024-02-29', '--fichas')
		).toEqual({
			help: false,
			values: { out: 'x', papel: 'carta', orientacion: 'horizontal', fecha: '2024-02-29', fichas: true }
		});
	});

	it('accepts a folder that starts with a dash when written with =', () => {
		expect(parse('--out=-raro')).toMatchObject({ values: { out: '-raro' } });
	});

	it.each([['--help'], ['-h'], ['--out', 'x', '--help'], ['--help', '--papel', 'folio']])(
		'%s asks for help',
		(...argv) => {
			expect(parse(...argv)).toEqual({ help: true });
		}
	);

	it.each<[string[], string]>([
		[['--ouput', 'anexo'], 'Opción desconocida: --ouput. ¿Quiso decir --out?'],
		[['--out', 'x', '--fech', '2025-01-01'], 'Opción desconocida: --fech. ¿Quiso decir --fecha?'],
		[
			['--out', 'x', '--orientación', 'vertical'],
			'Opción desconocida: --orientación. ¿Quiso decir --orientacion?'
		],
		[['--out', 'x', '--paper', 'a4'], 'Opción desconocida: --paper. ¿Quiso decir --papel?'],
		[['-o', 'x'], 'Opción desconocida: -o.'],
		[
			['--salida', 'x'],
			'Opción desconocida: --salida. Opciones válidas: --out, --papel, --orientacion, --edicion, --fichas, --fecha, --help.'
		],
		[['--out'], 'Falta el valor de --out: escriba --out CARPETA.'],
		[['--out', '--papel', 'a4'], 'Falta el valor de --out (le sigue --papel)'],
		[['--out', 'x', '--fecha'], 'Falta el valor de --fecha: escriba --fecha AAAA-MM-DD.'],
		[['--help=si'], '--help no lleva valor.'],
		[['anexo'], 'Sobra «anexo»: cada valor va detrás de su opción, p. ej. --out anexo.'],
		[['--out', 'a', 'b'], 'Sobra «b»'],
		[[], 'Falta --out CARPETA: carpeta donde escribir el anexo. Ejemplo: npm run figures -- --out anexo'],
		[['--out', ''], '--out está vacío'],
		[['--out', 'a', '--out', 'b'], '--out se indicó dos veces («a» y «b»)'],
		[['--out', 'x', '--papel', 'folio'], '--papel «folio» no es válido: use a4 o carta.'],
		[['--out', 'x', '--papel', 'A4'], '--papel «A4» no es válido: use a4 o carta. ¿Quiso decir a4?'],
		[['--out', 'x', '--papel', 'letter'], '¿Quiso decir carta?'],
		[['--out', 'x', '--orientacion', 'landscape'], '¿Quiso decir horizontal?'],
		[['--out', 'x', '--orientacion', 'horizntal'], '¿Quiso decir horizontal?'],
		[['--out', 'x', '--fecha', 'hoy'], '--fecha «hoy» no es una fecha: escriba el día como AAAA-MM-DD'],
		[['--out', 'x', '--fecha', '2025-02-30'], '--fecha «2025-02-30» no existe en el calendario'],
		[['--out', 'x', '--fecha', '2025-02-29'], '--fecha «2025-02-29» no existe en el calendario'],
		[['--out', 'x', '--fecha', '25-11-2025'], '¿Quiso decir 2025-11-25?'],
		[['--out', 'x', '--fecha', '2025/11/25'], '--fecha «2025/11/25» no es una fecha']
	])('%j → %s', (argv, message) => {
		expect(failure(argv)).toContain(message);
	});

	it('does not suggest a far-fetched choice', () => {
		expect(failure(['--out', 'x', '--papel', 'x'])).not.toContain('Quiso decir');
		expect(failure(['--out', 'x', '--papel', 'folio'])).not.toContain('Quiso decir');
	});

	it('says when npm kept the options because the «--» is missing', () => {
		// `npm run figures --out anexo` reaches the script as just "anexo", with npm_config_out=true.
		expect(failure(['anexo'], { npm_config_out: 'true' })).toBe(
			'npm se quedó con --out: falta «--» antes de las opciones. Escriba: npm run figures -- --out …'
		);
	});
});

describe('closest', () => {
	it.each<[string, string[], string | undefined]>([
		['ouput', ['out', 'papel'], 'out'],
		['OUT', ['out'], 'out'],
		['fech', ['fecha', 'papel'], 'fecha'],
		['x', ['a4', 'carta'], undefined],
		['cartas', ['a4', 'carta'], 'carta'],
		['', ['out'], undefined]
	])('%j in %j → %j', (q, names, expected) => expect(closest(q, names)).toBe(expected));
});

describe('checkIsoDate', () => {
	const check = checkIsoDate('--fecha');
	it.each(['2024-02-29', '2025-12-31', '2026-01-01'])('accepts %s', (d) => expect(check(d)).toBeNull());
	it.each(['2023-02-29', '2025-04-31', '2025-13-01', '2025-00-01', '2025-1-1', 'mañana', ''])(
		'rejects %j',
		(d) =>
			expect(check(d)).toMatch(
				/^--fecha «.*» (no es una fecha|no existe en el calendario): escriba el día como AAAA-MM-DD/
			)
	);
});

describe('checkPositiveInteger', () => {
	const check = checkPositiveInteger('--runs', 20);
	it.each(['1', '3', '20'])('accepts %s', (n) => expect(check(n)).toBeNull());
	it.each(['0', '-1', '2.5', 'dos', '21', ''])('rejects %j', (n) =>
		expect(check(n)).toBe(`--runs «${n}» no es válido: use un número entero de 1 a 20.`)
	);
});

describe('helpText', () => {
	it('lists every option with its value, default and whether it is required, in Spanish', () => {
		const text = helpText(ANNEX_COMMAND);
		expect(text).toMatch(/^Uso: npm run figures -- \[opciones\]/);
		expect(text).toMatch(/--out CARPETA +Carpeta donde escribir el anexo \(obligatoria\)/);
		expect(text).toMatch(/--papel a4\|carta +Tamaño del papel del PNG y del PDF \(por defecto: a4\)/);
		expect(text).toMatch(/--fecha AAAA-MM-DD +Fecha impresa/);
		expect(text).toMatch(/--help +Muestra esta ayuda/);
		expect(text).toContain('npm run figures -- --out anexo');
	});
});
