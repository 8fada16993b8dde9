/**
 * Canonical text -> one block per meta, and inside each block the template's
 * parts: title, the three figure cells, EJECUCIÓN..., LOCALIZACIÓN. Found by
 * the template's labels, never by this report's wording.
 */
import { fold, foldKeepingLength } from '../text/index.ts';
import { END_OF_METAS, HEADING_QUESTION, LABELS, isLabelLine, type LabelId } from './labels.ts';

export interface Range {
	start: number;
	end: number;
}

export interface Block {
	number: number;
	/** «Meta # 13» as written. */
	marker: string;
	/** Canonical text of the block (from the title above, or from the marker, to the next meta). */
	text: string;
	/** Offset of `text` in the whole document. */
	offset: number;
	title: { range: Range; where: TitleWhere } | null;
	/** From the block start to EJECUCIÓN: where the three figure cells are. */
	figures: Range;
	done: Range | null;
	investment: Range | null;
	beneficiaries: Range | null;
	localizacion: LocalizacionPart | null;
}

export interface LocalizacionPart {
	heading: Range;
	/** The section's content, or null when the heading has none. */
	content: Range | null;
	/** The content came from a group after the heading that looks like a photo caption: not taken. */
	captionLike: Range | null;
	/** The content is a later group, not the heading's own (the reader confirms it names places). */
	fromNextGroup: boolean;
	/** The groups after the content, up to «Registro fotográfico» (a list written one name per paragraph continues there). */
	later: Range[];
}

