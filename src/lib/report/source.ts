/**
 * From the bytes of a data file to plain data that remembers where each value
 * was written. Only what this project uses is accepted: UTF-8, one YAML
 * document without anchors, aliases, tags or directives, numbers written as
 * plain decimals, and sizes far above the real files but far below an
 * accident. Every problem gets a line and column and a Spanish sentence.
 */
import {
	isAlias,
	isMap,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	type Document,
	type Node,
	type YAMLError
} from 'yaml';
import { DataError, type DataProblem } from './errors.ts';

/** Caps, each an order of magnitude above the 2024-2025 files (measured: 58 kB, 631 characters, 19 items). */
export const LIMITS = {
	/** Largest data file, in bytes (or characters for text already decoded). */
	fileBytes: 1_000_000,
	/** Longest text value, in characters. */
	textChars: 5_000,
	/** Longest list. */
	listItems: 200,
	/** Decimals in a number: the report gives millions and percentages with at most 2. */
	decimals: 2,
	/** Largest number anywhere (the schema sets tighter bounds per field). */
	magnitude: 1e9
} as const;

export interface Position {
	line: number;
	column: number;
}

export type DataPath = readonly PropertyKey[];

/** A parsed data file: its plain data and where each value was written. */
export interface SourceDoc {
	file: string;
	data: unknown;
	/** Where the value at `path` (or, with `key`, its field name) was written; else the nearest enclosing node. */
	locate(path: DataPath, part?: 'key' | 'value'): Position | null;
	/** A problem at `path`: «meta 6, campo «notes[2].text», valor "…": text», at its line. */
	problemAt(
		path: DataPath,
		text: string,
		opts?: { part?: 'key' | 'value'; showValue?: boolean; value?: unknown; written?: string }
	): DataProblem;
}

// ---------------------------------------------------------------- decoding

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_LOOSE = new TextDecoder('utf-8');
const LATIN1 = new TextDecoder('latin1');

/** Offset of the first byte that is not valid UTF-8 (RFC 3629), or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		const n =
			b < 0x80
				? 0
				: b >= 0xc2 && b <= 0xdf
					? 1
					: b >= 0xe0 && b <= 0xef
						? 2
						: b >= 0xf0 && b <= 0xf4
							? 3
							: -1;
		if (n < 0) return i;
		for (let k = 1; k <= n; k++) {
			const c = bytes[i + k];
			let lo = 0x80;
			let hi = 0xbf;
			if (k === 1 && b === 0xe0) lo = 0xa0;
			if (k === 1 && b === 0xed) hi = 0x9f;
			if (k === 1 && b === 0xf0) lo = 0x90;
			if (k === 1 && b === 0xf4) hi = 0x8f;
			if (c === undefined || c < lo || c > hi) return i;
		}
		i += n + 1;
	}
	return -1;
}

function bytePosition(bytes: Uint8Array, offset: number): Position {
	let line = 1;
	let start = 0;
	for (let i = 0; i < offset; i++) {
		if (bytes[i] === 0x0a) {
			line++;
			start = i + 1;
		}
	}
	return { line, column: UTF8_LOOSE.decode(bytes.subarray(start, offset)).length + 1 };
}

const SAVE_AS_UTF8 =
	'guárdelo con la codificación «UTF-8» (en el Bloc de notas o VS Code: Guardar como › Codificación › UTF-8)';

function decodeBytes(bytes: Uint8Array, file: string): string {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		throw new DataError(file, [
			{ line: 1, column: 1, text: `el archivo está guardado en UTF-16; ${SAVE_AS_UTF8}` }
		]);
	}
	try {
		return UTF8.decode(bytes); // also drops a leading BOM, which is fine
	} catch {
		const offset = invalidUtf8Offset(bytes);
		const b = bytes[offset];
		const latin = b >= 0xc0 ? LATIN1.decode(bytes.subarray(offset, offset + 1)) : '';
		throw new DataError(file, [
			{
				...bytePosition(bytes, Math.max(offset, 0)),
				text:
					`el archivo no está en UTF-8: el byte 0x${b?.toString(16).toUpperCase().padStart(2, '0')} ` +
					`(posición ${offset} del archivo) no es UTF-8 válido` +
					(latin ? ` (en Latin-1 o Windows-1252 sería «${latin}»)` : '') +
					`; ${SAVE_AS_UTF8}`
			}
		]);
	}
}

/** Text a careful editor never produces: each is the mark of a bad conversion or an invisible character. */
const SUSPECT: { re: RegExp; text: (m: string) => string }[] = [
	{
		re: /\uFFFD/g,
		text: () =>
			'hay un carácter de reemplazo «\uFFFD» (U+FFFD): una conversión de codificación perdió una letra; ' +
			'copie de nuevo ese texto del informe'
	},
	{
		re: /Ã[\u0080-\u00BF]|Â[\u0080-\u00BF]|â€/g,
		text: (m) =>
			`«${m}» es texto mal convertido (UTF-8 leído como Latin-1, p. ej. «Ã³» en lugar de «ó»); ` +
			'copie de nuevo ese texto del informe'
	},
	{
		// eslint-disable-next-line no-control-regex -- these are exactly the characters being looked for
		re: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2028\u2029\uFEFF]/g,
		text: (m) =>
			`hay un carácter de control invisible U+${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` +
			(m === '\u0000' ? ' (¿el archivo está guardado en UTF-16?)' : '') +
			'; bórrelo'
	}
];

