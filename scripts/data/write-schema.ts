/**
 * `npm run data:schema`: writes JSON Schemas of the data files to
 * src/data/schema/, so editors (VS Code's YAML extension) check the files and
 * complete field names while staff type. Generated from the zod schema, which
 * stays the single source of truth.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { z } from 'zod';
import { EditionDescriptor, Metas, PlaceDecisions, ReportInfo } from '../../src/lib/report/schema.ts';
import type { CommandSpec } from '../lib/args.ts';
import { isMain, runCommand } from '../lib/cli.ts';
import { writeFileAtomic } from '../lib/output-fs.ts';
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
		writeFileAtomic(path, text);
		log(`actualizado: ${relative(ROOT, path)}`);
	}
}

export const SCHEMA_COMMAND = {
	usage: 'npm run data:schema --',
	summary:
		'Regenera los esquemas JSON de src/data/schema/ (edición, metas, informe y lugares) a partir del esquema zod,\n' +
		'para que el editor valide y complete los archivos de datos. Solo reemplaza esos archivos, cada uno de una vez.',
	options: {}
} as const satisfies CommandSpec;

if (isMain(import.meta.url)) {
	// src/data/schema/ is this command's own folder.
	await runCommand(SCHEMA_COMMAND, (_, { log }) => writeSchemas(SCHEMA_DIR, log));
}
