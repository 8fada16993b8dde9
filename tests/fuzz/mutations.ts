/**
 * Deterministic mutations of the data files, each of a named class with the
 * outcome the loader owes it:
 *
 * - `error`: must be refused with a Spanish error that locates the problem;
 * - `same`: must be accepted with a published dataset deep-equal to the original
 *   (a formatting change: comments, quoting, whitespace, key order, BOM, CRLF...);
 * - `permutation`: accepted, equal to the original up to the order of list items;
 * - `same-or-error`: either of those two;
 * - `edit`: a deliberate edit of the data (a deleted optional field, a changed
 *   number or text): the loader cannot know it is wrong, any clean outcome is fine.
 *
 * Structural mutations are checked against an independent reading of the
 * mutated text (the yaml package with default options): a rename must rename,
 * a formatting change must leave the data equal; candidates that do not are
 * skipped, so every mutation is what its class says.
 */
import { parseDocument } from 'yaml';
import type { Corpus, DataFile, ItemInfo, PairInfo, Path, ScalarInfo } from './corpus.ts';
import { rng, type Rng } from './prng.ts';

export type Expect = 'error' | 'same' | 'permutation' | 'same-or-error' | 'edit';

export interface Mutation {
	/** Class and ordinal: «clave-casi-igual-7». */
	id: string;
	cls: string;
	file: DataFile;
	note: string;
	expect: Expect;
	input: string | Uint8Array;
	/** A problem must be reported at this line. */
	line?: number;
	/** The error message must contain each of these. */
	mentions?: string[];
}

type Draft = Omit<Mutation, 'id' | 'cls' | 'file'>;

// ------------------------------------------------------------ helpers

