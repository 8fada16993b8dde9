/**
 * The loader accepts only what it understands: each kind of bad input gets a
 * Spanish error naming the file, the line and column, the meta or row, the
 * field, the value and what was expected. Expected messages are written by
 * hand from the fixture below (its line numbers are in the comments).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { SOURCE_PATHS } from '../../../scripts/data/sources.ts';
import { DataError, parseEdition, parseMetas, parsePlaceDecisions, parseReportInfo } from './load.ts';
import { END_MARK, invalidUtf8Offset, LIMITS } from './source.ts';

// Line numbers of the fixture, for the expected messages.
const META = [
	/*  1 */ '- number: 9',
	/*  2 */ '  title: Apoyo a la implementación del Centro ZASCA',
	/*  3 */ '  done: { text: Un centro apoyado, count: 1, unit: centro }',
	/*  4 */ "  compliance: { pct: 100, quote: '100% de cumplimiento' }",
	/*  5 */ "  progress: { pct: 100, quote: '100% de avance' }",
	/*  6 */ "  investment: { millionCop: 162, quote: '$162 millones de pesos' }",
	/*  7 */ "  funding: { status: stated, sources: [{ source: propios, sharePct: null }], quote: 'de recursos propios' }",
	/*  8 */ "  beneficiaries: { status: sin-datos, quote: 'Sin datos a la fecha.' }",
	/*  9 */ '  partners: { status: stated, names: [Cámara de Comercio], quotes: [Cámara de Comercio de Cúcuta] }',
	/* 10 */ "  period: { status: stated, text: '2024', quote: 'Vigencia 2024' }",
	/* 11 */ "  localizacion: { status: filled, scope: municipal, quote: 'en el municipio de Villa del Rosario' }",
	/* 12 */ '  places:',
	/* 13 */ '    - { name: Villa del Rosario, evidence: localizacion }',
	/* 14 */ '  notes:',
	/* 15 */ '    - kind: criterio',
	/* 16 */ '      text: El informe no dice cuántos beneficiarios tuvo la meta.',
	/* 17 */ END_MARK,
	''
].join('\n');

/** The fixture with `from` replaced by `to` (which must be there). */
function meta(from = '', to = ''): string {
	if (from && !META.includes(from)) throw new Error(`el fixture no contiene ${from}`);
	return from ? META.replace(from, to) : META;
}

function errorOf(f: () => unknown): DataError {
	try {
		f();
	} catch (e) {
		if (e instanceof DataError) return e;
		throw e;
	}
	throw new Error('no hubo error');
}

