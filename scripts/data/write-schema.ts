/**
 * `npm run data:schema`: writes JSON Schemas of the data files to
 * src/data/schema/, so editors (VS Code's YAML extension) check the files and
 * complete field names while staff type. Generated from the zod schema, which
 * stays the single source of truth.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { z } from 'zod';
import { EditionDescriptor, Metas, PlaceDecisions, ReportInfo } from '../../src/lib/report/schema.ts';
import { ROOT } from './sources.ts';

export const SCHEMA_DIR = resolve(ROOT, 'src/data/schema');

export function schemaFiles(): Record<string, string> {
	const write = (schema: z.ZodType, title: string) =>
		JSON.stringify(
			{ title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) },
			null,
			'\t'
		) + '\n';
	return {
		'edicion.schema.json': write(EditionDescriptor, 'Identificación de una edición del informe'),
		'metas.schema.json': write(Metas, 'Metas del informe de rendición de cuentas'),
		'informe.schema.json': write(ReportInfo, 'Datos generales del informe'),
		'lugares.schema.json': write(PlaceDecisions, 'Decisiones sobre nombres de lugar')
	};
}

/**
 * Writes the schema files that changed. Every text is generated before any
 * file is touched, and each file is replaced whole (written beside it, then
 * renamed), so a failure leaves the previous files as they were.
 */
export function writeSchemas(dir = SCHEMA_DIR, log: (line: string) => void = console.log): void {
	const files = schemaFiles();
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of Object.entries(files)) {
		const path = resolve(dir, name);
		if (existsSync(path) && readFileSync(path, 'utf8') === text) {
			log(`sin cambios: ${relative(ROOT, path)}`);
			continue;
		}
		const tmp = `${path}.${process.pid}.tmp`;
		try {
			writeFileSync(tmp, text);
			renameSync(tmp, path);
		} finally {
			rmSync(tmp, { force: true });
		}
		log(`actualizado: ${relative(ROOT, path)}`);
	}
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('write-schema.ts')) {
	try {
		writeSchemas();
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		console.error(
			`No se pudieron escribir los esquemas${code ? ` (${code}: ¿carpeta de solo lectura o disco lleno?)` : ''}: ${(e as Error).message}`
		);
		process.exitCode = 1;
	}
}
