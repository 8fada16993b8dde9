/**
 * What the import page does with a file, with the same code the commands and the build use:
 * a workbook is read (SheetJS, loaded here on demand), checked by `workbookToEdition` and built
 * by `buildDataset`, so the preview is what a publish would show; a report document becomes a
 * draft (`draftFromDocument`) and the draft a workbook (`draftWorkbook`). Loaded by the page with
 * `import()` when a file is read or a workbook asked for, so no other page ships zod, YAML or
 * SheetJS. Nothing leaves the browser.
 */
import './jitless.ts';
import { buildDataset, type Dataset } from '../dataset/index.ts';
import {
	Draft,
	DocxError,
	draftFromDocument,
	draftToRows,
	readDocx,
	readText,
	type CanonicalDocument,
	type DraftContext
} from '../draft/index.ts';
import { parseTerritory, type Territory } from '../geo/index.ts';
import {
	newestFirst,
	parseEdition,
	parsePlaceDecisions,
	parseReportInfo,
	type EditionDescriptor,
	type PlaceDecision,
	type ReportInfo
} from '../report/index.ts';
import {
	draftWorkbook,
	formatNotice,
	loadSpreadsheetIO,
	seal,
	templateWorkbook,
	workbookToEdition,
	type Problem
} from '../workbook/index.ts';
import { DOCUMENT_BYTES, PREVIEW_ID, WORKBOOK_MIME } from './files.ts';
import { IMPORT_TEXT } from './labels.ts';
import { sourceTexts, type SourceTexts } from './sources.ts';

export interface InputFile {
	name: string;
	bytes: Uint8Array;
}

/** What every step needs: the territory, the place decisions and the newest edition. */
export interface ImportContext {
	territory: Territory;
	decisions: PlaceDecision[];
	/** The newest edition: where an imported workbook takes missing fields, and the template's identity. */
	base: { edition: EditionDescriptor; info: ReportInfo } | null;
	texts: Pick<SourceTexts, 'lugares' | 'municipios'>;
}

export function importContext(texts: SourceTexts = sourceTexts()): ImportContext {
	const newest = texts.editions
		.map((e) => ({
			...e,
			descriptor: parseEdition(e.edicion, `ediciones/${e.id}/edicion.yaml`)
		}))
		.map((e) => ({ ...e, date: e.descriptor.published.date }))
		.sort(newestFirst)[0];
	return {
		territory: parseTerritory(texts.municipios),
		decisions: parsePlaceDecisions(texts.lugares),
		base: newest
			? {
					edition: newest.descriptor,
					info: parseReportInfo(newest.informe, `ediciones/${newest.id}/informe.yaml`)
				}
			: null,
		texts: { lugares: texts.lugares, municipios: texts.municipios }
	};
}

export type WorkbookOutcome =
	{ ok: true; dataset: Dataset; notices: string[] } | { ok: false; problems: Problem[]; notices: string[] };

/** Reads one workbook (or several .csv, one per sheet), checks it and builds its dataset. */
export async function checkWorkbook(
	files: readonly InputFile[],
	ctx: ImportContext
): Promise<WorkbookOutcome> {
	const io = await loadSpreadsheetIO();
	const read = io.readWorkbookFiles(files);
	const notices = read.notices.map(formatNotice);
	if (!read.ok) return { ok: false, problems: read.problems, notices };
	const result = workbookToEdition(read.model, {
		id: PREVIEW_ID,
		territory: ctx.territory,
		placeDecisions: ctx.decisions,
		base: ctx.base ? { edition: ctx.base.edition, indicatorYears: ctx.base.info.indicatorYears } : undefined,
		sourceName: files.map((f) => f.name).join(', ')
	});
	notices.push(...result.notices.map(formatNotice));
	if (!result.ok) return { ok: false, problems: result.problems, notices };
	try {
		// The same check the site's build makes (and data:import before it writes anything).
		const dataset = buildDataset({
			edicion: result.files['edicion.yaml'],
			metas: result.files['metas.yaml'],
			informe: result.files['informe.yaml'],
			lugares: ctx.texts.lugares,
			municipios: ctx.texts.municipios
		});
		return { ok: true, dataset, notices };
	} catch (e) {
		return {
			ok: false,
			problems: [
				{
					code: 'dato-invalido',
					file: files[0]?.name,
					sheet: null,
					row: null,
					column: null,
					value: null,
					found: `los datos no pasan la comprobación del sitio (${(e as Error).message})`,
					expected: IMPORT_TEXT.buildExpected
				}
			],
			notices
		};
	}
}

export type DocumentOutcome = { ok: true; draft: Draft } | { ok: false; message: string };

async function sha256(bytes: Uint8Array): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A report document (.docx, or the text of a PDF or a plain dump) -> its draft, as `informe:borrador`. */
export async function draftDocument(file: InputFile, ctx: ImportContext): Promise<DocumentOutcome> {
	const { name, bytes } = file;
	if (bytes.length > DOCUMENT_BYTES) return { ok: false, message: IMPORT_TEXT.documentTooLarge(name) };
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
	const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf;
	let document: CanonicalDocument;
	try {
		if (/\.docx?$/i.test(name) || zip || ole) document = readDocx(bytes);
		else if (bytes[0] === 0x25 && bytes[1] === 0x50)
			return { ok: false, message: IMPORT_TEXT.documentPdf(name) };
		else {
			let text: string;
			try {
				text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
			} catch {
				return { ok: false, message: IMPORT_TEXT.documentNotText(name) };
			}
			document = readText(text);
		}
	} catch (e) {
		if (e instanceof DocxError) return { ok: false, message: e.message };
		throw e;
	}
	const context: DraftContext = {
		municipalities: ctx.territory.municipalities,
		department: ctx.territory.department.name,
		decisions: ctx.decisions,
		subregions: ctx.territory.subregions
	};
	const draft = Draft.parse(
		draftFromDocument(document, { file: name, sha256: await sha256(bytes) }, context)
	);
	return { ok: true, draft };
}

function templateOf(ctx: ImportContext) {
	return templateWorkbook(ctx.territory, ctx.base ?? undefined);
}

/** The empty workbook to fill (as `data:export --plantilla`), as an .xlsx file. */
export async function templateFile(ctx: ImportContext): Promise<Blob> {
	const io = await loadSpreadsheetIO();
	return new Blob([io.writeWorkbookBytes(seal(templateOf(ctx)), 'xlsx') as Uint8Array<ArrayBuffer>], {
		type: WORKBOOK_MIME
	});
}

/** The draft as the edition workbook to review and import (as `informe:borrador --xlsx`). */
export async function draftFile(draft: Draft, ctx: ImportContext): Promise<Blob> {
	const io = await loadSpreadsheetIO();
	const model = seal(draftWorkbook(templateOf(ctx), draftToRows(draft)));
	return new Blob([io.writeWorkbookBytes(model, 'xlsx') as Uint8Array<ArrayBuffer>], { type: WORKBOOK_MIME });
}