const MARKER = /(^|\t)[ ]*(meta\s*(?:#|n[°º]\.?|no\.?|nro\.?|numero)?\s*(\d{1,3}))(?![\d%]|[.,]\d)/gm;

const MONTH =
	'(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
/** A day and month, a month and year, or a numeric date: what photo captions carry. */
export const DATE = new RegExp(
	`\\b\\d{1,2}\\s+(?:de\\s+)?${MONTH}\\b|\\b${MONTH}\\s+(?:de\\s+|del\\s+)?\\d{4}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`
);

/** Line [start, end) around `at` (end excludes the newline). */
function lineAt(text: string, at: number): Range {
	const start = text.lastIndexOf('\n', at - 1) + 1;
	const nl = text.indexOf('\n', at);
	return { start, end: nl === -1 ? text.length : nl };
}

function isHeaderCell(foldedCell: string): boolean {
	const c = foldedCell.trim();
	return /^(cumplimiento\s*\/\s*avance|inversion|beneficiarios)$/.test(c);
}

/** Cleans a title: no leading «:» or dash, no trailing period, single spaces. */
export function cleanTitle(s: string): string {
	return s
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^[:\-–.]\s*/, '')
		.replace(/\s*\.$/, '')
		.trim();
}

interface TitleFound {
	range: Range;
	where: TitleWhere;
}

/** Where the title was: the marker's cell, the next line, the line above in the same table, or above a blank line. */
export type TitleWhere = 'slot' | 'next-line' | 'line-above' | 'line-above-far';

/** A line that cannot be a title: a template label, a header cell, a question, another marker. */
function notTitle(text: string, folded: string, r: Range): boolean {
	const f = folded.slice(r.start, r.end);
	const firstCell = f.split('\t').find((c) => c.trim()) ?? '';
	return (
		isHeaderCell(firstCell) ||
		isLabelLine(f) ||
		/^[\t ]*¿/.test(f) ||
		MARKER_AT_LINE.test(f) ||
		!cleanTitle(text.slice(r.start, r.end))
	);
}

/** The title: the cell after the marker, else the next line, else the line above. */
function findTitle(text: string, folded: string, markerEnd: number): TitleFound | null {
	const line = lineAt(text, markerEnd);
	// Cells after the marker on its line, up to the header row.
	let at = markerEnd;
	for (const cell of text.slice(markerEnd, line.end).split('\t')) {
		const f = fold(cell);
		if (isHeaderCell(f) || /^(¿|que se hizo)/.test(f)) break;
		if (cleanTitle(cell)) {
			const lead = cell.length - cell.trimStart().length;
			return { range: { start: at + lead, end: at + cell.trimEnd().length }, where: 'slot' };
		}
		at += cell.length + 1;
	}
	const restIsHeader = isHeaderCell(
		fold(
			text
				.slice(markerEnd, line.end)
				.split('\t')
				.find((c) => c.trim()) ?? ''
		)
	);
	// The next non-empty line (a plain dump puts the title cell on its own line).
	if (!restIsHeader) {
		const m = /^\n(?:[ \t]*\n)?/.exec(text.slice(line.end));
		if (m && line.end + m[0].length < text.length) {
			const next = lineAt(text, line.end + m[0].length);
			if (!notTitle(text, folded, next)) return { range: trimmed(text, next), where: 'next-line' };
		}
	}
	// The line above: same group (a title row over the marker row), or across one blank line (to review).
	if (line.start >= 2 && text[line.start - 1] === '\n') {
		const far = text[line.start - 2] === '\n';
		const aboveEnd = far ? line.start - 2 : line.start - 1;
		if (aboveEnd > 0) {
			const above = lineAt(text, aboveEnd);
			if (!notTitle(text, folded, above) && !DATE.test(folded.slice(above.start, above.end))) {
				return { range: trimmed(text, above), where: far ? 'line-above-far' : 'line-above' };
			}
		}
	}
	return null;
}

const MARKER_AT_LINE = /^[\t ]*meta\s*(?:#|n[°º]\.?|no\.?|nro\.?|numero)?\s*\d{1,3}(?![\d%]|[.,]\d)/;

function trimmed(text: string, r: Range): Range {
	const s = text.slice(r.start, r.end);
	return { start: r.start + (s.length - s.trimStart().length), end: r.end - (s.length - s.trimEnd().length) };
}

/** Accepted occurrences of a label in a folded block. */
function occurrences(text: string, folded: string, id: LabelId): Range[] {
	const re = new RegExp(LABELS[id].source, 'g');
	const out: Range[] = [];
	for (const m of folded.matchAll(re)) {
		const r = { start: m.index, end: m.index + m[0].length };
		const question = HEADING_QUESTION[id];
		if (question) {
			const original = text.slice(r.start, r.end);
			const capitals = original === original.toUpperCase();
			const after = folded.slice(r.end, r.end + 40).replace(/^[\s\t:.•-]*/, '');
			const asked = new RegExp('^' + LABELS[question].source).test(after);
			const lineStart = /(^|[\n\t])[ ]*$/.test(folded.slice(Math.max(0, r.start - 3), r.start));
			if (!capitals && !asked && !lineStart) continue;
		}
		out.push(r);
	}
	return out;
}

/** The first occurrence at or after `from`. */
function firstAfter(rs: readonly Range[], from: number): Range | null {
	return rs.find((r) => r.start >= from) ?? null;
}

/** Splits a canonical document into meta blocks (in document order). */
export function splitBlocks(doc: string): Block[] {
	const folded = foldKeepingLength(doc);
	const marks = [...folded.matchAll(MARKER)].map((m) => {
		const start = m.index + m[1].length + (m[0].length - m[1].length - m[2].length);
		return { start, end: start + m[2].length, number: Number(m[3]) };
	});
	if (marks.length === 0) return [];
	const endMatch = END_OF_METAS.exec(folded.slice(marks[0].start));
	const docEnd = endMatch ? marks[0].start + endMatch.index : doc.length;
	const inBody = marks.filter((m) => m.start < docEnd);

	const heads = inBody.map((m) => {
		const title = findTitle(doc, folded, m.end);
		const start = title?.where.startsWith('line-above')
			? (title as TitleFound).range.start
			: lineAt(doc, m.start).start;
		return { ...m, title, blockStart: start };
	});
	return heads.map((h, i) => {
		const end = i + 1 < heads.length ? heads[i + 1].blockStart : docEnd;
		const text = doc.slice(h.blockStart, end).replace(/\s+$/, '');
		const shift = (r: Range): Range => ({ start: r.start - h.blockStart, end: r.end - h.blockStart });
		return {
			number: h.number,
			marker: doc.slice(h.start, h.end),
			text,
			offset: h.blockStart,
			title: h.title ? { range: shift(h.title.range), where: h.title.where } : null,
			...sections(text, shift({ start: h.end, end: h.end }).start)
		};
	});
}

/** Finds the template's parts inside one block's text. */
export function sections(
	text: string,
	afterMarker: number
): Pick<Block, 'figures' | 'done' | 'investment' | 'beneficiaries' | 'localizacion'> {
	const folded = foldKeepingLength(text);
	const occ = (id: LabelId) => occurrences(text, folded, id);
	let cursor = afterMarker;
	const take = (...ids: LabelId[]): Range | null => {
		const found = ids
			.map((id) => firstAfter(occ(id), cursor))
			.filter((r): r is Range => r !== null)
			.sort((a, b) => a.start - b.start)[0];
		if (found) cursor = found.end;
		return found ?? null;
	};
	const done = take('done');
	const investment = take('investment');
	const beneficiaries = take('beneficiaries');
	const ejecucion = take('ejecucion', 'how');
	const impacto = take('impacto', 'impactQuestion');
	const loc = take('localizacion', 'where');
	const photos = take('photos');
	const end = text.length;
	const figuresEnd = (ejecucion ?? impacto ?? loc ?? photos)?.start ?? end;
	const cell = (label: Range | null, ...next: (Range | null)[]): Range | null => {
		if (!label) return null;
		const stop = next.find((r): r is Range => r !== null && r.start >= label.end)?.start ?? figuresEnd;
		return { start: label.end, end: Math.min(stop, figuresEnd) };
	};
	return {
		figures: { start: 0, end: figuresEnd },
		done: cell(done, investment, beneficiaries),
		investment: cell(investment, beneficiaries),
		beneficiaries: cell(beneficiaries),
		localizacion: loc ? locPart(text, folded, loc, photos?.start ?? end) : null
	};
}

/** Whether a piece of folded text holds anything besides labels and punctuation. */
function hasContent(folded: string): boolean {
	let rest = folded;
	for (const id of ['localizacion', 'where'] as const)
		rest = rest.replace(new RegExp(LABELS[id].source, 'g'), ' ');
	return /[\p{L}\p{N}]/u.test(rest);
}

/**
 * LOCALIZACIÓN's content: what follows the heading in its own group (cell,
 * row, paragraph); if that is empty, the next group with content, unless it
 * looks like a photo caption (dated). Later groups are captions, not places.
 */
function locPart(text: string, folded: string, heading: Range, areaEnd: number): LocalizacionPart {
	let at = heading.end;
	// Skip the question right after the heading.
	const q = new RegExp('^[\\s\\t:.•-]*' + LABELS.where.source).exec(folded.slice(at, areaEnd));
	if (q) at += q[0].length;
	const groups: Range[] = [];
	let gs = at;
	for (let i = at; i <= areaEnd; i++) {
		if (i === areaEnd || (folded[i] === '\n' && folded[i + 1] === '\n')) {
			groups.push({ start: gs, end: i });
			gs = i + 2;
			i++;
		}
	}
	const withContent = (r: Range) => hasContent(folded.slice(r.start, r.end));
	const after = (r: Range) =>
		groups.filter((g) => g.start > r.start && withContent(g)).map((g) => trimmed(text, g));
	const first = groups[0];
	if (first && withContent(first)) {
		const content = cutCaptions(text, folded, trimmed(text, first));
		return { heading, content, captionLike: null, fromNextGroup: false, later: after(first) };
	}
	const next = groups.slice(1).find(withContent);
	if (!next) return { heading, content: null, captionLike: null, fromNextGroup: false, later: [] };
	const r = trimmed(text, next);
	if (DATE.test(folded.slice(r.start, r.end))) {
		return { heading, content: null, captionLike: r, fromNextGroup: true, later: [] };
	}
	return {
		heading,
		content: cutCaptions(text, folded, r),
		captionLike: null,
		fromNextGroup: true,
		later: after(next)
	};
}

/** Within the content's group, lines after the first one that carry a date are captions: cut them off. */
function cutCaptions(text: string, folded: string, r: Range): Range {
	let end = r.end;
	let lineStart = text.indexOf('\n', r.start);
	let sawContent = hasContent(folded.slice(r.start, lineStart === -1 ? r.end : Math.min(lineStart, r.end)));
	while (lineStart !== -1 && lineStart < end) {
		const next = text.indexOf('\n', lineStart + 1);
		const lineEnd = next === -1 || next > end ? end : next;
		const line = folded.slice(lineStart + 1, lineEnd);
		if (sawContent && DATE.test(line)) {
			end = lineStart;
			break;
		}
		if (hasContent(line)) sawContent = true;
		lineStart = next;
	}
	return trimmed(text, { start: r.start, end });
}
