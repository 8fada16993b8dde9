/**
 * `npm run --silent informe:borrador -- FILE`: prints the JSON draft of a
 * report (.docx, or the text of a PDF, or a plain-text dump) in the
 * Secretarías' template. A summary goes to stderr. See README.md.
 */
import { Draft, DocxError, draftFromDocument } from '../../src/lib/draft/index.ts';
import { draftContext, InputError, readReport } from './read.ts';

const USAGE = 'Uso: npm run --silent informe:borrador -- INFORME.docx|INFORME.txt';

function main(args: string[]): number {
	if (args.includes('--xlsx')) {
		console.error(
			'La opción --xlsx todavía no está disponible: el libro de la edición se escribe con el módulo de libros (issue 9). Por ahora el borrador sale como JSON; draftToRows() da sus filas.'
		);
		return 2;
	}
	const files = args.filter((a) => !a.startsWith('--'));
	if (files.length !== 1) {
		console.error(files.length ? `Indique un solo archivo (recibí ${files.length}).\n${USAGE}` : USAGE);
		return 2;
	}
	const { document, file, sha256 } = readReport(files[0]);
	const draft = Draft.parse(draftFromDocument(document, { file, sha256 }, draftContext()));
	process.stdout.write(JSON.stringify(draft, null, 2) + '\n');
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
