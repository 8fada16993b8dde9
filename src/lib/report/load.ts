/**
 * Parsing the YAML data files into checked, typed data. Errors name the file,
 * the row, the field, the value found and what was expected, in Spanish, for
 * the staff who edit these files.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import {
	EditionDescriptor,
	Metas,
	PlaceDecisions,
	ReportInfo,
	type Meta,
	type PlaceDecision
} from './schema.ts';

export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly problems: string[]
	) {
		super(`${file}: ${problems.length === 1 ? problems[0] : '\n- ' + problems.join('\n- ')}`);
		this.name = 'DataError';
	}
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let v: unknown = data;
	for (const k of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<PropertyKey, unknown>)[k];
	}
	return v;
}

function describeRow(data: unknown, path: readonly PropertyKey[]): string {
	if (typeof path[0] !== 'number') return '';
	const row = valueAt(data, [path[0]]) as Record<string, unknown> | undefined;
	const id = row?.number ?? row?.name ?? row?.id;
	return `fila ${path[0] + 1}${id !== undefined ? ` (${typeof row?.number === 'number' ? 'meta ' : ''}${String(id)})` : ''}`;
}

/** One Spanish sentence per schema problem: row, field, value found, expected. */
export function describeIssues(data: unknown, error: z.ZodError): string[] {
	return error.issues.map((issue) => {
		const row = describeRow(data, issue.path);
		const field = issue.path.slice(typeof issue.path[0] === 'number' ? 1 : 0).join('.');
		const value = valueAt(data, issue.path);
		const shown = value === undefined ? 'vacío' : JSON.stringify(value).slice(0, 120);
		const where = [row, field && `campo «${field}»`, `valor ${shown}`].filter(Boolean).join(', ');
		return `${where}: ${issue.message}`;
	});
}

function parseWith<T extends z.ZodType>(schema: T, file: string, text: string): z.infer<T> {
	let data: unknown;
	try {
		data = parseYaml(text);
	} catch (e) {
		if (e instanceof YAMLParseError) {
			const line = e.linePos?.[0];
			throw new DataError(file, [
				`${line ? `línea ${line.line}, columna ${line.col}: ` : ''}YAML inválido (${e.code})`
			]);
		}
		throw e;
	}
	const result = schema.safeParse(data);
	if (!result.success) throw new DataError(file, describeIssues(data, result.error));
	return result.data;
}

export function parseMetas(text: string, file = 'metas.yaml'): Meta[] {
	return parseWith(Metas, file, text).sort((a, b) => a.number - b.number);
}

export function parseReportInfo(text: string, file = 'informe.yaml'): ReportInfo {
	return parseWith(ReportInfo, file, text);
}

export function parsePlaceDecisions(text: string, file = 'lugares.yaml'): PlaceDecision[] {
	return parseWith(PlaceDecisions, file, text);
}

export function parseEdition(text: string, file = 'edicion.yaml'): EditionDescriptor {
	return parseWith(EditionDescriptor, file, text);
}
