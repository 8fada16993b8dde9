/**
 * Every input becomes one canonical text: one line per paragraph or table
 * row, table cells separated by a tab, and a blank line between groups (a
 * table, a body paragraph, or text the PDF extraction separated by blank
 * lines). The extractor reads only this form, so a Word document, the PDF
 * extraction and a plain-text dump follow the same rules.
 */
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
 * Lines that repeat on every page (the running header «Rendición de Cuentas
 * 2024-2025», the entity's name) are page furniture: removed so they do not
 * land inside a section. Template labels repeat too, and are kept.
 */
function furniture(lines: readonly string[], keep: (line: string) => boolean): Set<string> {
	const counts = new Map<string, number>();
	for (const l of lines) {
		const key = l.replace(/\t/g, ' ').trim();
		if (key.length === 0 || key.length > 80) continue;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return new Set([...counts].filter(([k, n]) => n >= 3 && !keep(k) && !FIGURE_WORDS.test(k)).map(([k]) => k));
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

/**
 * Canonical text from a text file (PDF extraction or plain dump). `isLabel`
 * tells the template's labels, which are never page furniture.
 */
export function readText(raw: string, isLabel: (line: string) => boolean = () => false): CanonicalDocument {
	const format = detectTextFormat(raw);
	const lines = raw
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.filter((l) => !TABLE_RULE.test(l))
		.flatMap(cleanLine);
	const drop = furniture(lines, isLabel);
	const kept = lines.filter((l) => !drop.has(l.replace(/\t/g, ' ').trim()));
	return { format, text: joinGroups(kept) };
}
