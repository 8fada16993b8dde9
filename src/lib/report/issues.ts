/**
 * Schema problems in Spanish a staff member can act on: where (line, meta or
 * row, field, value), what was expected, and the near miss when there is one
 * («campo desconocido «grupos»: ¿quiso decir «groups»?», «escriba 1158.69»).
 */
import type { z } from 'zod';
import { fold, suggest } from '../text/index.ts';
import type { DataProblem } from './errors.ts';
import { valueAt, type DataPath, type SourceDoc } from './source.ts';

/** Field names staff may write in Spanish, and the field this schema calls them. */
const SPANISH_FIELDS: Record<string, string> = {
	cita: 'quote',
	citas: 'quotes',
	nota: 'notes',
	notas: 'notes',
	grupo: 'groups',
	grupos: 'groups',
	lugar: 'places',
	lugares: 'places',
	excluidos: 'excluded',
	exclusiones: 'excluded',
	nombre: 'name',
	nombres: 'names',
	titulo: 'title',
	numero: 'number',
	texto: 'text',
	tipo: 'kind',
	estado: 'status',
	alcance: 'scope',
	evidencia: 'evidence',
	razon: 'reason',
	motivo: 'reason',
	porque: 'why',
	unidad: 'unit',
	conteo: 'count',
	cantidad: 'count',
	porcentaje: 'pct',
	inversion: 'investment',
	fuente: 'source',
	fuentes: 'sources',
	financiacion: 'funding',
	beneficiarios: 'beneficiaries',
	aliados: 'partners',
	periodo: 'period',
	cumplimiento: 'compliance',
	avance: 'progress',
	decision: 'decision',
	donde: 'where',
	etiqueta: 'label'
};

type AnySchema = z.ZodType & { def: Record<string, unknown> & { type: string } };

/** The object schema that applies at `path`, following the data through unions. */
function objectAt(root: z.ZodType, data: unknown, path: DataPath): AnySchema | null {
	const unwrap = (s: AnySchema, v: unknown): AnySchema => {
		for (;;) {
			const d = s.def;
			if (
				['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch'].includes(d.type)
			) {
				s = d.innerType as AnySchema;
			} else if (d.type === 'pipe') s = d.in as AnySchema;
			else if (d.type === 'union') {
				const options = d.options as AnySchema[];
				const disc = d.discriminator as string | undefined;
				const pick =
					(disc &&
						options.find((o) => {
							const field = (o.def.shape as Record<string, z.ZodType> | undefined)?.[disc];
							return field?.safeParse((v as Record<string, unknown> | null)?.[disc]).success;
						})) ||
					options.find((o) => unwrapType(o) === 'object');
				if (!pick) return s;
				s = pick;
			} else return s;
		}
	};
	const unwrapType = (o: AnySchema) => o.def.type;
	let s = unwrap(root as AnySchema, data);
	let v = data;
	for (const seg of path) {
		v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
		if (s.def.type === 'object') s = (s.def.shape as Record<string, AnySchema>)[String(seg)];
		else if (s.def.type === 'array') s = s.def.element as AnySchema;
		else return null;
		if (!s) return null;
		s = unwrap(s, v);
	}
	return s.def.type === 'object' ? s : null;
}

/** Every field any variant of the union at `path` knows (for a row whose variant cannot be told). */
function unionKeys(root: z.ZodType, data: unknown, path: DataPath): string[] {
	const parent = objectAt(root, data, path.slice(0, -1)) ?? null;
	let s = parent
		? (parent.def.shape as Record<string, AnySchema>)[String(path.at(-1))]
		: path.length === 0
			? (root as AnySchema)
			: null;
	if (!s && path.length && typeof path.at(-1) === 'number') {
		// A list item: the list's element schema.
		const list = objectAt(root, data, path.slice(0, -2));
		const field = list
			? (list.def.shape as Record<string, AnySchema>)[String(path.at(-2))]
			: (root as AnySchema);
		s = field ?? null;
	}
	const keys = new Set<string>();
	const visit = (x: AnySchema | null | undefined, depth = 0) => {
		if (!x || depth > 6) return;
		const d = x.def;
		if (d.type === 'object') for (const k of Object.keys(d.shape as object)) keys.add(k);
		else if (d.type === 'union') for (const o of d.options as AnySchema[]) visit(o, depth + 1);
		else if (d.type === 'array') visit(d.element as AnySchema, depth + 1);
		else if ('innerType' in d) visit(d.innerType as AnySchema, depth + 1);
		else if (d.type === 'pipe') visit(d.in as AnySchema, depth + 1);
	};
	visit(s);
	return [...keys];
}

