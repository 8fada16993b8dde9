/**
 * Verbatim quotes against the report text. The text was extracted from a PDF,
 * so before comparing we remove only extraction artefacts: markdown escapes
 * (`\$`), bold markers (`**`), HTML tags, and runs of whitespace. Wording,
 * spelling, accents and case are never touched.
 */
import { fold, foldKeepingLength } from '../text/index.ts';

export function normaliseReportText(text: string): string {
	return (
		text
			.normalize('NFC')
			.replace(/\\([$*_#[\]()])/g, '$1')
			// Bold markers come in pairs on one line; a lone ** is a footnote mark (Tabla 1).
			.replace(/\*\*([^*\n]+?)\*\*/g, '$1')
			.replace(/<[^>]*>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/** Every start position of `needle` in `haystack`. */
export function positionsOf(haystack: string, needle: string): number[] {
	const out: number[] = [];
	if (!needle) return out;
	for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) out.push(i);
	return out;
}

export interface MetaBlock {
	number: number;
	/** Normalised text of the block, from "Meta # N" to the next meta (or the end of the metas). */
	text: string;
	/** Offset in `text` where the LOCALIZACIÓN section starts (-1 when absent). */
	localizacionAt: number;
}

const META_MARK = /Meta # (\d+)/g;
const END_OF_METAS = 'CUMPLIMIENTO/AVANCE POR NIVEL DEL PDD';

/** Splits the normalised report into one block per meta. */
export function metaBlocks(normalisedReport: string): Map<number, MetaBlock> {
	const end = normalisedReport.indexOf(END_OF_METAS);
	const body = end === -1 ? normalisedReport : normalisedReport.slice(0, end);
	const marks = [...body.matchAll(META_MARK)];
	const blocks = new Map<number, MetaBlock>();
	marks.forEach((m, i) => {
		const start = m.index ?? 0;
		const stop = i + 1 < marks.length ? (marks[i + 1].index ?? body.length) : body.length;
		const text = body.slice(start, stop);
		blocks.set(Number(m[1]), { number: Number(m[1]), text, localizacionAt: text.indexOf('LOCALIZACIÓN') });
	});
	return blocks;
}

/** Whether `name` occurs in `text`, ignoring accents and case, as a whole word. */
export function mentions(text: string, name: string): boolean {
	return wordPositions(foldKeepingLength(text), fold(name)).length > 0;
}

/** Start positions of `needle` in `folded` where it is not part of a longer word. */
export function wordPositions(folded: string, needle: string): number[] {
	return positionsOf(folded, needle).filter((i) => {
		const before = folded[i - 1] ?? ' ';
		const after = folded[i + needle.length] ?? ' ';
		return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
	});
}
