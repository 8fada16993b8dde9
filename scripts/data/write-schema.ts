/**
 * `npm run data:schema`: writes JSON Schemas of the data files to
 * src/data/schema/, so editors (VS Code's YAML extension) check the files and
 * complete field names while staff type. Generated from the zod schema, which
 * stays the single source of truth.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

if (process.argv[1] && resolve(process.argv[1]).endsWith('write-schema.ts')) {
	mkdirSync(SCHEMA_DIR, { recursive: true });
	for (const [name, text] of Object.entries(schemaFiles())) {
		writeFileSync(resolve(SCHEMA_DIR, name), text);
		console.log(resolve(SCHEMA_DIR, name));
	}
}