/** «¿quiso decir «groups»?» for a misspelt or Spanish field name, among the fields valid there. */
function unknownKeyText(key: string, known: readonly string[]): string {
	const spanish = SPANISH_FIELDS[fold(key)];
	const near = spanish && known.includes(spanish) ? [spanish] : suggest(key, known, 1);
	return (
		`campo desconocido «${key}»` +
		(near.length
			? `: ¿quiso decir «${near[0]}»?`
			: known.length
				? `: aquí los campos son ${known.map((k) => `«${k}»`).join(', ')}`
				: '')
	);
}

const TYPE_NAMES: Record<string, string> = {
	number: 'un número',
	int: 'un número entero (sin decimales)',
	string: 'un texto',
	boolean: 'true o false',
	array: 'una lista (líneas que empiezan por «- », o [a, b])',
	object: 'un bloque de campos («campo: valor»)',
	null: 'nada (null)'
};

function typeOf(v: unknown): string {
	if (v === null) return 'vacío (null)';
	if (Array.isArray(v)) return 'una lista';
	if (typeof v === 'object') return 'un bloque de campos';
	if (typeof v === 'string') return 'un texto';
	if (typeof v === 'number') return 'un número';
	if (typeof v === 'boolean') return `${v}`;
	return typeof v;
}

/** es-CO numbers as staff copy them from the report: "1.158,69", "$ 776", "66,7 %". */
const ES_CO = /^\$?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,\s?(\d+))?\s*(%?)$/;

/** What to write instead of a number given as text, if the text is a number in some form. */
function numberAsTextHint(value: string): string | null {
	const t = value.trim();
	const m = ES_CO.exec(t);
	if (m) {
		const n = `${m[1].replace(/\./g, '')}${m[2] ? `.${m[2]}` : ''}`;
		if (m[3]) return `escriba ${n}: los porcentajes van como número, sin «%» y con punto decimal`;
		if (n === t) return `escriba ${n} sin comillas: es un número`;
		return `escriba ${n}: en este archivo los números llevan punto decimal y sin separador de miles`;
	}
	if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return `escriba ${t} sin comillas: es un número`;
	const lead = /^\$?\s*(\d[\d.,\s]*)\s+\p{L}/u.exec(t);
	if (lead) return `escriba solo el número, sin unidades ni comillas (la unidad la da el nombre del campo)`;
	return null;
}

function invalidType(issue: z.core.$ZodIssueInvalidType, value: unknown): string {
	const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
	if (value === undefined) return `falta este campo (se espera ${expected})`;
	if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'string') {
		return numberAsTextHint(value) ?? `se esperaba ${expected}, no un texto`;
	}
	if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
		return `se esperaba un texto: escríbalo entre comillas ('${String(value)}')`;
	}
	if (issue.expected === 'boolean' && typeof value === 'string') {
		return `se esperaba true o false, sin comillas${/^(s[ií]|yes|verdadero|true)$/i.test(value.trim()) ? ' (aquí: true)' : /^(no|false|falso)$/i.test(value.trim()) ? ' (aquí: false)' : ''}`;
	}
	if (issue.expected === 'int' && typeof value === 'number') return `se esperaba ${expected}`;
	return `se esperaba ${expected}, no ${typeOf(value)}`;
}

