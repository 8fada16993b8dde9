/**
 * This report (src/data/ediciones/2024-2025/fuente/informe.txt) drafted and
 * compared with its committed data through the real buildDataset: nothing a
 * draft states confidently may differ (wrong = 0), in each of three forms of
 * the same document: the PDF extraction, a plain-text dump of it, and a Word
 * file with its tables.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { readSources, REPORT_TEXT_PATH } from '../../../scripts/data/sources.ts';
import { draftContext } from '../../../scripts/informe/read.ts';
import { buildDataset } from '../dataset/index.ts';
import { Draft, draftFromDocument, readDocx, readText, type CanonicalDocument } from './index.ts';
import { scoreDraft } from './score.ts';

const raw = readFileSync(REPORT_TEXT_PATH, 'utf8');
const truth = buildDataset(readSources()).metas;
const ctx = draftContext();
const draftOf = (doc: CanonicalDocument) =>
	draftFromDocument(doc, { file: 'informe', sha256: '0'.repeat(64) }, ctx);

/** The same report as someone would copy it out of Word: no tags, no tabs, one cell per line. */
function plainDump(text: string): string {
	return text
		.replace(/\\([$*_#[\]()])/g, '$1')
		.replace(/<[^>]*>/g, '\n')
		.replace(/[\t•]/g, '\n')
		.replace(/\*\*/g, '')
		.split('\n')
		.map((l) => l.replace(/ +/g, ' ').trim())
		.join('\n');
}

/** The same report as a Word file: rows with cells become tables, other lines paragraphs. */
async function asDocx(canonical: string): Promise<Uint8Array> {
	const children: (Paragraph | Table)[] = [];
	for (const group of canonical.split('\n\n')) {
		const lines = group.split('\n');
		if (lines.some((l) => l.includes('\t'))) {
			const rows = lines.map(
				(l) =>
					new TableRow({
						children: l.split('\t').map((c) => new TableCell({ children: [new Paragraph(c)] }))
					})
			);
			children.push(new Table({ rows }));
		} else for (const l of lines) children.push(new Paragraph(l));
	}
	return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const text = readText(raw);
const once = <T>(f: () => Promise<T>) => {
	let p: Promise<T> | null = null;
	return () => (p ??= f());
};
const forms: [string, () => Promise<CanonicalDocument>][] = [
	['PDF text', async () => text],
	['plain-text dump', once(async () => readText(plainDump(raw)))],
	['Word', once(async () => readDocx(await asDocx(text.text)))]
];

// Drafting the whole report three times takes seconds on a busy machine.
describe('this report, drafted', { timeout: 60_000 }, () => {
	it.each(forms)('as %s: no confident value differs from the committed data', async (_, read) => {
		const doc = await read();
		const rows = scoreDraft(draftOf(doc), truth);
		expect(
			rows.filter((r) => r.wrong > 0).map((r) => [r.field, r.details.filter((d) => d.outcome === 'wrong')])
		).toEqual([]);
	});

	it.each(forms)('as %s: every meta and every LOCALIZACIÓN place is found or flagged', async (_, read) => {
		const rows = scoreDraft(draftOf(await read()), truth);
		const numbers = rows.find((r) => r.field === 'número de meta');
		expect(numbers?.match).toBe(truth.length);
		const loc = rows.find((r) => r.field === 'lugares de LOCALIZACIÓN');
		const expected = truth.flatMap((m) => m.places.filter((p) => p.evidence === 'localizacion')).length;
		expect((loc?.match ?? 0) + (loc?.flagged ?? 0)).toBeGreaterThanOrEqual(expected);
	});

	it('gives the same figures in the three forms', async () => {
		const drafts = await Promise.all(forms.map(async ([, read]) => draftOf(await read())));
		const figures = (d: Draft) =>
			d.metas.map((m) => [
				m.number,
				m.investmentMillionCop.value,
				m.compliancePct.value,
				m.progressPct.value,
				m.beneficiaries.count.value,
				m.scope.value
			]);
		expect(figures(drafts[1])).toEqual(figures(drafts[0]));
		expect(figures(drafts[2])).toEqual(figures(drafts[0]));
	});

	it('quotes the document verbatim', () => {
		const draft = draftOf(text);
		const flat = text.text.replace(/\s+/g, ' ');
		const quotes = draft.metas.flatMap((m) => [
			...[
				m.title,
				m.done,
				m.investmentMillionCop,
				m.compliancePct,
				m.progressPct,
				m.beneficiaries.count,
				m.scope
			]
				.map((f) => f.verbatim)
				.filter((v): v is string => v !== null && v !== 'LOCALIZACIÓN'),
			...m.places.flatMap((p) => p.quotes),
			...m.excluded.map((e) => e.verbatim)
		]);
		expect(quotes.filter((q) => !flat.includes(q))).toEqual([]);
	});

	it('is a valid draft', () => {
		expect(Draft.safeParse(draftOf(text)).success).toBe(true);
	});
});
