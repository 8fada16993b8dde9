/**
 * `npm run data:export -- --edicion ID --out FILE.xlsx`: writes an edition as the workbook staff
 * fill (.xlsx or .ods; `--formato csv` writes a folder with one .csv per sheet); `--plantilla`
 * writes it empty but for the edition's identity and funding sources, to start the next one. It never
 * replaces a file it did not write: an existing output is replaced only with `--reemplazar`, and
 * only if it is a workbook this command wrote and nobody changed since (its fingerprint matches).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	asCsvModel,
	editionToWorkbook,
	isSealedUnchanged,
	readCsvFiles,
	seal,
	templateWorkbook,
	writeCsvFiles,
	type WorkbookModel
} from '../../src/lib/workbook/index.ts';
import { readWorkbookBytes, writeWorkbookBytes } from '../../src/lib/workbook/sheetjs.ts';
import { parseOptions } from './options.ts';
import { DATA_DIR, defaultEditionId } from './sources.ts';
import { loadEdition, loadTerritory, replaceFolderAtomic, writeFileAtomic } from './workbook-io.ts';

const USAGE =
	'npm run data:export -- [--edicion ID] --out LIBRO.xlsx|LIBRO.ods [--plantilla] [--reemplazar]\n' +
	'       npm run data:export -- [--edicion ID] --out CARPETA --formato csv [--reemplazar]';

export interface ExportOptions {
	edicion?: string;
	out: string;
	/** An empty workbook (headers, instructions, municipalities) with the edition's identity. */
	plantilla?: boolean;
	formato?: string;
	reemplazar?: boolean;
	dataDir?: string;
}

type Format = 'xlsx' | 'ods' | 'csv';

function formatOf(out: string, formato: string | undefined): Format {
	const f = (formato ?? extname(out).slice(1)).toLowerCase();
	if (f === 'xlsx' || f === 'ods') return f;
	if (f === 'csv') {
		if (!formato) {
			throw new Error(
				`«${out}»: el CSV lleva una hoja por archivo; indique una carpeta: --out CARPETA --formato csv`
			);
		}
		return 'csv';
	}
	throw new Error(
		`«${out}»: ${f ? `formato «${f}» no admitido` : 'falta la extensión'}; use un nombre .xlsx u .ods, o --formato csv con una carpeta`
	);
}

function refuse(out: string, why: string): never {
	throw new Error(`No se reemplaza «${out}»: ${why}. Elija otro --out, o mueva o borre ese archivo usted.`);
}

/** Writes the edition's workbook; returns the paths written. Throws with a Spanish message. */
export function exportEdition(o: ExportOptions): { written: string[]; model: WorkbookModel } {
	const format = formatOf(o.out, o.formato);
	const out = resolve(o.out);
	const id = o.edicion ?? defaultEditionId(o.dataDir ?? DATA_DIR);
	const built = build(id, o.dataDir, o.plantilla);
	const model = seal(format === 'csv' ? asCsvModel(built) : built);
	if (format !== 'csv') {
		if (existsSync(out)) {
			if (statSync(out).isDirectory()) refuse(o.out, 'es una carpeta');
			if (!o.reemplazar)
				refuse(
					o.out,
					'ya existe (con --reemplazar se sustituye un libro que escribió este comando, si nadie lo modificó)'
				);
			const read = readWorkbookBytes(new Uint8Array(readFileSync(out)), o.out);
			if (!read.ok || !isSealedUnchanged(read.model)) {
				refuse(
					o.out,
					'no es un libro escrito por data:export, o se modificó después (su huella no coincide)'
				);
			}
		}
		writeFileAtomic(out, writeWorkbookBytes(model, format));
		return { written: [out], model };
	}
	const files = Object.fromEntries(writeCsvFiles(model).map((f) => [f.name, f.text]));
	let existing: string[] = [];
	if (existsSync(out)) {
		if (!statSync(out).isDirectory()) refuse(o.out, 'es un archivo, no una carpeta');
		existing = readdirSync(out);
		if (existing.length) {
			if (!o.reemplazar)
				refuse(
					o.out,
					'la carpeta ya tiene archivos (con --reemplazar se sustituye una carpeta que escribió este comando, si nadie la modificó)'
				);
			const foreign = existing.filter((f) => !(f in files));
			if (foreign.length)
				refuse(
					o.out,
					`la carpeta tiene archivos que este comando no escribe (${foreign.slice(0, 3).join(', ')})`
				);
			const read = readCsvFiles(
				existing.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(out, f))) }))
			);
			if (!read.ok || !isSealedUnchanged(read.model))
				refuse(o.out, 'sus archivos se modificaron después de exportarlos (la huella no coincide)');
		}
	}
	replaceFolderAtomic(out, files, existing);
	return { written: Object.keys(files).map((f) => join(out, f)), model };
}

function build(id: string, dataDir?: string, template = false): WorkbookModel {
	const sources = loadEdition(id, dataDir);
	return template
		? templateWorkbook(loadTerritory(), { edition: sources.edition, info: sources.info })
		: editionToWorkbook(sources, loadTerritory());
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	try {
		const { values } = parseOptions(
			process.argv.slice(2),
			{
				edicion: { type: 'string' },
				out: { type: 'string' },
				plantilla: { type: 'boolean' },
				formato: { type: 'string' },
				reemplazar: { type: 'boolean' },
				datos: { type: 'string' }
			},
			USAGE
		);
		if (!values.out) throw new Error(`Falta --out (el libro que se escribe).\nUso: ${USAGE}`);
		const { written, model } = exportEdition({
			edicion: values.edicion,
			out: values.out,
			plantilla: values.plantilla,
			formato: values.formato,
			reemplazar: values.reemplazar,
			dataDir: values.datos
		});
		const count = (name: string) =>
			Math.max(0, (model.sheets.find((s) => s.name === name)?.rows.length ?? 1) - 1);
		console.log(
			`Listo: ${written.length === 1 ? written[0] : `${written.length} archivos en ${resolve(values.out)}`} ` +
				`(${count('metas')} metas, ${count('lugares')} lugares, ${count('municipios')} municipios).`
		);
	} catch (e) {
		console.error(`Error: ${(e as Error).message}`);
		process.exit(1);
	}
}