const splice = (text: string, start: number, end: number, insert: string) =>
	text.slice(0, start) + insert + text.slice(end);

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** Canonical JSON: key order does not matter, list order does. */
export function canonical(v: unknown): string {
	if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
	if (v && typeof v === 'object') {
		return `{${Object.keys(v)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(v) ?? 'undefined';
}

/** Canonical JSON with every list sorted: equal when two values differ only in the order of list items. */
export function canonicalUnordered(v: unknown): string {
	if (Array.isArray(v)) return `[${v.map(canonicalUnordered).sort().join(',')}]`;
	if (v && typeof v === 'object') {
		return `{${Object.keys(v)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonicalUnordered((v as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(v) ?? 'undefined';
}

/** The data an ordinary YAML reader sees in `text`, or `undefined` when it does not parse. */
function lenient(text: string): unknown {
	try {
		const doc = parseDocument(text);
		if (doc.errors.length) return undefined;
		return doc.toJS({ maxAliasCount: -1 });
	} catch {
		return undefined;
	}
}

function clone<T>(v: T): T {
	return structuredClone(v);
}

function at(data: unknown, path: Path): unknown {
	let v = data;
	for (const k of path) v = (v as Record<string | number, unknown>)?.[k];
	return v;
}

function setAt(data: unknown, path: Path, value: unknown): void {
	const parent = at(data, path.slice(0, -1)) as Record<string | number, unknown>;
	parent[path[path.length - 1]] = value;
}

/**
 * Whether an ordinary YAML reader sees `expected` in the mutated `text`, whose
 * change replaced [start, end) of the original. In a file that is a list (metas,
 * lugares) only the top-level items around the change are read again: the
 * rest of the text is the original's, and reading 60 kB for every candidate
 * would cost most of the suite's time.
 */
function verify(c: Corpus, text: string, expected: unknown, start: number, end: number): boolean {
	const top = c.items.filter((it) => it.path.length === 1);
	if (!Array.isArray(c.data) || !Array.isArray(expected) || !top.length) {
		return canonical(lenient(text)) === canonical(expected);
	}
	const regionStart = (i: number) => lineStart(c.text, top[i].start);
	const containing = (offset: number) => {
		let k = -1;
		top.forEach((_, i) => {
			if (regionStart(i) <= offset) k = i;
		});
		return k;
	};
	const a = containing(start);
	const b = containing(end);
	if (a < 0 || b < 0) return canonical(lenient(text)) === canonical(expected);
	const r0 = regionStart(a);
	const r1 = b + 1 < top.length ? regionStart(b + 1) : c.text.length;
	const delta = text.length - c.text.length;
	// Text after the region is untouched: it must still follow exactly.
	if (text.slice(r1 + delta) !== c.text.slice(r1)) return false;
	const slice = lenient(text.slice(r0, r1 + delta));
	const extra = expected.length - (c.data as unknown[]).length;
	return canonical(slice) === canonical(expected.slice(a, b + 1 + extra));
}

function esCo(n: number): string {
	const [int, dec] = String(n).split('.');
	return int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (dec ? `,${dec}` : '');
}

const numbers = (c: Corpus) => c.scalars.filter((s) => typeof s.value === 'number');
const strings = (c: Corpus) => c.scalars.filter((s) => typeof s.value === 'string');
const values = (c: Corpus) => c.scalars;
const sameParent = (a: Path, b: Path) => canonical(a.slice(0, -1)) === canonical(b.slice(0, -1));
const markerStart = (c: Corpus) => c.text.lastIndexOf('# fin del archivo');

function nextPair(c: Corpus, p: PairInfo): PairInfo | undefined {
	return c.pairs.find((q) => sameParent(q.path, p.path) && q.index === p.index + 1);
}
function prevPair(c: Corpus, p: PairInfo): PairInfo | undefined {
	return c.pairs.find((q) => sameParent(q.path, p.path) && q.index === p.index - 1);
}
function nextItem(c: Corpus, it: ItemInfo): ItemInfo | undefined {
	return c.items.find((q) => sameParent(q.path, it.path) && q.index === it.index + 1);
}

/** Lines that start a field or a list item (not inside a long text): safe places for comments or blanks. */
function structuralLines(c: Corpus): number[] {
	const starts = new Set<number>();
	for (const p of c.pairs) if (p.startsLine && !p.inFlow) starts.add(lineStart(c.text, p.keyStart));
	for (const it of c.items) if (!it.flow) starts.add(lineStart(c.text, it.start));
	return [...starts].sort((a, b) => a - b);
}

// ------------------------------------------------------------ key names

const SPANISH: Record<string, string> = {
	quote: 'cita',
	quotes: 'citas',
	notes: 'notas',
	groups: 'grupos',
	places: 'lugares',
	name: 'nombre',
	names: 'nombres',
	title: 'titulo',
	text: 'texto',
	kind: 'tipo',
	status: 'estado',
	scope: 'alcance',
	reason: 'razon',
	unit: 'unidad',
	count: 'cantidad',
	excluded: 'excluidos',
	evidence: 'evidencia',
	number: 'numero'
};

function nearMiss(r: Rng, key: string): string {
	const options: (() => string)[] = [
		() => SPANISH[key] ?? key.toUpperCase(),
		() => (key.endsWith('s') ? key.slice(0, -1) : `${key}s`),
		() => key[0].toUpperCase() + key.slice(1),
		() => {
			const i = 1 + r.int(Math.max(1, key.length - 2));
			return key.slice(0, i) + key.slice(i + 1);
		},
		() => {
			const i = r.int(key.length - 1);
			return key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
		},
		() => {
			const i = r.int(key.length);
			return key.slice(0, i) + key[i] + key.slice(i);
		}
	];
	return r.pick(options)();
}

// ------------------------------------------------------------ classes

class NoCandidate extends Error {}

type Gen = (r: Rng, c: Corpus) => Draft | null;

function renameKey(c: Corpus, p: PairInfo, to: string): string | null {
	const siblings = c.pairs.filter((q) => sameParent(q.path, p.path)).map((q) => q.key);
	if (siblings.includes(to) || to === p.key || !/^[A-Za-zÁÉÍÓÚáéíóúñ0-9_]+$/.test(to)) return null;
	const text = splice(c.text, p.keyStart, p.keyEnd, to);
	const expected = clone(c.data);
	const parent = at(expected, p.path.slice(0, -1)) as Record<string, unknown>;
	const renamed = Object.fromEntries(Object.entries(parent).map(([k, v]) => [k === p.key ? to : k, v]));
	if (p.path.length === 1) return verify(c, text, renamed, p.keyStart, p.keyEnd) ? text : null;
	setAt(expected, p.path.slice(0, -1), renamed);
	return verify(c, text, expected, p.keyStart, p.keyEnd) ? text : null;
}

const scalarLine = (c: Corpus, s: ScalarInfo) => c.lineOf(s.start);

const CLASSES: Record<string, Gen> = {
	// A field name misspelt, pluralised, capitalised or written in Spanish: the silent-drop bug.
	'clave-casi-igual': (r, c) => {
		const p = r.pick(c.pairs);
		const to = nearMiss(r, p.key);
		const text = renameKey(c, p, to);
		if (!text) return null;
		return {
			note: `«${p.key}» -> «${to}»`,
			expect: 'error',
			input: text,
			line: c.lineOf(p.keyStart),
			mentions: [`campo desconocido «${to}»`, `¿quiso decir «${p.key}»?`]
		};
	},
	'clave-desconocida': (r, c) => {
		const p = r.pick(c.pairs);
		const to = r.pick(['comentario', 'extra', 'observaciones', 'x', 'valor2', 'fuenteDatos']);
		const text = renameKey(c, p, to);
		if (!text) return null;
		return {
			note: `«${p.key}» -> «${to}»`,
			expect: 'error',
			input: text,
			line: c.lineOf(p.keyStart),
			mentions: [`campo desconocido «${to}»`]
		};
	},
	'clave-borrada': (r, c) => {
		const p = r.pick(c.pairs);
		const next = nextPair(c, p);
		const prev = prevPair(c, p);
		let span: [number, number];
		if (next) span = [p.keyStart, next.keyStart];
		else if (prev) span = [prev.valueEnd, p.valueEnd];
		else return null;
		const text = splice(c.text, ...span, '');
		const expected = clone(c.data);
		delete (at(expected, p.path.slice(0, -1)) as Record<string, unknown>)[p.key];
		if (!verify(c, text, expected, ...span)) return null;
		return { note: `sin «${p.path.join('.')}»`, expect: 'edit', input: text };
	},
	'clave-repetida': (r, c) => {
		const p = r.pick(c.pairs.filter((q) => q.oneLine && (q.inFlow || q.startsLine)));
		if (!p) return null;
		const copy = c.text.slice(p.keyStart, p.valueEnd);
		const inFlowMap =
			c.text.slice(p.valueEnd).trimStart()[0] === ',' || c.text.slice(p.valueEnd).trimStart()[0] === '}';
		const indent = c.text.slice(lineStart(c.text, p.keyStart), p.keyStart);
		const text = splice(c.text, p.valueEnd, p.valueEnd, inFlowMap ? `, ${copy}` : `\n${indent}${copy}`);
		return {
			note: `«${p.path.join('.')}» dos veces`,
			expect: 'error',
			input: text,
			line: inFlowMap ? c.lineOf(p.valueEnd) : c.lineOf(p.valueEnd) + 1,
			mentions: [`«${p.key}» está repetido`]
		};
	},
	'elemento-repetido': (r, c) => {
		const it = r.pick(c.items);
		let text: string;
		let line: number;
		if (it.flow) {
			text = splice(c.text, it.end, it.end, `, ${c.text.slice(it.start, it.end)}`);
			line = c.lineOf(it.end);
		} else {
			const from = lineStart(c.text, it.start);
			text = splice(c.text, it.end, it.end, `\n${c.text.slice(from, it.end)}`);
			line = c.lineOf(it.end) + 1;
		}
		const expected = clone(c.data);
		(at(expected, it.path.slice(0, -1)) as unknown[]).splice(it.index + 1, 0, clone(at(c.data, it.path)));
		if (!verify(c, text, expected, it.end, it.end)) return null;
		return { note: `«${it.path.join('.')}» copiado`, expect: 'error', input: text, line };
	},
	'numero-entre-comillas': (r, c) => {
		const s = r.pick(numbers(c));
		return {
			note: `${s.path.join('.')}: '${s.value}'`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, `'${s.value}'`),
			line: scalarLine(c, s),
			mentions: [`escriba ${s.value} sin comillas`]
		};
	},
	'numero-es-co': (r, c) => {
		const s = r.pick(numbers(c).filter((x) => esCo(x.value as number) !== String(x.value)));
		if (!s) return null;
		const written = esCo(s.value as number);
		const quoted = s.inFlow || r.next() < 0.5;
		return {
			note: `${s.path.join('.')}: ${written}`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, quoted ? `"${written}"` : written),
			line: scalarLine(c, s),
			mentions: [`escriba ${s.value}`]
		};
	},
	'porcentaje-como-texto': (r, c) => {
		const s = r.pick(numbers(c).filter((x) => /pct$/i.test(String(x.path.at(-1)))));
		if (!s) return null;
		const written = `${esCo(s.value as number)}${r.pick([' %', '%'])}`;
		return {
			note: `${s.path.join('.')}: ${written}`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, `'${written}'`),
			line: scalarLine(c, s),
			mentions: [`escriba ${s.value}`]
		};
	},
	'texto-como-numero': (r, c) => {
		const s = r.pick(strings(c));
		return {
			note: `${s.path.join('.')}: 123`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, '123'),
			line: scalarLine(c, s)
		};
	},
	'booleano-como-texto': (r, c) => {
		const s = r.pick(c.scalars.filter((x) => typeof x.value === 'boolean'));
		if (!s) return null;
		const written = r.pick(["'true'", 'sí', 'yes', 'verdadero', "'false'", 'no']);
		return {
			note: `${s.path.join('.')}: ${written}`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, written),
			line: scalarLine(c, s),
			mentions: ['true o false']
		};
	},
	'valor-a-lista-o-bloque': (r, c) => {
		const s = r.pick(values(c));
		const written = r.pick(['[x]', '{ x: 1 }', '[]', '{}']);
		return {
			note: `${s.path.join('.')}: ${written}`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, written),
			line: scalarLine(c, s)
		};
	},
	'lista-a-bloque': (r, c) => {
		const col = r.pick(c.collections.filter((x) => x.flow && x.path.length > 0));
		if (!col) return null;
		const written = col.kind === 'seq' ? '{ a: 1 }' : '[1, 2]';
		return {
			note: `${col.path.join('.')}: ${written}`,
			expect: 'error',
			input: splice(c.text, col.start, col.end, written),
			line: c.lineOf(col.start)
		};
	},
	'a-nulo': (r, c) => {
		const s = r.pick(values(c));
		return {
			note: `${s.path.join('.')}: null`,
			expect: 'edit',
			input: splice(c.text, s.start, s.end, r.pick(['null', '~']))
		};
	},
	'fuera-de-rango': (r, c) => {
		const s = r.pick(numbers(c));
		const written = r.pick(['-1', `-${s.value}`, '123456789', '2000001']);
		if (written === `-${s.value}` && s.value === 0) return null;
		return {
			note: `${s.path.join('.')}: ${written}`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, written),
			line: scalarLine(c, s)
		};
	},
	'no-finito': (r, c) => {
		const s = r.pick(numbers(c));
		const written = r.pick(['.inf', '-.inf', '.Inf', '.nan', '.NaN', 'NaN', 'Infinity', '-Infinity']);
		return {
			note: `${s.path.join('.')}: ${written}`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, written),
			line: scalarLine(c, s)
		};
	},
	'notacion-no-decimal': (r, c) => {
		const s = r.pick(numbers(c));
		const v = s.value as number;
		const options = Number.isInteger(v)
			? [`0x${v.toString(16)}`, `0o${v.toString(8)}`, `${v}e0`]
			: [`${v * 10}e-1`];
		return {
			note: `${s.path.join('.')}: ${options[0]}`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, r.pick(options)),
			line: scalarLine(c, s)
		};
	},
	'bytes-invalidos': (r, c) => {
		const bytes = Buffer.from(c.text, 'utf8');
		let offset = r.int(bytes.length);
		while (offset > 0 && (bytes[offset] & 0xc0) === 0x80) offset--; // a character boundary
		const bad = r.pick([[0xff], [0xc3], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80]]);
		const out = Buffer.concat([bytes.subarray(0, offset), Buffer.from(bad), bytes.subarray(offset)]);
		const line = bytes.subarray(0, offset).toString('utf8').split('\n').length;
		return {
			note: `byte ${bad.map((b) => b.toString(16)).join(' ')} en ${offset}`,
			expect: 'error',
			input: out,
			line,
			mentions: ['no está en UTF-8']
		};
	},
	'caracter-de-reemplazo': (r, c) => {
		const offset = r.int(c.text.length);
		return {
			note: `U+FFFD en ${offset}`,
			expect: 'error',
			input: splice(c.text, offset, offset, '\uFFFD'),
			line: c.lineOf(offset),
			mentions: ['U+FFFD']
		};
	},
	'texto-enorme': (r, c) => {
		const s = r.pick(strings(c));
		return {
			note: `${s.path.join('.')}: 6.000 caracteres`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, `'${'Lorem ipsum '.repeat(500)}'`),
			line: scalarLine(c, s),
			mentions: ['caracteres; el máximo es 5.000']
		};
	},
	'lista-enorme': (r, c) => {
		const col = r.pick(c.collections.filter((x) => x.kind === 'seq' && x.path.length > 0));
		if (!col) return null;
		const items = Array.from({ length: 250 }, (_, i) => `elemento ${i + 1}`).join(', ');
		return {
			note: `${col.path.join('.')}: 250 elementos`,
			expect: 'error',
			input: splice(c.text, col.start, col.end, `[${items}]`),
			line: c.lineOf(col.start),
			mentions: ['250 elementos; el máximo es 200']
		};
	},
	'archivo-enorme': (r, c) => ({
		note: '1,2 MB de comentario',
		expect: 'error',
		input: `# ${'relleno '.repeat(150_000)}\n${c.text}`,
		mentions: ['el máximo es 1.000 kB']
	}),
	'ancla-o-alias': (r, c) => {
		const pool = values(c);
		const a = r.pick(pool);
		const b = r.pick(pool.filter((x) => x.start > a.end && typeof x.value === typeof a.value));
		if (!b) {
			return {
				note: `ancla en ${a.path.join('.')}`,
				expect: 'error',
				input: splice(c.text, a.start, a.start, '&ancla '),
				line: scalarLine(c, a),
				mentions: ['ancla «&ancla»']
			};
		}
		let text = splice(c.text, b.start, b.end, '*ancla');
		text = splice(text, a.start, a.start, '&ancla ');
		return {
			note: `${b.path.join('.')} = *${a.path.join('.')}`,
			expect: 'error',
			input: text,
			line: scalarLine(c, a),
			mentions: ['este archivo no usa anclas ni alias']
		};
	},
	'bomba-de-alias': (r, c) => {
		const s = r.pick(values(c));
		const nine = (x: string) => Array(9).fill(x).join(', ');
		const bomb = `[&a [${nine('x')}], &b [${nine('*a')}], &c [${nine('*b')}], &d [${nine('*c')}], [${nine('*d')}]]`;
		return {
			note: `${s.path.join('.')}: 9^5 alias`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, bomb),
			line: scalarLine(c, s),
			mentions: ['anclas ni alias']
		};
	},
	etiqueta: (r, c) => {
		const s = r.pick(values(c));
		const tag = r.pick(['!!str ', '!foo ', '!!binary ', '!!int ', '!!float ', '!<tag:yaml.org,2002:str> ']);
		return {
			note: `${s.path.join('.')}: ${tag.trim()}`,
			expect: 'error',
			input: splice(c.text, s.start, s.start, tag),
			line: scalarLine(c, s)
		};
	},
	'tabulador-al-sangrar': (r, c) => {
		const line = r.pick(structuralLines(c).filter((o) => c.text.startsWith('  ', o)));
		if (line === undefined) return null;
		return {
			note: `línea ${c.lineOf(line)}`,
			expect: 'error',
			input: splice(c.text, line, line + 2, '\t'),
			line: c.lineOf(line),
			mentions: ['tabulador']
		};
	},
	'tabulador-en-texto': (r, c) => {
		const s = r.pick(
			strings(c).filter((x) => (x.value as string).includes(' ') && x.type !== 'QUOTE_DOUBLE')
		);
		if (!s) return null;
		const raw = c.text.slice(s.start, s.end);
		const i = raw.indexOf(' ', raw.length > 2 ? 1 : 0);
		if (i < 0) return null;
		const text = splice(c.text, s.start + i, s.start + i + 1, '\t');
		const expected = clone(c.data);
		setAt(expected, s.path, (s.value as string).replace(' ', '\t'));
		if (!verify(c, text, expected, s.start, s.end)) return null;
		return {
			note: s.path.join('.'),
			expect: 'error',
			input: text,
			line: scalarLine(c, s),
			mentions: ['tabulador']
		};
	},
	'tabulador-tras-dos-puntos': (r, c) => {
		const p = r.pick(c.pairs.filter((q) => q.oneLine && !q.inFlow && c.text.startsWith(': ', q.keyEnd)));
		if (!p) return null;
		const text = splice(c.text, p.keyEnd, p.keyEnd + 2, ':\t');
		if (!verify(c, text, c.data, p.keyEnd, p.keyEnd + 2)) return null;
		return { note: p.path.join('.'), expect: 'same', input: text };
	},
	truncado: (r, c) => {
		const cut = r.int(markerStart(c) + '# fin del archivo'.length - 1);
		return { note: `cortado en ${cut} de ${c.text.length}`, expect: 'error', input: c.text.slice(0, cut) };
	},
	'directiva-o-documentos': (r, c) =>
		r.next() < 0.5
			? {
					note: '%YAML 1.1',
					expect: 'error',
					input: `%YAML 1.1\n---\n${c.text}`,
					line: 1,
					mentions: ['directiva']
				}
			: {
					note: 'dos documentos',
					expect: 'error',
					input: splice(c.text, markerStart(c), markerStart(c), '---\notro: documento\n'),
					mentions: ['más de un documento']
				},
	'codificacion-erronea': (r, c) => {
		const kind = r.pick(['latin1', 'utf16le-bom', 'utf16le', 'utf16be-bom', 'doble-utf8']);
		const bytes =
			kind === 'latin1'
				? Buffer.from(c.text, 'latin1')
				: kind === 'utf16le-bom'
					? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(c.text, 'utf16le')])
					: kind === 'utf16le'
						? Buffer.from(c.text, 'utf16le')
						: kind === 'utf16be-bom'
							? Buffer.from([0xfe, 0xff, ...Buffer.from(c.text, 'utf16le').swap16()])
							: Buffer.from(Buffer.from(c.text, 'utf8').toString('latin1'), 'utf8');
		return { note: kind, expect: 'error', input: bytes };
	},
	'codificacion-equivalente': (r, c) => {
		const kind = r.pick(['bom', 'crlf', 'nfd', 'sin-salto-final', 'bom+crlf']);
		const text =
			kind === 'bom'
				? `\uFEFF${c.text}`
				: kind === 'crlf'
					? c.text.replace(/\n/g, '\r\n')
					: kind === 'nfd'
						? c.text.normalize('NFD')
						: kind === 'sin-salto-final'
							? c.text.trimEnd()
							: `\uFEFF${c.text.replace(/\n/g, '\r\n')}`;
		return { note: kind, expect: 'same', input: kind === 'bom' ? Buffer.from(text, 'utf8') : text };
	},
	'orden-de-claves': (r, c) => {
		const a = r.pick(c.pairs);
		const b = nextPair(c, a);
		if (!b || !((a.inFlow && a.oneLine && b.oneLine) || (!a.inFlow && a.startsLine && b.startsLine)))
			return null;
		const ta = c.text.slice(a.keyStart, a.valueEnd);
		const tb = c.text.slice(b.keyStart, b.valueEnd);
		const text =
			c.text.slice(0, a.keyStart) + tb + c.text.slice(a.valueEnd, b.keyStart) + ta + c.text.slice(b.valueEnd);
		if (!verify(c, text, c.data, a.keyStart, b.valueEnd)) return null;
		return {
			note: `«${a.key}» <-> «${b.key}» en ${a.path.slice(0, -1).join('.') || 'raíz'}`,
			expect: 'same',
			input: text
		};
	},
	'orden-de-elementos': (r, c) => {
		const a = r.pick(c.items);
		const b = nextItem(c, a);
		if (!b) return null;
		const [sa, sb] = a.flow ? [a.start, b.start] : [lineStart(c.text, a.start), lineStart(c.text, b.start)];
		const ta = c.text.slice(sa, a.end);
		const tb = c.text.slice(sb, b.end);
		const text = c.text.slice(0, sa) + tb + c.text.slice(a.end, sb) + ta + c.text.slice(b.end);
		const expected = clone(c.data);
		const list = at(expected, a.path.slice(0, -1)) as unknown[];
		[list[a.index], list[b.index]] = [list[b.index], list[a.index]];
		if (!verify(c, text, expected, sa, b.end) || canonical(expected) === canonical(c.data)) return null;
		// The metas are sorted by number when read: their order in the file is not data. A place's
		// first quote is the one shown: reordering its quotes is an edit, not a reordering.
		const placeQuotes = a.path.includes('places') && a.path.at(-2) === 'quotes';
		return {
			note: `${a.path.join('.')} <-> ${b.path.join('.')}`,
			expect: a.path.length === 1 && c.file === 'metas' ? 'same' : placeQuotes ? 'edit' : 'permutation',
			input: text
		};
	},
	espacios: (r, c) => {
		const lines = structuralLines(c);
		const kind = r.pick(['final-de-linea', 'linea-en-blanco', 'tras-dos-puntos', 'en-llaves']);
		let text: string;
		let span: [number, number];
		if (kind === 'final-de-linea') {
			const o = r.pick(lines);
			const eol = c.text.indexOf('\n', o);
			span = [eol, eol];
			text = splice(c.text, eol, eol, '   ');
		} else if (kind === 'linea-en-blanco') {
			const o = r.pick(lines);
			span = [o, o];
			text = splice(c.text, o, o, '\n');
		} else if (kind === 'tras-dos-puntos') {
			const p = r.pick(c.pairs.filter((q) => c.text.startsWith(': ', q.keyEnd)));
			span = [p.keyEnd, p.keyEnd + 2];
			text = splice(c.text, p.keyEnd, p.keyEnd + 2, ':    ');
		} else {
			const col = r.pick(c.collections.filter((x) => x.flow));
			if (!col) return null;
			const inner = c.text
				.slice(col.start, col.end)
				.replace(/, /g, ',  ')
				.replace(/^([[{]) /, '$1');
			span = [col.start, col.end];
			text = splice(c.text, col.start, col.end, inner);
		}
		if (!verify(c, text, c.data, ...span)) return null;
		return { note: kind, expect: 'same', input: text };
	},
	comentarios: (r, c) => {
		const kind = r.pick(['linea-nueva', 'al-final', 'editado', 'borrado']);
		let text: string;
		let span: [number, number];
		if (kind === 'linea-nueva') {
			const o = r.pick(structuralLines(c));
			const indent = /^ */.exec(c.text.slice(o))?.[0] ?? '';
			span = [o, o];
			text = splice(c.text, o, o, `${indent}# comentario de prueba: revisar con la Secretaría\n`);
		} else if (kind === 'al-final') {
			const s = r.pick(c.scalars.filter((x) => !x.inFlow && !c.text.slice(x.start, x.end).includes('\n')));
			const eol = c.text.indexOf('\n', s.end);
			span = [eol, eol];
			text = splice(c.text, eol, eol, ' # revisado');
		} else {
			const comments = [...c.text.matchAll(/^ *#.*$/gm)].filter((m) => !m[0].includes('fin del archivo'));
			if (!comments.length) return null;
			const m = r.pick(comments);
			span = [m.index, m.index + m[0].length];
			text =
				kind === 'editado'
					? splice(c.text, m.index, m.index + m[0].length, `${m[0]} (editado)`)
					: splice(c.text, m.index, m.index + m[0].length + 1, '');
		}
		if (!verify(c, text, c.data, ...span)) return null;
		return { note: kind, expect: 'same', input: text };
	},
	'estilo-de-comillas': (r, c) => {
		const s = r.pick(
			strings(c).filter(
				(x) =>
					!(x.value as string).includes('\n') &&
					['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE'].includes(String(x.type))
			)
		);
		const v = s.value as string;
		const options: string[] = [`'${v.replace(/'/g, "''")}'`, JSON.stringify(v)];
		if (s.blockKeyColumn !== null && !/^\s|\s$/.test(v))
			options.push(`>-\n${' '.repeat(s.blockKeyColumn + 2)}${v}`);
		const written = r.pick(options);
		if (written === c.text.slice(s.start, s.end)) return null;
		const text = splice(c.text, s.start, s.end, written);
		if (!verify(c, text, c.data, s.start, s.end)) return null;
		return { note: `${s.path.join('.')}: ${written.slice(0, 3)}…`, expect: 'same', input: text };
	},
	'sin-comillas': (r, c) => {
		const s = r.pick(strings(c).filter((x) => x.type === 'QUOTE_SINGLE' || x.type === 'QUOTE_DOUBLE'));
		if (!s) return null;
		const text = splice(c.text, s.start, s.end, s.value as string);
		const data = lenient(text);
		if (data === undefined) return { note: `${s.path.join('.')}: YAML roto`, expect: 'error', input: text };
		if (canonical(data) === canonical(c.data)) return { note: s.path.join('.'), expect: 'same', input: text };
		const now = at(data, s.path);
		// An unquoted text that still reads as a (shorter) text: a text edit the loader cannot see.
		return {
			note: `${s.path.join('.')}: ${typeof now}`,
			expect: typeof now === 'string' ? 'edit' : 'same-or-error',
			input: text
		};
	},
	'numero-editado': (r, c) => {
		const s = r.pick(numbers(c));
		const v = s.value as number;
		return {
			note: `${s.path.join('.')}: ${v} -> ${v + 1}`,
			expect: 'edit',
			input: splice(c.text, s.start, s.end, String(v + 1))
		};
	},
	'texto-editado': (r, c) => {
		const s = r.pick(strings(c).filter((x) => x.type === 'PLAIN' && (x.value as string).length > 12));
		if (!s) return null;
		const text = splice(c.text, s.end, s.end, ' (corregido)');
		const expected = clone(c.data);
		setAt(expected, s.path, `${s.value as string} (corregido)`);
		if (!verify(c, text, expected, s.end, s.end)) return null;
		return { note: s.path.join('.'), expect: 'edit', input: text };
	},
	'opcion-casi-igual': (r, c) => {
		const enumKeys = [
			'status',
			'scope',
			'evidence',
			'kind',
			'reason',
			'decision',
			'better',
			'source',
			'unitClass'
		];
		const s = r.pick(
			c.scalars.filter(
				(x) =>
					enumKeys.includes(String(x.path.at(-1))) &&
					typeof x.value === 'string' &&
					/^[a-z-]{2,25}$/.test(x.value)
			)
		);
		if (!s) return null;
		const v = s.value as string;
		const to = r.pick([v[0].toUpperCase() + v.slice(1), `${v}s`, v.slice(0, -1), v.replace(/a/, 'á')]);
		if (to === v) return null;
		return {
			note: `${s.path.join('.')}: ${v} -> ${to}`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, `'${to}'`),
			line: scalarLine(c, s)
		};
	},
	'lugar-mal-escrito': (r, c) => {
		const s = r.pick(c.scalars.filter((x) => x.path.at(-1) === 'name' && x.path.includes('places')));
		if (!s) return null;
		const v = s.value as string;
		const i = 1 + r.int(v.length - 2);
		const to = r.next() < 0.5 ? v.slice(0, i) + v.slice(i + 1) : `${v.slice(0, i)}x${v.slice(i)}`;
		return {
			note: `${v} -> ${to}`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, `'${to}'`),
			line: scalarLine(c, s),
			mentions: ['Lugar desconocido']
		};
	},
	'meta-inexistente': (r, c) => {
		const s = r.pick(c.scalars.filter((x) => x.path.includes('candidateMetas')));
		if (!s) return null;
		const to = r.pick([16, 17, 21, 99]);
		return {
			note: `${s.path.join('.')}: ${to}`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, String(to)),
			line: scalarLine(c, s),
			mentions: [`la meta ${to} no está en metas.yaml`]
		};
	},
	'codigo-inexistente': (r, c) => {
		const s = r.pick(c.scalars.filter((x) => x.path.at(-1) === 'divipola'));
		if (!s) return null;
		const to = r.pick(['54999', '54000', '05001', '5400']);
		return {
			note: `${s.path.join('.')}: ${to}`,
			expect: 'error',
			input: splice(c.text, s.start, s.end, `'${to}'`),
			line: scalarLine(c, s)
		};
	}
};

