/**
 * The one error the data loader throws: the file, and each problem with its
 * line and column and a Spanish sentence saying where (meta or row, field,
 * value) and what was expected. Staff read these, not developers.
 */

export interface DataProblem {
	/** 1-based line and column in the file; null for a problem of the whole file (its size). */
	line: number | null;
	column: number | null;
	text: string;
}

/** More than this many problems are summarised: the first ones usually explain the rest. */
const SHOWN = 20;

function at(p: DataProblem): string {
	return p.line === null ? '' : `línea ${p.line}, columna ${p.column}`;
}

function format(file: string, problems: readonly DataProblem[]): string {
	if (problems.length === 1) {
		const p = problems[0];
		return `${file}${p.line === null ? '' : `, ${at(p)}`}: ${p.text}`;
	}
	const shown = problems.slice(0, SHOWN).map((p) => `- ${p.line === null ? '' : `${at(p)}: `}${p.text}`);
	const rest = problems.length - SHOWN;
	const more = rest > 0 ? [`- … y ${rest} ${rest === 1 ? 'problema' : 'problemas'} más`] : [];
	return [`${file}: ${problems.length} problemas`, ...shown, ...more].join('\n');
}

export class DataError extends Error {
	readonly problems: readonly DataProblem[];

	constructor(
		readonly file: string,
		problems: readonly (DataProblem | string)[]
	) {
		const list = problems.map((p) => (typeof p === 'string' ? { line: null, column: null, text: p } : p));
		const seen = new Set<string>();
		const unique = list
			.filter((p) => {
				const k = `${p.line}:${p.column}:${p.text}`;
				return !seen.has(k) && Boolean(seen.add(k));
			})
			.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
		super(format(file, unique));
		this.problems = unique;
		this.name = 'DataError';
	}
}
