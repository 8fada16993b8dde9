/**
 * The import page's engine in node, with the same files the build reads: an exported edition
 * previews as exactly the published dataset, a broken workbook gives the importer's problems at
 * their sheet, row and column, and a report document goes to a draft, a workbook and back to the
 * importer, which refuses it until reviewed.
 */
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/data/sources.ts';
import { loadEdition, loadTerritory } from '../../../scripts/data/workbook-io.ts';
import { generate } from '../../../tests/fixtures/informe/synthetic.ts';
import { renderDocx } from '../../../tests/fixtures/informe/docx.ts';
import { buildDataset } from '../dataset/index.ts';
import { editionToWorkbook, type WorkbookModel } from '../workbook/index.ts';
import { readWorkbookBytes, writeWorkbookBytes } from '../workbook/sheetjs.ts';
import { checkWorkbook, draftDocument, draftFile, importContext, templateFile } from './engine.ts';
import { groupProblems } from './problems.ts';

const ctx = importContext();
const published = buildDataset(readSources());
const current = () => editionToWorkbook(loadEdition(published.edition.id), loadTerritory());
const xlsx = (model: WorkbookModel, name = 'libro.xlsx') => ({
	name,
	bytes: writeWorkbookBytes(model, 'xlsx')
});

/** A copy of `model` with the cell under `header` in the row where column A is `key` set to `value`. */
function setCell(model: WorkbookModel, sheet: string, key: string | number, header: string, value: string) {
	const copy = structuredClone(model);
	const s = copy.sheets.find((x) => x.name === sheet)!;
	const col = s.rows[0].findIndex((c) => c?.t === 's' && c.v === header);
	const row = s.rows.findIndex(
		(r, i) => i > 0 && r[0] !== null && String(r[0].t === 'f' ? '' : r[0].v) === String(key)
	);
	expect(col, header).toBeGreaterThanOrEqual(0);
	expect(row, String(key)).toBeGreaterThan(0);
	s.rows[row][col] = { t: 's', v: value };
	return { model: copy, row: row + 1 };
}

describe('importContext', () => {
	it('takes the newest edition as the base, and the territory and decisions of the repository', () => {
		expect(ctx.base?.edition.id).toBe(published.edition.id);
		expect(ctx.territory.municipalities).toHaveLength(published.municipalities.length);
		expect(ctx.decisions.length).toBe(published.placeDecisions.length);
	});
});

describe('checkWorkbook', () => {
	it('previews an exported edition as exactly the published dataset (but for its id)', async () => {
		const out = await checkWorkbook([xlsx(current())], ctx);
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect({ ...out.dataset.edition, id: null }).toEqual({ ...published.edition, id: null });
		expect(out.dataset.edition.id).toBe('0000-vista-previa');
		expect({ ...out.dataset, edition: null }).toEqual({ ...published, edition: null });
	});

	it('lists an unknown municipality and text in a number column at their sheet, row and column', async () => {
		const a = setCell(current(), 'lugares', 1, 'municipio', 'Ocanna');
		const b = setCell(a.model, 'metas', 2, 'inversion_millones', 'mucho');
		const out = await checkWorkbook([xlsx(b.model)], ctx);
		expect(out.ok).toBe(false);
		if (out.ok) return;
		const texts = groupProblems(out.problems).flatMap((g) => g.items.map((i) => i.text));
		expect(texts).toContainEqual(
			expect.stringMatching(
				new RegExp(
					`^Hoja «lugares», fila ${a.row}, columna «municipio»: valor «Ocanna».*¿Quiso decir «Ocaña»\\?`
				)
			)
		);
		expect(texts).toContainEqual(
			expect.stringMatching(
				new RegExp(`^Hoja «metas», fila ${b.row}, columna «inversion_millones»: valor «mucho»`)
			)
		);
	});

	it('explains a file that is not a workbook instead of throwing', async () => {
		const out = await checkWorkbook(
			[{ name: 'libro.xlsx', bytes: new TextEncoder().encode('%PDF-1.4') }],
			ctx
		);
		expect(out.ok).toBe(false);
		if (!out.ok) expect(out.problems[0].code).toBe('archivo-desconocido');
	});
});

describe('the template', () => {
	it('is the workbook data:export --plantilla writes: it reads back and has no metas', async () => {
		const blob = await templateFile(ctx);
		const read = readWorkbookBytes(new Uint8Array(await blob.arrayBuffer()), 'plantilla.xlsx');
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		const metas = read.model.sheets.find((s) => s.name === 'metas')!;
		expect(metas.rows.filter((r) => r.some((c) => c !== null))).toHaveLength(1);
		expect(read.model.sheets.map((s) => s.name)).toContain('municipios');
	});
});

describe('a report document', () => {
	const report = generate({ municipalities: ctx.territory.municipalities, seed: 7, metas: 4 });

	it('becomes a draft with every meta, and its workbook is refused until reviewed', async () => {
		const bytes = await renderDocx(report);
		const out = await draftDocument({ name: 'informe.docx', bytes }, ctx);
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect(out.draft.metas.map((m) => m.number)).toEqual(report.metas.map((m) => m.number));
		expect(out.draft.source.sha256).toMatch(/^[0-9a-f]{64}$/);
		const book = await draftFile(out.draft, ctx);
		const checked = await checkWorkbook(
			[{ name: 'borrador.xlsx', bytes: new Uint8Array(await book.arrayBuffer()) }],
			ctx
		);
		expect(checked.ok).toBe(false);
		if (checked.ok) return;
		expect(checked.problems.map((p) => p.code)).toContain('por-revisar');
	});

	it('refuses a PDF and a non-UTF-8 text with a Spanish message', async () => {
		const pdf = await draftDocument(
			{ name: 'informe.pdf', bytes: new TextEncoder().encode('%PDF-1.7') },
			ctx
		);
		expect(pdf).toEqual({ ok: false, message: expect.stringContaining('es un PDF') });
		const latin = await draftDocument(
			{ name: 'informe.txt', bytes: new Uint8Array([0x4d, 0xe9, 0x74, 0x61]) },
			ctx
		);
		expect(latin).toEqual({ ok: false, message: expect.stringContaining('no es texto UTF-8') });
	});

	it('reads a .doc (Word 97-2003) into its own message, not an exception', async () => {
		const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
		const out = await draftDocument({ name: 'informe.doc', bytes: ole }, ctx);
		expect(out).toEqual({ ok: false, message: expect.stringContaining('Word 97-2003') });
	});
});
