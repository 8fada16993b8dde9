/**
 * Parsing the data files into checked, typed data. Errors name the file, the
 * line, the meta or row, the field, the value found and what was expected, in
 * Spanish, for the staff who edit these files. Input may be the file's bytes
 * (checked as strict UTF-8) or its text.
 */
import type { z } from 'zod';
import { DataError } from './errors.ts';
import { describeIssues } from './issues.ts';
import {
	EditionDescriptor,
	Metas,
	PlaceDecisions,
	ReportInfo,
	type Meta,
	type PlaceDecision
} from './schema.ts';
import { readYaml, type SourceDoc } from './source.ts';

export { DataError, type DataProblem } from './errors.ts';

export type SourceInput = string | Uint8Array;

/** A checked data file with the document it came from, to place later (cross-file) problems. */
export interface Loaded<T> {
	value: T;
	doc: SourceDoc;
}

function load<T extends z.ZodType>(schema: T, file: string, input: SourceInput): Loaded<z.infer<T>> {
	const doc = readYaml(input, file);
	const result = schema.safeParse(doc.data);
	if (!result.success) throw new DataError(file, describeIssues(doc, result.error, schema));
	return { value: result.data, doc };
}

export function loadEdition(input: SourceInput, file = 'edicion.yaml'): Loaded<EditionDescriptor> {
	return load(EditionDescriptor, file, input);
}

/** The metas in the order written (paths in `doc` index this order). */
export function loadMetas(input: SourceInput, file = 'metas.yaml'): Loaded<Meta[]> {
	return load(Metas, file, input);
}

export function loadReportInfo(input: SourceInput, file = 'informe.yaml'): Loaded<ReportInfo> {
	return load(ReportInfo, file, input);
}

export function loadPlaceDecisions(input: SourceInput, file = 'lugares.yaml'): Loaded<PlaceDecision[]> {
	return load(PlaceDecisions, file, input);
}

/** The metas sorted by number. */
export function parseMetas(input: SourceInput, file = 'metas.yaml'): Meta[] {
	return [...loadMetas(input, file).value].sort((a, b) => a.number - b.number);
}

export function parseReportInfo(input: SourceInput, file = 'informe.yaml'): ReportInfo {
	return loadReportInfo(input, file).value;
}

export function parsePlaceDecisions(input: SourceInput, file = 'lugares.yaml'): PlaceDecision[] {
	return loadPlaceDecisions(input, file).value;
}

export function parseEdition(input: SourceInput, file = 'edicion.yaml'): EditionDescriptor {
	return loadEdition(input, file).value;
}
