/**
 * `npm run data:import -- LIBRO.xlsx --edicion ID`: checks a workbook and writes the edition's
 * data files (edicion.yaml, metas.yaml, informe.yaml) into src/data/ediciones/ID/. On any problem
 * it writes nothing and prints every problem in Spanish (sheet, row, column, value, what was
 * expected), exit code 1. An existing edition is replaced only with `--reemplazar`, and then only
 * those three files (never `fuente/` or anything else in the folder). `--comprobar` only checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDataset } from '../../src/lib/dataset/index.ts';
import { EDITION_ID, EDITION_ID_HELP } from '../../src/lib/report/index.ts';
import { formatNotice, formatProblem, workbookToEdition, type Base } from '../../src/lib/workbook/index.ts';
import { readWorkbookFiles } from '../../src/lib/workbook/sheetjs.ts';
import { parseOptions } from './options.ts';
import { DATA_DIR, editionsDir, listEditions, SOURCE_PATHS } from './sources.ts';
import { loadDecisions, loadEdition, loadTerritory, readInputs, writeFilesAtomic } from './workbook-io.ts';

const USAGE =
	'npm run data:import -- LIBRO.xlsx|LIBRO.ods|HOJA.csv…|CARPETA --edicion ID [--reemplazar] [--comprobar]';

export interface ImportCliOptions {
	files: string[];
	edicion: string;
	reemplazar?: boolean;
	comprobar?: boolean;
	dataDir?: string;
}

export type ImportOutcome =
	| { ok: true; dir: string; written: string[]; notices: string[]; summary: string }
	| { ok: false; problems: string[]; notices: string[] };

/** A path as the user can find it: relative when inside the current folder. */
function shown(p: string): string {
	const rel = relative(process.cwd(), p);
	return rel && !rel.startsWith('..') ? rel : p;
}

export function importEdition(o: ImportCliOptions): ImportOutcome {
	const dataDir = resolve(o.dataDir ?? DATA_DIR);
	const fail = (problems: string[], notices: string[] = []): ImportOutcome => ({
		ok: false,
		problems,
		notices
	});
	if (!EDITION_ID.test(o.edicion)) {
		return fail([`--edicion «${o.edicion}»: se esperaba ${EDITION_ID_HELP}`]);
	}
	const dir = resolve(editionsDir(dataDir), o.edicion);
	const exists = existsSync(resolve(dir, 'edicion.yaml'));
	if (exists && !o.reemplazar && !o.comprobar) {
		return fail([
			`La edición «${o.edicion}» ya existe (${shown(dir)}). Para sustituir sus datos (edicion.yaml, metas.yaml, informe.yaml) añada --reemplazar; para solo comprobar el libro, --comprobar.`
		]);
	}
	const inputs = readInputs(o.files);
	if (inputs.problems.length) return fail(inputs.problems.map(formatProblem));
	const read = readWorkbookFiles(inputs.files);
	const notices = read.notices.map(formatNotice);
	if (!read.ok) return fail(read.problems.map(formatProblem), notices);

	const baseId = exists ? o.edicion : listEditions(dataDir)[0]?.id;
	let base: Base | undefined;
	if (baseId) {
		const b = loadEdition(baseId, dataDir);
		base = { edition: b.edition, indicatorYears: b.info.indicatorYears };
	}
	const territory = loadTerritory();
	const decisions = loadDecisions(dataDir);
	const result = workbookToEdition(read.model, {
		id: o.edicion,
		territory,
		placeDecisions: decisions,
		base,
		sourceName: inputs.files.map((f) => f.name).join(', ')
	});
	const allNotices = [...notices, ...result.notices.map(formatNotice)];
	if (!result.ok) return fail(result.problems.map(formatProblem), allNotices);

	// The same check the site's build makes, on exactly the files about to be written.
	try {
		buildDataset({
			edicion: result.files['edicion.yaml'],
			metas: result.files['metas.yaml'],
			informe: result.files['informe.yaml'],
			lugares: readFileSync(resolve(dataDir, 'lugares.yaml'), 'utf8'),
			municipios: readFileSync(SOURCE_PATHS.municipios, 'utf8')
		});
	} catch (e) {
		return fail(
			[`Los datos generados no pasan la comprobación del sitio: ${(e as Error).message}`],
			allNotices
		);
	}
	const e = result.edition;
	if (e.origin === 'informe' && e.reportText && !existsSync(resolve(dir, e.reportText))) {
		allNotices.push(
			`Libro: la edición es de origen «informe» y su texto (${e.reportText}) no está en ${shown(dir)}/: cópielo allí para que las pruebas comprueben las citas`
		);
	}
	const places = result.metas.reduce((n, m) => n + m.places.length, 0);
	const summary = `${result.metas.length} metas, ${places} lugares, ${result.info.indicators.length} indicadores; origen «${e.origin}»`;
	if (o.comprobar) return { ok: true, dir, written: [], notices: allNotices, summary };
	writeFilesAtomic(dir, { ...result.files });
	return { ok: true, dir, written: Object.keys(result.files), notices: allNotices, summary };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	try {
		const { values, positionals } = parseOptions(
			process.argv.slice(2),
			{
				edicion: { type: 'string' },
				reemplazar: { type: 'boolean' },
				comprobar: { type: 'boolean' },
				datos: { type: 'string' }
			},
			USAGE,
			true
		);
		if (!positionals.length) throw new Error(`Falta el libro que se importa.\nUso: ${USAGE}`);
		if (!values.edicion)
			throw new Error(`Falta --edicion (la carpeta de la edición, p. ej. 2026).\nUso: ${USAGE}`);
		const outcome = importEdition({
			files: positionals,
			edicion: values.edicion,
			reemplazar: values.reemplazar,
			comprobar: values.comprobar,
			dataDir: values.datos
		});
		for (const n of outcome.notices) console.log(`Aviso: ${n}`);
		if (!outcome.ok) {
			console.error(
				`No se escribió nada: ${outcome.problems.length === 1 ? 'hay 1 problema' : `hay ${outcome.problems.length} problemas`} en el libro.`
			);
			for (const p of outcome.problems) console.error(`- ${p}`);
			process.exit(1);
		}
		console.log(
			values.comprobar
				? `El libro está bien (${outcome.summary}). No se escribió nada (--comprobar).`
				: `Listo: edición «${values.edicion}» escrita en ${shown(outcome.dir)}/ (${outcome.written.join(', ')}): ${outcome.summary}.`
		);
	} catch (e) {
		console.error(`Error: ${(e as Error).message}`);
		process.exit(1);
	}
}