/** Problems of the decoded text as a whole: marks of bad conversions, invisible characters. */
function textProblems(text: string, lc: LineCounter): DataProblem[] {
	const out: DataProblem[] = [];
	// Mis-decoded text brings C1 controls along («Ã\u0093»): report the cause, not each byte.
	const mojibake = SUSPECT[1].re.test(text);
	SUSPECT[1].re.lastIndex = 0;
	for (const { re, text: say } of SUSPECT) {
		if (mojibake && re === SUSPECT[2].re) continue;
		let n = 0;
		for (const m of text.matchAll(re)) {
			if (n++ === 5) break; // a file full of them needs one fix, not a hundred lines
			const { line, col } = lc.linePos(m.index);
			out.push({ line, column: col, text: say(m[0]) });
		}
	}
	return out;
}

/** The text of a data file: strict UTF-8 for bytes; a BOM is fine; capped in size. */
export function decodeSource(input: string | Uint8Array, file: string): string {
	const size = typeof input === 'string' ? input.length : input.byteLength;
	if (size > LIMITS.fileBytes) {
		throw new DataError(file, [
			`el archivo pesa ${Math.ceil(size / 1000).toLocaleString('es-CO')} kB; ` +
				`el máximo es ${(LIMITS.fileBytes / 1000).toLocaleString('es-CO')} kB (el de un informe entero pesa menos de 60 kB): ¿es el archivo correcto?`
		]);
	}
	const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeBytes(input, file);
	// Accents typed or saved decomposed (macOS) are the same letters: compare and publish them composed.
	return text.normalize('NFC');
}

/**
 * The line every data file ends with. A file cut short (a failed save, a
 * partial paste) can still be valid YAML that silently lacks its last facts;
 * without this line it is refused.
 */
export const END_MARK = '# fin del archivo';

function endProblem(text: string, lc: LineCounter): DataProblem | null {
	const trimmed = text.trimEnd();
	const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
	if (lastLine.startsWith(END_MARK)) return null;
	const { line } = lc.linePos(trimmed.length);
	return {
		line,
		column: 1,
		text:
			`el archivo no termina con la línea «${END_MARK}»: puede haberse cortado al guardar o al copiar. ` +
			'Revise que el final esté completo y vuelva a poner esa línea al final'
	};
}

// ---------------------------------------------------------------- YAML

/** Spanish for the YAML parser's error codes: what to fix, not the parser's words. */
const YAML_MESSAGES: Partial<Record<YAMLError['code'], string>> = {
	DUPLICATE_KEY: 'el campo está repetido en el mismo bloque: deje uno solo',
	TAB_AS_INDENT: 'hay un tabulador al comienzo de la línea: YAML solo admite espacios para sangrar',
	MULTIPLE_DOCS: 'el archivo tiene más de un documento («---»): deje uno solo',
	BAD_INDENT: 'la sangría no cuadra: los campos de un mismo bloque empiezan en la misma columna',
	MISSING_CHAR: 'falta un carácter de cierre (comillas, «]» o «}»)',
	BLOCK_AS_IMPLICIT_KEY: 'hay dos «:» en la misma línea: ponga el texto entre comillas',
	MULTILINE_IMPLICIT_KEY: 'un nombre de campo no puede ocupar varias líneas',
	UNEXPECTED_TOKEN: 'hay un carácter inesperado: revise comillas, «:», «-», «[» y «{»',
	BAD_DQ_ESCAPE: 'escape inválido entre comillas dobles («\\»): use comillas simples',
	BAD_SCALAR_START: 'un texto no puede empezar con ese carácter sin comillas: póngalo entre comillas',
	BLOCK_IN_FLOW: 'una lista o bloque dentro de «[...]» o «{...}» debe escribirse en la misma forma',
	KEY_OVER_1024_CHARS: 'nombre de campo demasiado largo: ¿falta un salto de línea?',
	TAG_RESOLVE_FAILED: 'etiqueta YAML desconocida («!...»): quítela',
	BAD_ALIAS: 'alias inválido («*...»): este archivo no usa anclas ni alias',
	RESOURCE_EXHAUSTION: 'el archivo expande demasiados alias: este archivo no usa anclas ni alias',
	NON_STRING_KEY: 'los nombres de campo son texto simple'
};