describe('parseMetas', () => {
	it('accepts a well-formed meta', () => {
		expect(parseMetas(meta())[0]).toMatchObject({ number: 9, investment: { millionCop: 162 } });
	});

	it('accepts the same data as bytes, with a BOM, with CRLF line ends or decomposed accents', () => {
		const expected = parseMetas(meta());
		const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(meta())]);
		expect(parseMetas(bom)).toEqual(expected);
		expect(parseMetas(meta().replace(/\n/g, '\r\n'))).toEqual(expected);
		expect(parseMetas(meta().normalize('NFD'))).toEqual(expected);
	});

	it.each([
		{
			name: 'a misspelt optional field (grupos for groups)',
			text: meta('  notes:', "  grupos:\n    - { label: Mujeres, count: 5, quote: '5 mujeres' }\n  notes:"),
			error:
				'metas.yaml, línea 14, columna 3: meta 9, campo «grupos»: campo desconocido «grupos»: ¿quiso decir «groups»?'
		},
		{
			name: 'notas for notes',
			text: meta('  notes:', '  notas:'),
			error:
				'metas.yaml, línea 14, columna 3: meta 9, campo «notas»: campo desconocido «notas»: ¿quiso decir «notes»?'
		},
		{
			name: 'quote for quotes in a place',
			text: meta('evidence: localizacion }', "evidence: localizacion, quote: 'Villa del Rosario' }"),
			error:
				'metas.yaml, línea 13, columna 58: meta 9, campo «places[1].quote»: campo desconocido «quote»: ¿quiso decir «quotes»?'
		},
		{
			name: 'a field written in Spanish (cita)',
			text: meta("quote: '$162 millones de pesos'", "cita: '$162 millones de pesos'"),
			// The quote itself may be missing in a «secretaria» edition: buildDataset asks for it in an «informe» one.
			error:
				'metas.yaml, línea 6, columna 34: meta 9, campo «investment.cita»: campo desconocido «cita»: ¿quiso decir «quote»?'
		},
		{
			name: 'an es-CO number written as text',
			text: meta('millionCop: 162', 'millionCop: "1.158,69"'),
			error:
				'metas.yaml, línea 6, columna 29: meta 9, campo «investment.millionCop», valor "1.158,69": escriba 1158.69: en este archivo los números llevan punto decimal y sin separador de miles'
		},
		{
			name: 'a number with a thousands dot (reads as 1.158)',
			text: meta('millionCop: 162', 'millionCop: 1.158'),
			error:
				'metas.yaml, línea 6, columna 29: meta 9, campo «investment.millionCop», valor 1.158: «1.158» parece escrito con punto de miles: si es 1158, escriba 1158: en este archivo los números llevan punto decimal y sin separador de miles'
		},
		{
			name: 'a percentage as text',
			text: meta('progress: { pct: 100', "progress: { pct: '66,7 %'"),
			error:
				'metas.yaml, línea 5, columna 20: meta 9, campo «progress.pct», valor "66,7 %": escriba 66.7: los porcentajes van como número, sin «%» y con punto decimal'
		},
		{
			name: 'a number with its unit',
			text: meta('millionCop: 162', 'millionCop: "162 millones"'),
			error:
				'metas.yaml, línea 6, columna 29: meta 9, campo «investment.millionCop», valor "162 millones": escriba solo el número, sin unidades ni comillas (la unidad la da el nombre del campo)'
		},
		{
			name: 'an infinite number',
			text: meta('millionCop: 162', 'millionCop: .inf'),
			error:
				'metas.yaml, línea 6, columna 29: meta 9, campo «investment.millionCop», valor .inf: no es un número finito (.inf, .nan): escriba la cifra del informe'
		},
		{
			name: 'a hexadecimal number',
			text: meta('millionCop: 162', 'millionCop: 0xA2'),
			error:
				'metas.yaml, línea 6, columna 29: meta 9, campo «investment.millionCop», valor 0xA2: escriba el número en decimal, con punto decimal (p. ej. 162), no en notación hexadecimal u octal'
		},
		{
			name: 'an investment beyond any meta of the report',
			text: meta('millionCop: 162', 'millionCop: 162000000'),
			error:
				'metas.yaml, línea 6, columna 29: meta 9, campo «investment.millionCop», valor 162000000: es mayor que el máximo 100.000'
		},
		{
			name: 'a percentage over 100',
			text: meta('compliance: { pct: 100', 'compliance: { pct: 160'),
			error:
				'metas.yaml, línea 4, columna 22: meta 9, campo «compliance.pct», valor 160: es mayor que el máximo 100'
		},
		{
			name: 'an unknown evidence level, near a valid one',
			text: meta('evidence: localizacion', 'evidence: localizacíon'),
			error:
				'metas.yaml, línea 13, columna 44: meta 9, campo «places[1].evidence», valor "localizacíon": se espera una de: «localizacion», «text»; ¿quiso decir «localizacion»?'
		},
		{
			name: 'a missing field',
			text: meta("  period: { status: stated, text: '2024', quote: 'Vigencia 2024' }\n", ''),
			error:
				'metas.yaml, línea 1, columna 3: meta 9, campo «period»: falta este campo (se espera un bloque de campos («campo: valor»))'
		},
		{
			name: 'a year that YAML reads as a number',
			text: meta("text: '2024'", 'text: 2024'),
			error:
				"metas.yaml, línea 10, columna 35: meta 9, campo «period.text», valor 2024: se esperaba un texto: escríbalo entre comillas ('2024')"
		},
		{
			name: 'a municipal scope with no LOCALIZACIÓN place',
			text: meta('evidence: localizacion }', 'evidence: text, quotes: [en Villa del Rosario] }'),
			error:
				'metas.yaml, línea 11, columna 42: meta 9, campo «localizacion.scope», valor "municipal": alcance municipal necesita al menos un lugar nombrado en LOCALIZACIÓN'
		},
		{
			name: 'a text place without quotes',
			text: meta(
				'    - { name: Villa del Rosario, evidence: localizacion }',
				'    - { name: Villa del Rosario, evidence: localizacion }\n    - { name: Cúcuta, evidence: text }'
			),
			error:
				'metas.yaml, línea 14, columna 7: meta 9, campo «places[2].quotes»: un lugar con evidencia «text» necesita sus citas («quotes»): dónde lo dice el informe'
		},
		{
			name: 'a note repeated with another kind',
			text: meta(
				'  notes:',
				'  notes:\n    - kind: inconsistencia\n      text: El informe no dice cuántos beneficiarios tuvo la meta.'
			),
			error:
				'metas.yaml, línea 18, columna 13: meta 9, campo «notes[2].text», valor "El informe no dice cuántos beneficiarios tuvo la meta.": la nota repite el 1.º (línea 16)'
		},
		{
			name: 'a list item copied twice',
			text: meta(
				'  notes:',
				'  notes:\n    - kind: criterio\n      text: El informe no dice cuántos beneficiarios tuvo la meta.'
			),
			error:
				'metas.yaml, línea 17, columna 7: meta 9, campo «notes[2]»: este elemento repite el 1.º de la misma lista (línea 15): borre uno'
		},
		{
			name: 'a partner named twice (case and accents aside)',
			text: meta('names: [Cámara de Comercio]', 'names: [Cámara de Comercio, CAMARA DE COMERCIO]'),
			error:
				'metas.yaml, línea 9, columna 59: meta 9, campo «partners.names[2]», valor "CAMARA DE COMERCIO": el aliado repite el 1.º (línea 9)'
		},
		{
			name: 'a field written twice',
			text: meta('  title: Apoyo', '  title: Otro título\n  title: Apoyo'),
			error:
				'metas.yaml, línea 3, columna 3: YAML inválido: el campo «title» está repetido en el mismo bloque: deje uno solo (DUPLICATE_KEY)'
		},
		{
			name: 'a repeated meta number',
			text: meta(
				END_MARK,
				META.replace('- number: 9\n  title: Apoyo', '- number: 9\n  title: Otra meta').replace(
					`${END_MARK}\n`,
					''
				) + END_MARK
			),
			error:
				'metas.yaml, línea 17, columna 11: meta 9, campo «number», valor 9: el número de meta repite el 1.º (línea 1)'
		},
		{
			name: 'an anchor and an alias',
			text: meta("text: '2024', quote: 'Vigencia 2024'", "text: &y '2024', quote: *y"),
			error: [
				'metas.yaml: 2 problemas',
				'- línea 10, columna 38: meta 9, campo «period.text»: ancla «&y»: este archivo no usa anclas ni alias (& y *); escriba el valor completo',
				'- línea 10, columna 53: meta 9, campo «period.quote»: alias «*y»: este archivo no usa anclas ni alias (& y *); escriba el valor completo'
			].join('\n')
		},
		{
			name: 'a YAML tag',
			text: meta('millionCop: 162', 'millionCop: !!str 162'),
			error:
				'metas.yaml, línea 6, columna 35: meta 9, campo «investment.millionCop»: etiqueta «!!str»: este archivo no usa etiquetas YAML («!...»); quítela'
		},
		{
			name: 'a tab inside a text',
			text: meta('title: Apoyo a la', 'title: Apoyo\ta la'),
			error:
				'metas.yaml, línea 2, columna 10: meta 9, campo «title», valor "Apoyo\\ta la implementación del Centro ZASCA": el texto tiene un tabulador: use un espacio'
		},
		{
			name: 'a tab that indents',
			text: meta('  notes:', '\tnotes:'),
			error:
				/^metas\.yaml: \d+ problemas\n- línea 14, columna 1: YAML inválido: hay un tabulador al comienzo de la línea: YAML solo admite espacios para sangrar\n/
		},
		{
			name: 'a replacement character left by a bad conversion',
			text: meta('implementación', 'implementaci\uFFFDn'),
			error:
				'metas.yaml, línea 2, columna 33: hay un carácter de reemplazo «\uFFFD» (U+FFFD): una conversión de codificación perdió una letra; copie de nuevo ese texto del informe'
		},
		{
			name: 'text converted twice (mojibake)',
			text: meta('implementación', 'implementaciÃ³n'),
			error:
				'metas.yaml, línea 2, columna 33: «Ã³» es texto mal convertido (UTF-8 leído como Latin-1, p. ej. «Ã³» en lugar de «ó»); copie de nuevo ese texto del informe'
		},
		{
			name: 'a file cut short',
			text: META.slice(0, META.indexOf('  notes:')),
			error:
				'metas.yaml, línea 13, columna 1: el archivo no termina con la línea «# fin del archivo»: puede haberse cortado al guardar o al copiar. Revise que el final esté completo y vuelva a poner esa línea al final'
		},
		{
			name: 'an empty list of metas',
			text: `[]\n${END_MARK}\n`,
			error: 'metas.yaml, línea 1, columna 1: el archivo no tiene ninguna meta'
		}
	])('rejects $name', ({ text, error }) => {
		const message = errorOf(() => parseMetas(text)).message;
		if (typeof error === 'string') expect(message).toBe(error);
		else expect(message).toMatch(error);
	});

	it('rejects bytes that are not UTF-8, naming the byte, its offset and line', () => {
		// «ó» of line 2 saved as Latin-1 (0xF3): offset = 12 bytes of line 1 + 32 bytes before it on line 2.
		const utf8 = new TextEncoder().encode(meta());
		const at = utf8.indexOf(0xc3);
		const latin1 = new Uint8Array([...utf8.slice(0, at), 0xf3, ...utf8.slice(at + 2)]);
		expect(at).toBe(44);
		expect(errorOf(() => parseMetas(latin1)).message).toBe(
			'metas.yaml, línea 2, columna 33: el archivo no está en UTF-8: el byte 0xF3 (posición 44 del archivo) no es UTF-8 válido (en Latin-1 o Windows-1252 sería «ó»); guárdelo con la codificación «UTF-8» (en el Bloc de notas o VS Code: Guardar como › Codificación › UTF-8)'
		);
	});

	it('rejects a file saved as UTF-16', () => {
		const le = new Uint8Array([
			0xff,
			0xfe,
			...[...meta()].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])
		]);
		expect(errorOf(() => parseMetas(le)).message).toMatch(
			/^metas\.yaml, línea 1, columna 1: el archivo está guardado en UTF-16/
		);
	});

	it('rejects a file, a text or a list too large, and an alias bomb, before expanding anything', () => {
		const big = `# ${'x'.repeat(LIMITS.fileBytes)}\n${meta()}`;
		expect(errorOf(() => parseMetas(big)).message).toMatch(
			/^metas\.yaml: el archivo pesa 1\.001 kB; el máximo es 1\.000 kB/
		);
		const long = meta('title: Apoyo a la', `title: ${'Apoyo '.repeat(1000)}a la`);
		expect(errorOf(() => parseMetas(long)).message).toMatch(
			/^metas\.yaml, línea 2, columna 10: meta 9, campo «title», valor "Apoyo Apoyo .*: el texto tiene 6\.036 caracteres; el máximo es 5\.000/
		);
		const names = Array.from({ length: LIMITS.listItems + 1 }, (_, i) => `Aliado ${i}`).join(', ');
		expect(
			errorOf(() => parseMetas(meta('names: [Cámara de Comercio]', `names: [${names}]`))).message
		).toMatch(
			/^metas\.yaml, línea 9, columna 38: meta 9, campo «partners\.names»: la lista tiene 201 elementos; el máximo es 200/
		);
		const nine = (x: string) => Array(9).fill(x).join(', ');
		const bomb = `a: &a [${nine('x')}]\nb: &b [${nine('*a')}]\nc: [${nine('*b')}]\n${END_MARK}\n`;
		const e = errorOf(() => parseReportInfo(bomb));
		expect(e.problems.every((p) => /anclas ni alias/.test(p.text) && p.line !== null)).toBe(true);
	});

	it('rejects a YAML directive and a second document', () => {
		expect(errorOf(() => parseMetas(`%YAML 1.1\n---\n${meta()}`)).message).toMatch(
			/^metas\.yaml, línea 1, columna 1: directiva YAML/
		);
		expect(errorOf(() => parseMetas(meta(END_MARK, `---\n- number: 10\n${END_MARK}`))).message).toMatch(
			/más de un documento/
		);
	});

	it('does not mutate its input', () => {
		const bytes = new TextEncoder().encode(meta());
		const copy = bytes.slice();
		parseMetas(bytes);
		expect(bytes).toEqual(copy);
	});
});