function sizeText(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, big: boolean): string {
	const limit = Number(
		big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum
	);
	const n = limit.toLocaleString('es-CO');
	if (issue.origin === 'number') {
		if (big) return `es mayor que el máximo ${n}${issue.inclusive ? '' : ' (excluido)'}`;
		return issue.inclusive ? `es menor que el mínimo ${n}` : `debe ser mayor que ${n}`;
	}
	if (issue.origin === 'string') {
		return big
			? `el texto pasa de ${n} caracteres`
			: limit <= 1
				? 'el texto está vacío'
				: `el texto necesita al menos ${n} caracteres`;
	}
	if (issue.origin === 'array') {
		return big
			? `la lista pasa de ${n} elementos`
			: `la lista necesita al menos ${n} elemento${limit === 1 ? '' : 's'}`;
	}
	return issue.message;
}

function options(values: readonly unknown[], value: unknown): string {
	const list = values.map((v) => `«${String(v)}»`).join(', ');
	const near = typeof value === 'string' ? suggest(value, values.map(String), 1) : [];
	return `${values.length === 1 ? `se esperaba ${list}` : `se espera una de: ${list}`}${near.length ? `; ¿quiso decir «${near[0]}»?` : ''}`;
}

/** zod's own (locale) wording, as opposed to a message the schema wrote for this check. */
const ZOD_WORDING =
	/^(Demasiado|Entrada inválida|Opción inválida|Llaves? desconocidas?|Cadena inválida|Texto inválido|Número inválido|Valor inválido)/;

function ownMessage(issue: z.core.$ZodIssue): string | null {
	return ZOD_WORDING.test(issue.message) ? null : issue.message;
}

/** One problem per schema issue (one per unknown field), in Spanish, at its line. */
export function describeIssues(doc: SourceDoc, error: z.ZodError, schema: z.ZodType): DataProblem[] {
	const out: DataProblem[] = [];
	for (const issue of error.issues) {
		const path = issue.path as PropertyKey[];
		const value = valueAt(doc.data, path);
		switch (issue.code) {
			case 'unrecognized_keys': {
				const shape = objectAt(schema, doc.data, path)?.def.shape as Record<string, unknown> | undefined;
				const known = Object.keys(shape ?? {});
				for (const key of issue.keys) {
					out.push(
						doc.problemAt([...path, key], unknownKeyText(key, known), { part: 'key', showValue: false })
					);
				}
				break;
			}
			case 'invalid_type':
				out.push(doc.problemAt(path, invalidType(issue, value)));
				break;
			case 'too_big':
			case 'too_small':
				out.push(doc.problemAt(path, ownMessage(issue) ?? sizeText(issue, issue.code === 'too_big')));
				break;
			case 'invalid_value':
				out.push(doc.problemAt(path, options(issue.values, value)));
				break;
			case 'invalid_union':
				if (issue.discriminator && value === undefined) {
					// The field that says which kind of row this is is missing: often misspelt.
					const row = path.slice(0, -1);
					const known = unionKeys(schema, doc.data, row);
					const here = valueAt(doc.data, row);
					const unknown =
						here && typeof here === 'object' ? Object.keys(here).filter((k) => !known.includes(k)) : [];
					for (const key of unknown) {
						out.push(
							doc.problemAt([...row, key], unknownKeyText(key, known), { part: 'key', showValue: false })
						);
					}
					out.push(
						doc.problemAt(
							path,
							`falta este campo (se espera una de: ${((issue as { options?: unknown[] }).options ?? []).map((o) => `«${String(o)}»`).join(', ')})`
						)
					);
					break;
				}
				out.push(
					doc.problemAt(
						path,
						'options' in issue && Array.isArray(issue.options) && issue.discriminator
							? options(issue.options as unknown[], value)
							: 'no tiene ninguna de las formas permitidas'
					)
				);
				break;
			case 'custom': {
				const params = issue.params as { at?: PropertyKey[]; repeats?: PropertyKey[] } | undefined;
				const prefix = params?.at ? path.slice(0, path.length - params.at.length) : [];
				const first = params?.repeats ? doc.locate([...prefix, ...params.repeats]) : null;
				out.push(doc.problemAt(path, `${issue.message}${first ? ` (línea ${first.line})` : ''}`));
				break;
			}
			default:
				out.push(doc.problemAt(path, issue.message));
		}
	}
	return out;
}