function yamlMessage(e: YAMLError, text: string): string {
	if (e.code === 'DUPLICATE_KEY') {
		const key = /^[^:\n]*/.exec(text.slice(e.pos[0]))?.[0].trim();
		if (key)
			return `YAML inválido: el campo «${key}» está repetido en el mismo bloque: deje uno solo (${e.code})`;
	}
	return `YAML inválido: ${YAML_MESSAGES[e.code] ?? 'el archivo no se puede leer como YAML'} (${e.code})`;
}

const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** "1.158", "12.972.000": a dot before exactly three digits, as the report writes thousands. */
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

/** Why a number written as `source` is refused, or null. */
function numberProblem(value: number, source: string): string | null {
	if (!Number.isFinite(value)) {
		return 'no es un número finito (.inf, .nan): escriba la cifra del informe';
	}
	if (!DECIMAL.test(source)) {
		return `escriba el número en decimal, con punto decimal (p. ej. ${value}), no en notación ${/e/i.test(source) ? 'exponencial' : 'hexadecimal u octal'}`;
	}
	const decimals = (source.split('.')[1] ?? '').replace(/0+$/, '').length;
	if (THOUSANDS.test(source)) {
		return (
			`«${source}» parece escrito con punto de miles: si es ${source.replace(/\./g, '')}, escriba ${source.replace(/\./g, '')}` +
			': en este archivo los números llevan punto decimal y sin separador de miles'
		);
	}
	if (decimals > LIMITS.decimals) {
		return `tiene ${decimals} decimales; el informe da a lo sumo ${LIMITS.decimals}`;
	}
	if (Math.abs(value) > LIMITS.magnitude) return 'es un número fuera de toda proporción para este informe';
	return null;
}

/** Why a text value is refused, or null (marks of bad conversions are found on the whole file). */
function textProblem(value: string): string | null {
	if (value.length > LIMITS.textChars) {
		return `el texto tiene ${value.length.toLocaleString('es-CO')} caracteres; el máximo es ${LIMITS.textChars.toLocaleString('es-CO')}: ¿se pegó algo de más?`;
	}
	if (value.includes('\t')) return 'el texto tiene un tabulador: use un espacio';
	return null;
}

function rangeStart(node: { range?: readonly number[] | null } | null | undefined): number | null {
	return node?.range ? node.range[0] : null;
}

/** The node at `path`, and the key node of its field, walking maps and lists. */
function nodeAt(doc: Document, path: DataPath): { node: unknown; key: unknown; parent: unknown }[] {
	const trail: { node: unknown; key: unknown; parent: unknown }[] = [
		{ node: doc.contents, key: null, parent: null }
	];
	let cur: unknown = doc.contents;
	for (const seg of path) {
		let next: { node: unknown; key: unknown; parent: unknown } | undefined;
		if (isMap(cur)) {
			const pair = cur.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
			if (pair) next = { node: pair.value, key: pair.key, parent: cur };
		} else if (isSeq(cur) && typeof seg === 'number') {
			if (seg < cur.items.length) next = { node: cur.items[seg], key: null, parent: cur };
		}
		if (!next) break;
		trail.push(next);
		cur = next.node;
	}
	return trail;
}

function fieldPath(path: DataPath): string {
	return path
		.map((seg, i) => (typeof seg === 'number' ? `[${seg + 1}]` : `${i === 0 ? '' : '.'}${String(seg)}`))
		.join('');
}

