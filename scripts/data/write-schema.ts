/**
 * `npm run data:schema`: writes JSON Schemas of the data files to
 * src/data/schema/, so editors (VS Code's YAML extension) check the files and
 * complete field names while staff type. Generated from the zod schema, which
 * stays the single source of truth.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { Metas, PlaceDecisions, ReportInfo } from '../../src/lib/report/schema.ts';
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
		'metas.schema.json': write(Metas, 'Metas del informe de rendición de cuentas'),
		'informe.schema.json': write(ReportInfo, 'Datos generales del informe'),
		'lugares.schema.json': write(PlaceDecisions, 'Decisiones sobre nombres de lugar')
	};
}

export const SCHEMA_COMMAND = {
	usage: 'npm run data:schema --',
	summary:
		'Regenera los esquemas JSON de src/data/schema/ (metas, informe y lugares) a partir del esquema zod, para que el\n' +
		'editor valide y complete los archivos de datos. Solo reemplaza esos tres archivos, cada uno de una vez.',
	options: {}
} as const satisfies CommandSpec;

if (isMain(import.meta.url)) {
	await runCommand(SCHEMA_COMMAND, (_, { log }) => {
		// src/data/schema/ is this command's own folder; each file is replaced through a rename.
		mkdirSync(SCHEMA_DIR, { recursive: true });
		for (const [name, text] of Object.entries(schemaFiles())) {
			writeFileAtomic(resolve(SCHEMA_DIR, name), text);
			log(resolve(SCHEMA_DIR, name));
		}
	});
}