describe('parsePlaceDecisions', () => {
	const row = (patch: string) =>
		`- { name: La Gabarra, decision: corregimiento, divipola: ${patch}, reason: 'Corregimiento de Tibú.' }\n${END_MARK}\n`;

	it.each([
		{
			name: 'a DIVIPOLA code outside the department',
			text: row("'8100'"),
			error:
				'lugares.yaml, línea 1, columna 58: fila 1 («La Gabarra»), campo «divipola», valor "8100": se esperaba el código DIVIPOLA de un municipio: 5 cifras, entre comillas, como en geodata/municipios.json'
		},
		{
			name: 'a DIVIPOLA code without quotes',
			text: row('54810'),
			error:
				"lugares.yaml, línea 1, columna 58: fila 1 («La Gabarra»), campo «divipola», valor 54810: se esperaba un texto: escríbalo entre comillas ('54810')"
		},
		{
			name: 'a misspelt decision field',
			text: `- { name: La Gabarra, desicion: corregimiento, divipola: '54810', reason: 'Corregimiento de Tibú.' }\n${END_MARK}\n`,
			error: [
				'lugares.yaml: 2 problemas',
				'- línea 1, columna 3: fila 1 («La Gabarra»), campo «decision»: falta este campo (se espera una de: «errata», «alias», «corregimiento», «fuera», «departamento»)',
				'- línea 1, columna 23: fila 1 («La Gabarra»), campo «desicion»: campo desconocido «desicion»: ¿quiso decir «decision»?'
			].join('\n')
		},
		{
			name: 'two decisions for one name (accents aside)',
			text: `- { name: Cágota, decision: errata, divipola: '54125', reason: 'Cácota con una letra cambiada.' }\n- { name: cagota, decision: errata, divipola: '54125', reason: 'Cácota con otra grafía.' }\n${END_MARK}\n`,
			error:
				'lugares.yaml, línea 2, columna 11: fila 2 («cagota»), campo «name», valor "cagota": el nombre (sin tildes ni mayúsculas) repite el 1.º (línea 1)'
		}
	])('rejects $name', ({ text, error }) => {
		expect(errorOf(() => parsePlaceDecisions(text)).message).toBe(error);
	});
});