/** A value as the message shows it: JSON, long texts cut (inside their quotes). */
function shown(value: unknown): string {
	if (typeof value === 'string' && value.length > 60) return JSON.stringify(`${value.slice(0, 59)}…`);
	return JSON.stringify(value) ?? String(value);
}

/** «meta 6» or «fila 3 («La Gabarra»)», read from the document so it works before the data exists. */
function rowLabel(doc: Document, index: number): string {
	const row = isSeq(doc.contents) ? doc.contents.items[index] : undefined;
	const field = (k: string) => (isMap(row) ? row.get(k) : undefined);
	const number = field('number');
	if (typeof number === 'number' && Number.isInteger(number)) return `meta ${number}`;
	const name = field('name') ?? field('id');
	return `fila ${index + 1}${typeof name === 'string' ? ` («${name.slice(0, 60)}»)` : ''}`;
}

export function valueAt(data: unknown, path: DataPath): unknown {
	let v = data;
	for (const k of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<PropertyKey, unknown>)[k];
	}
	return v;
}

function makeDoc(file: string, doc: Document, lc: LineCounter, data: unknown): SourceDoc {
	const pos = (offset: number): Position => {
		const { line, col } = lc.linePos(offset);
		return { line, column: col };
	};
	const locate: SourceDoc['locate'] = (path, part = 'value') => {
		const trail = nodeAt(doc, path);
		const found = trail.length === path.length + 1;
		const last = trail[trail.length - 1];
		if (found && part === 'key' && last.key) return pos(rangeStart(last.key as Node)!);
		for (let i = trail.length - 1; i >= 0; i--) {
			// A missing field is reported where its enclosing block starts.
			const start = rangeStart(trail[i].node as Node) ?? rangeStart(trail[i].key as Node);
			if (start !== null) return pos(start);
		}
		return null;
	};
	return {
		file,
		data,
		locate,
		problemAt(path, text, opts = {}) {
			const where: string[] = [];
			let rest = path;
			if (typeof path[0] === 'number') {
				where.push(rowLabel(doc, path[0]));
				rest = path.slice(1);
			}
			if (rest.length) where.push(`campo «${fieldPath(rest)}»`);
			const value = 'value' in opts ? opts.value : valueAt(data, path);
			if ((opts.showValue ?? true) && value !== undefined && (value === null || typeof value !== 'object')) {
				where.push(`valor ${opts.written ?? shown(value)}`);
			}
			const p = locate(path, opts.part);
			return {
				line: p?.line ?? null,
				column: p?.column ?? null,
				text: `${where.join(', ')}${where.length ? ': ' : ''}${text}`
			};
		}
	};
}

/**
 * Reads one YAML data file. Throws a DataError listing every problem found at
 * this level (encoding, YAML syntax, anchors, tags, number notation, sizes,
 * repeated list items); the schema checks come after, in load.ts.
 */
