/**
 * A refused workbook's problems as the page lists them: grouped by sheet (or the file as a
 * whole), in row order, each with the message `npm run data:import` prints and the catalogue's
 * «what to do». Pure.
 */
import { formatProblem, PROBLEM_CATALOGUE, type Problem } from '../workbook/problems.ts';
import { IMPORT_TEXT } from './labels.ts';

export interface ProblemItem {
	/** Unique in the whole list (its position): the key of the page's list. */
	id: string;
	/** The full message, with sheet, row and column. */
	text: string;
	title: string;
	fix: string;
}

export interface ProblemGroup {
	/** Unique among the groups. */
	id: string;
	heading: string;
	items: ProblemItem[];
}

/** Groups in the order their first problem appears; problems of a sheet by row (whole-sheet ones first). */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
	const groups = new Map<string, { heading: string; items: { p: Problem; i: number }[] }>();
	problems.forEach((p, i) => {
		const key = p.sheet !== null ? `hoja:${p.sheet}` : `archivo:${p.file ?? ''}`;
		const heading = p.sheet !== null ? IMPORT_TEXT.sheet(p.sheet) : IMPORT_TEXT.wholeFile(p.file);
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { heading, items: [] }));
		g.items.push({ p, i });
	});
	return [...groups.entries()].map(([key, g]) => ({
		id: key,
		heading: g.heading,
		items: [...g.items]
			.sort((a, b) => (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i)
			.map(({ p, i }) => ({
				id: `p${i}`,
				text: formatProblem(p),
				title: PROBLEM_CATALOGUE[p.code].title,
				fix: PROBLEM_CATALOGUE[p.code].fix
			}))
	}));
}