describe('every field the 2024-2025 files use', () => {
	type Json = Record<string, unknown> | unknown[];
	/** One instance of each field, by its path with list positions left out («places.*.quotes»). */
	function fields(data: unknown): { pattern: string; path: (string | number)[] }[] {
		const found = new Map<string, (string | number)[]>();
		const walk = (v: unknown, path: (string | number)[]) => {
			if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
			else if (v && typeof v === 'object') {
				for (const [k, x] of Object.entries(v)) {
					const pattern = [...path, k].map((p) => (typeof p === 'number' ? '*' : p)).join('.');
					if (!found.has(pattern)) found.set(pattern, [...path, k]);
					walk(x, [...path, k]);
				}
			}
		};
		walk(data, []);
		return [...found].map(([pattern, path]) => ({ pattern, path }));
	}
	const renamed = (data: unknown, path: (string | number)[], to: string): unknown => {
		const copy = structuredClone(data) as Json;
		let parent = copy as Record<string | number, unknown>;
		for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
		const key = String(path.at(-1));
		const entries = Object.entries(parent).map(([k, v]) => [k === key ? to : k, v]);
		for (const k of Object.keys(parent)) delete parent[k];
		Object.assign(parent, Object.fromEntries(entries));
		return copy;
	};
	const asFile = (data: unknown) => `${stringify(data, { lineWidth: 0 })}${END_MARK}\n`;
	const files = [
		{ name: 'edicion.yaml', path: SOURCE_PATHS.edicion, parse: parseEdition },
		{ name: 'metas.yaml', path: SOURCE_PATHS.metas, parse: parseMetas },
		{ name: 'informe.yaml', path: SOURCE_PATHS.informe, parse: parseReportInfo },
		{ name: 'lugares.yaml', path: SOURCE_PATHS.lugares, parse: parsePlaceDecisions }
	];
	const cases = files.flatMap((f) => {
		const data = parseYaml(readFileSync(f.path, 'utf8')) as unknown;
		return fields(data).map(({ pattern, path }) => {
			// A list file: only the row holding the field is read (the others change nothing here).
			const [rowData, rowPath] = Array.isArray(data)
				? [[data[path[0] as number]], [0, ...path.slice(1)]]
				: [data, path];
			return { file: f.name, pattern, parse: f.parse, data: rowData, path: rowPath };
		});
	});

	// 22 fields in edicion.yaml (counted by hand from the schema), 59 in metas.yaml (notes carry
	// quotes and metas), 36 in informe.yaml (notes carry quotes), 5 in lugares.yaml.
	it('are 122 fields in all (one test each)', () => {
		expect(cases.length).toBe(122);
	});

	it.each(cases)(
		'$file: $pattern misspelt is refused, with the field as suggestion',
		({ parse, data, path }) => {
			const key = String(path.at(-1));
			expect(() => parse(asFile(data))).not.toThrow();
			const message = errorOf(() => parse(asFile(renamed(data, path, `${key}_x`)))).message;
			expect(message).toContain(`campo desconocido «${key}_x»: ¿quiso decir «${key}»?`);
		}
	);
});

describe('invalidUtf8Offset', () => {
	it.each([
		{ bytes: [0x61, 0x62], expected: -1 },
		{ bytes: [0xc3, 0xb3], expected: -1 },
		{ bytes: [0x61, 0xff], expected: 1 },
		{ bytes: [0x61, 0xc3], expected: 1 },
		{ bytes: [0x80], expected: 0 },
		{ bytes: [0xc0, 0xaf], expected: 0 },
		{ bytes: [0xed, 0xa0, 0x80], expected: 0 },
		{ bytes: [0xf0, 0x9f, 0x98, 0x80], expected: -1 },
		{ bytes: [0xf4, 0x90, 0x80, 0x80], expected: 0 }
	])('$bytes -> $expected', ({ bytes, expected }) => {
		expect(invalidUtf8Offset(new Uint8Array(bytes))).toBe(expected);
	});
});