export function readYaml(input: string | Uint8Array, file: string): SourceDoc {
	const text = decodeSource(input, file);
	const lc = new LineCounter();
	const doc = parseDocument(text, {
		lineCounter: lc,
		prettyErrors: false,
		strict: true,
		uniqueKeys: true,
		merge: false,
		version: '1.2',
		schema: 'core'
	});
	const pos = (offset: number): Position => {
		const { line, col } = lc.linePos(offset);
		return { line, column: col };
	};
	const problems: DataProblem[] = textProblems(text, lc);
	const end = endProblem(text, lc);
	if (end) problems.push(end);
	const yamlErrors = [...doc.errors, ...doc.warnings];
	if (yamlErrors.length) {
		// One slip (a tab, a missing quote) makes the parser report every later line: the first few say it.
		for (const m of [...text.matchAll(/^ *\t/gm)].slice(0, 3)) {
			problems.push({ ...pos(m.index), text: `YAML inválido: ${YAML_MESSAGES.TAB_AS_INDENT}` });
		}
		for (const e of yamlErrors.slice(0, 3)) problems.push({ ...pos(e.pos[0]), text: yamlMessage(e, text) });
		if (yamlErrors.length > 3) {
			problems.push({
				...pos(yamlErrors[3].pos[0]),
				text: `y ${yamlErrors.length - 3} errores de YAML más: corrija los anteriores, que suelen causarlos`
			});
		}
	}
	if (doc.directives?.yaml.explicit || Object.keys(doc.directives?.tags ?? {}).some((t) => t !== '!!')) {
		const at = Math.max(0, text.search(/^%/m));
		problems.push({ ...pos(at), text: 'directiva YAML («%YAML», «%TAG»): este archivo no las usa; bórrela' });
	}
	if (problems.length) throw new DataError(file, problems);

	// Before the data exists (aliases are not expanded yet), problems are placed through the document.
	const located = makeDoc(file, doc, lc, undefined);
	const counts = new Map<string, number>();
	const here = (
		path: DataPath,
		node: unknown,
		text: string,
		kind = text,
		value?: unknown,
		written?: string
	) => {
		const n = (counts.get(kind) ?? 0) + 1;
		counts.set(kind, n);
		if (n > 5) return; // the same slip fifty times needs one fix, not fifty lines
		const start = rangeStart(node as Node);
		const where = located.problemAt(path, text, { value, written, showValue: value !== undefined });
		problems.push(start === null ? where : { ...where, ...pos(start) });
	};
	const NO_ANCHORS = 'este archivo no usa anclas ni alias (& y *); escriba el valor completo';
	const props = (path: DataPath, node: Node) => {
		if (node.anchor) here(path, node, `ancla «&${node.anchor}»: ${NO_ANCHORS}`, 'anchor');
		if (node.tag) {
			const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
			here(path, node, `etiqueta «${tag}»: este archivo no usa etiquetas YAML («!...»); quítela`, 'tag');
		}
	};
	const walk = (node: unknown, path: PropertyKey[]): void => {
		if (node === null || node === undefined) return;
		if (isAlias(node)) {
			here(path, node, `alias «*${node.source}»: ${NO_ANCHORS}`, 'alias');
			return;
		}
		props(path, node as Node);
		if (isMap(node)) {
			for (const pair of node.items) {
				if (!isScalar(pair.key)) {
					here(
						path,
						pair.key,
						'nombre de campo compuesto («? ...» o «[...]:»): los nombres de campo son texto simple'
					);
					continue;
				}
				const key = String(pair.key.value);
				props([...path, key], pair.key);
				walk(pair.value, [...path, key]);
			}
		} else if (isSeq(node)) {
			if (node.items.length > LIMITS.listItems) {
				here(
					path,
					node,
					`la lista tiene ${node.items.length} elementos; el máximo es ${LIMITS.listItems}: ¿se repitió algo?`
				);
			}
			node.items.forEach((item, i) => walk(item, [...path, i]));
		} else if (isScalar(node)) {
			const source = node.source ?? String(node.value);
			const why =
				typeof node.value === 'number'
					? numberProblem(node.value, source)
					: typeof node.value === 'string'
						? textProblem(node.value)
						: null;
			if (why) here(path, node, why, why, node.value, typeof node.value === 'number' ? source : undefined);
		}
	};
	walk(doc.contents, []);
	if (problems.length) throw new DataError(file, problems);

	// No aliases are left, so nothing can expand; 0 makes sure of it.
	const data: unknown = doc.toJS({ maxAliasCount: 0 });
	if (data === null || data === undefined) {
		throw new DataError(file, [
			{ line: 1, column: 1, text: 'el archivo está vacío (o solo tiene comentarios)' }
		]);
	}
	const source = makeDoc(file, doc, lc, data);

	// A repeated list item is a copy-paste slip wherever it happens. One bottom-up pass gives every
	// value its canonical JSON (keys sorted: the same item with its fields in another order matches).
	const dupes: DataProblem[] = [];
	const canonical = (v: unknown, path: PropertyKey[]): string => {
		if (Array.isArray(v)) {
			const first = new Map<string, number>();
			const parts = v.map((item, i) => {
				const k = canonical(item, [...path, i]);
				const j = first.get(k);
				if (j === undefined) first.set(k, i);
				else {
					const p = source.locate([...path, j]);
					dupes.push(
						source.problemAt(
							[...path, i],
							`este elemento repite el ${j + 1}.º de la misma lista${p ? ` (línea ${p.line})` : ''}: borre uno`
						)
					);
				}
				return k;
			});
			return `[${parts.join(',')}]`;
		}
		if (v && typeof v === 'object') {
			const keys = Object.keys(v).sort();
			return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k], [...path, k])}`).join(',')}}`;
		}
		return JSON.stringify(v) ?? 'null';
	};
	canonical(data, []);
	if (dupes.length) throw new DataError(file, dupes);
	return source;
}
