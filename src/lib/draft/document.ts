/**
 * Every input becomes one canonical text: one line per paragraph or table
 * row, table cells separated by a tab, and a blank line between groups (a
 * table, a body paragraph, or text the PDF extraction separated by blank
 * lines). The extractor reads only this form, so a Word document, the PDF
 * extraction and a plain-text dump follow the same rules.
 */
import { fold } from '../text/index.ts';
import { isLabelLine } from './labels.ts';
import type { DraftFormat } from './schema.ts';

export interface CanonicalDocument {
	format: DraftFormat;
	/** Lines (`\n`), cells (`\t`), groups (one blank line). */
	text: string;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
		if (e[0] === '#') {
			const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
			return Number.isFinite(code) ? String.fromCodePoint(code) : all;
		}
		return ENTITIES[e.toLowerCase()] ?? all;
	});
}

/** Tags that end a paragraph inside a line: the paragraph boundary is kept as a line break. */
const BLOCK_TAG = /<\/(?:p|li|div|h\d|tr)\s*>|<(?:br|li|hr)\b[^>]*>/gi;

/**
 * One extracted line -> its paragraphs, without markdown escapes, paired
 * bold/italic markers, HTML tags and bullets (extraction artefacts, not
 * words). A line that held only tags and spaces stays one blank line.
 */
function cleanLine(line: string): string[] {
	const text = decodeEntities(
		line
			.replace(/\\([$*_#[\]()])/g, '$1')
			.replace(/\*\*([^*\n]+?)\*\*/g, '$1')
			.replace(/(^|[\s\t])\*([^*\n\t]+?)\*(?=$|[\s\t])/g, '$1$2')
			// An italic run across two lines leaves a lone marker at each end.
			.replace(/^(\s*)\*(?=[^\s*])/, '$1')
			.replace(/([^\s*])\*(\s*)$/, '$1$2')
			.replace(BLOCK_TAG, '\n')
			.replace(/<[^>]*>/g, ' ')
	)
		.replace(/[•●▪◦]/g, '\n')
		.replace(/\u00a0/g, ' ')
		.replace(/[ \f\v]+/g, ' ');
	const pieces = text
		.split('\n')
		.map((p) =>
			p
				.split('\t')
				.map((c) => c.trim())
				.join('\t')
				.replace(/^\t+$/, '')
		)
		.filter((p) => p !== '');
	return pieces.length ? pieces : [''];
}

/** A markdown table rule («--|---|--») left by the extraction. */
const TABLE_RULE = /^[\s|:\-–]*-[\s|:\-–]*$/;

/** Text extracted from a PDF keeps tabs between cells or HTML fragments; a plain dump has neither. */
export function detectTextFormat(raw: string): DraftFormat {
	return /\t|<\/?(p|ul|li|br|table|tr|td|span|div)\b[^>]*>/i.test(raw) ? 'texto-pdf' : 'texto';
}

/**
 * Page furniture: the running header that the PDF extraction repeats on every
 * page («Rendición de Cuentas 2024-2025 / SECRETARÍA DE ...»), so it does not
 * land inside a section. Only whole groups of two or more lines that each
 * repeat three times or more; a single repeated line may be content («Sin
 * datos a la fecha.» in several metas) and stays. Template labels stay.
 */
function dropFurniture(lines: readonly string[]): string[] {
	const key = (l: string) => l.replace(/\t/g, ' ').trim();
	const counts = new Map<string, number>();
	for (const l of lines) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
	const candidate = (l: string) => {
		const k = key(l);
		return (
			k.length > 0 &&
			k.length <= 80 &&
			(counts.get(k) ?? 0) >= 3 &&
			!FIGURE_WORDS.test(k) &&
			!isLabelLine(fold(k))
		);
	};
	const out: string[] = [];
	for (let i = 0; i < lines.length;) {
		if (lines[i].trim() === '') {
			out.push(lines[i++]);
			continue;
		}
		let j = i;
		while (j < lines.length && lines[j].trim() !== '') j++;
		const group = lines.slice(i, j);
		if (!(group.length >= 2 && group.every(candidate))) out.push(...group);
		i = j;
	}
	return out;
}

/** Lines the field extractors read are never furniture, however often they repeat («100% de cumplimiento...»). */
const FIGURE_WORDS = /[%$]|cumplimiento|avance|millones|beneficiari|poblaci[oó]n|localizaci[oó]n|[¿?]/i;

/** Joins lines into groups separated by exactly one blank line; trims. */
export function joinGroups(lines: readonly string[]): string {
	const out: string[] = [];
	for (const l of lines) {
		if (l.trim() === '') {
			if (out.length && out[out.length - 1] !== '') out.push('');
		} else out.push(l);
	}
	while (out.length && out[out.length - 1] === '') out.pop();
	return out.join('\n');
}

/** Canonical text from a text file (PDF extraction or plain dump). */
export function readText(raw: string): CanonicalDocument {
	const format = detectTextFormat(raw);
	const lines = raw
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.filter((l) => !TABLE_RULE.test(l))
		.flatMap(cleanLine);
	return { format, text: joinGroups(dropFurniture(lines)) };
}