/** Which files a class can mutate (some need fields only one file has). */
const ONLY: Record<string, DataFile[]> = {
	'lugar-mal-escrito': ['metas'],
	'meta-inexistente': ['informe'],
	'codigo-inexistente': ['lugares'],
	'porcentaje-como-texto': ['metas'],
	'booleano-como-texto': ['metas', 'informe']
};

export const MUTATION_CLASSES = Object.keys(CLASSES);

/** A number from a class name, so each class has its own stream of random choices. */
function hash(s: string): number {
	let h = 2166136261;
	for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
	return h >>> 0;
}

/**
 * `perClass` mutations of each of `classes`, spread over the three files (see
 * the weights), from `seed`. Each class draws from its own seeded stream, so a
 * class gives the same mutations whichever other classes are generated with it.
 */
export function generateMutations(
	corpus: Record<DataFile, Corpus>,
	seed: number,
	perClass: number,
	classes: readonly string[] = MUTATION_CLASSES
): { mutations: Mutation[]; skipped: number } {
	const mutations: Mutation[] = [];
	let skipped = 0;
	// metas.yaml is most of the data and most of the reading time (60 kB against 7 and 3): every
	// class reaches every file, and the generic machinery is the same whichever file it reads.
	const weights: [DataFile, number][] = [
		['edicion', 0.15],
		['metas', 0.25],
		['informe', 0.3],
		['lugares', 0.3]
	];
	for (const cls of classes) {
		const r = rng(seed ^ hash(cls));
		// A file without candidates for a class (lugares.yaml has no numbers) skips the attempt.
		const picky: Rng = {
			...r,
			pick: (items) => {
				if (!items.length) throw new NoCandidate();
				return r.pick(items);
			}
		};
		const files = ONLY[cls] ?? weights.map(([f]) => f);
		let made = 0;
		for (let attempt = 0; made < perClass && attempt < perClass * 20; attempt++) {
			let pick = r.next();
			let file = files[0];
			const total = weights.filter(([f]) => files.includes(f)).reduce((s, [, w]) => s + w, 0);
			for (const [f, w] of weights) {
				if (!files.includes(f)) continue;
				pick -= w / total;
				file = f;
				if (pick < 0) break;
			}
			let draft: Draft | null;
			try {
				draft = CLASSES[cls](picky, corpus[file]);
			} catch (e) {
				if (!(e instanceof NoCandidate)) throw e;
				draft = null;
			}
			if (!draft) {
				skipped++;
				continue;
			}
			made++;
			mutations.push({ id: `${cls}-${made}`, cls, file, ...draft });
		}
	}
	return { mutations, skipped };
}
