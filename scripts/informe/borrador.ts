/**
 * `npm run --silent informe:borrador -- FILE [--xlsx LIBRO.xlsx]`: prints the JSON draft of a
 * report (.docx, or the text of a PDF, or a plain-text dump) in the Secretarías' template; with
 * `--xlsx`, writes it instead as the edition workbook staff review and import (`data:import`).
 * A summary goes to stderr. See README.md.
 */
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { Draft, DocxError, draftFromDocument, draftToRows } from '../../src/lib/draft/index.ts';
import { draftWorkbook, seal, templateWorkbook } from '../../src/lib/workbook/index.ts';
import { writeWorkbookBytes } from '../../src/lib/workbook/sheetjs.ts';
import { defaultEditionId } from '../data/sources.ts';
import { loadEdition, loadTerritory, writeFileAtomic } from '../data/workbook-io.ts';
import { draftContext, InputError, readReport } from './read.ts';

const USAGE =
	'Uso: npm run --silent informe:borrador -- INFORME.docx|INFORME.txt [--xlsx LIBRO.xlsx|LIBRO.ods]';

/** `--xlsx OUT` out of the arguments; the rest are the files. */
function splitArgs(args: string[]): { files: string[]; xlsx?: string; bad?: string } {
	const files: string[] = [];
	let xlsx: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--xlsx') {
			xlsx = args[++i];
			if (!xlsx || xlsx.startsWith('--'))
				return { files, bad: 'Falta el nombre del libro después de --xlsx.' };
		} else if (a.startsWith('--xlsx=')) xlsx = a.slice('--xlsx='.length);
		else if (a.startsWith('-')) return { files, bad: `Opción desconocida: ${a}.` };
		else files.push(a);
	}
	return { files, xlsx };
}

/**
 * The draft as a workbook: the template of the newest edition (its identity and funding sources,
 * origin «secretaría») with the draft's metas and places. Never replaces an existing file.
 */
function writeDraftWorkbook(draft: Draft, out: string): void {
	const format = extname(out).slice(1).toLowerCase();
	if (format !== 'xlsx' && format !== 'ods')
		throw new InputError(`«${out}»: use un nombre de libro .xlsx u .ods para --xlsx.`);
	if (existsSync(out))
		throw new InputError(
			`No se reemplaza «${out}»: ya existe. Elija otro nombre, o mueva o borre ese archivo usted.`
		);
	const base = loadEdition(defaultEditionId());
	const template = templateWorkbook(loadTerritory(), { edition: base.edition, info: base.info });
	const model = seal(draftWorkbook(template, draftToRows(draft)));
	writeFileAtomic(resolve(out), writeWorkbookBytes(model, format));
}

function main(args: string[]): number {
	const { files, xlsx, bad } = splitArgs(args);
	if (bad) {
		console.error(`${bad}\n${USAGE}`);
		return 2;
	}
	if (files.length !== 1) {
		console.error(files.length ? `Indique un solo archivo (recibí ${files.length}).\n${USAGE}` : USAGE);
		return 2;
	}
	const { document, file, sha256 } = readReport(files[0]);
	const draft = Draft.parse(draftFromDocument(document, { file, sha256 }, draftContext()));
	if (xlsx) {
		writeDraftWorkbook(draft, xlsx);
		console.error(
			`Libro del borrador escrito en «${xlsx}»: revise la columna «revisar» y las celdas vacías, y luego impórtelo con npm run data:import.`
		);
	} else process.stdout.write(JSON.stringify(draft, null, 2) + '\n');
	const review = draft.problems.length;
	console.error(
		`Borrador de «${file}» (${document.format}): ${draft.metas.length} metas, ${review} ${review === 1 ? 'punto' : 'puntos'} por revisar.`
	);
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (e) {
	if (e instanceof InputError || e instanceof DocxError) {
		console.error(`Error: ${e.message}`);
		process.exitCode = 1;
	} else throw e;
}
