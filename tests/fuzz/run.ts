/**
 * Runs every mutation through the real loader (`buildDataset` on the source
 * texts) and classifies the outcome: a clear error, accepted unchanged, or
 * accepted with changes; then checks each outcome against what its class owes.
 */
import { cachedDatasetBuilder, type Dataset, type SourceTexts } from '../../src/lib/dataset/index.ts';
import { DataError } from '../../src/lib/report/index.ts';
import { readSources } from '../../scripts/data/sources.ts';
import { FILE_NAMES, readCorpus, type DataFile } from './corpus.ts';
import {
	canonical,
	canonicalUnordered,
	generateMutations,
	MUTATION_CLASSES,
	type Mutation
} from './mutations.ts';

export const SEED = 20251201;
export const PER_CLASS = 25;

export type Outcome = 'error' | 'unchanged' | 'changed' | 'crash';

export interface Result {
	mutation: Mutation;
	outcome: Outcome;
	/** For `changed`: the dataset differs from the original only in the order of list items. */
	reordered: boolean;
	error?: Error;
	dataset?: Dataset;
	/** What the outcome owes its class and does not. */
	violations: string[];
}

/** Words of English error messages (the parser's, zod's): a message with them is not for staff. */
const ENGLISH =
	/\b(Invalid|invalid|expected|received|Required|must|Unexpected|unexpected|Map keys|Nested|Implicit|Source contains|Unresolved|undefined)\b/;

/** A problem in one file can show in the file that depends on it. */
const MAY_BLAME: Record<DataFile, string[]> = {
	// The descriptor's funding sources and population year are checked against metas and geodata.
	edicion: ['edicion.yaml', 'metas.yaml'],
	metas: ['metas.yaml', 'informe.yaml'],
	informe: ['informe.yaml'],
	lugares: ['lugares.yaml', 'metas.yaml']
};

function check(m: Mutation, outcome: Outcome, reordered: boolean, error?: Error): string[] {
	const v: string[] = [];
	if (outcome === 'crash') return [`excepción que no es DataError: ${error?.name}: ${error?.message}`];
	if (m.expect === 'error' && outcome !== 'error') v.push(`se esperaba un error y fue ${outcome}`);
	if (m.expect === 'same' && outcome !== 'unchanged') v.push(`se esperaba sin cambios y fue ${outcome}`);
	if (m.expect === 'same-or-error' && outcome === 'changed') v.push('aceptado con cambios');
	if (m.expect === 'permutation' && (outcome === 'error' || (outcome === 'changed' && !reordered))) {
		v.push(
			`se esperaba solo un cambio de orden y fue ${outcome}${outcome === 'changed' ? ' (otro cambio)' : ''}`
		);
	}
	if (error instanceof DataError) {
		const msg = error.message;
		if (!MAY_BLAME[m.file].includes(error.file)) v.push(`culpa a ${error.file}`);
		if (!msg.startsWith(error.file)) v.push('el mensaje no empieza por el nombre del archivo');
		if (ENGLISH.test(msg)) v.push(`mensaje con inglés: ${ENGLISH.exec(msg)?.[0]}`);
		for (const p of error.problems) {
			if (p.line === null && !p.text.includes('el máximo es 1.000 kB'))
				v.push(`problema sin línea: ${p.text}`);
		}
		if (
			m.line !== undefined &&
			error.file === FILE_NAMES[m.file] &&
			!error.problems.some((p) => p.line === m.line)
		) {
			v.push(`ningún problema en la línea ${m.line}: ${error.problems.map((p) => p.line).join(', ')}`);
		}
		for (const s of m.mentions ?? []) if (!msg.includes(s)) v.push(`el mensaje no dice «${s}»`);
	}
	return v;
}

export interface FuzzRun {
	results: Result[];
	original: Dataset;
	skipped: number;
	ms: number;
}

export function runFuzz(
	classes: readonly string[] = MUTATION_CLASSES,
	seed = SEED,
	perClass = PER_CLASS
): FuzzRun {
	const t0 = performance.now();
	const sources = readSources();
	const text = (b: SourceTexts[keyof SourceTexts]) =>
		typeof b === 'string' ? b : new TextDecoder().decode(b);
	// Unchanged files are passed as the same strings every time, so the builder reads them once.
	const texts: SourceTexts = {
		edicion: text(sources.edicion),
		metas: text(sources.metas),
		informe: text(sources.informe),
		lugares: text(sources.lugares),
		municipios: text(sources.municipios)
	};
	const build = cachedDatasetBuilder();
	const original = build(texts);
	// The dataset's objects are built in a fixed field order, whatever the order in the YAML, so
	// plain JSON compares them; canonical JSON is the fallback that is sure.
	const originalPlain = JSON.stringify(original);
	const originalJson = canonical(original);
	const originalUnordered = canonicalUnordered(original);
	const { mutations, skipped } = generateMutations(readCorpus(), seed, perClass, classes);
	const results = mutations.map((m): Result => {
		let outcome: Outcome;
		let error: Error | undefined;
		let dataset: Dataset | undefined;
		let reordered = false;
		try {
			dataset = build({ ...texts, [m.file]: m.input });
			outcome =
				JSON.stringify(dataset) === originalPlain || canonical(dataset) === originalJson
					? 'unchanged'
					: 'changed';
			if (outcome === 'changed') reordered = canonicalUnordered(dataset) === originalUnordered;
		} catch (e) {
			error = e as Error;
			outcome = e instanceof DataError ? 'error' : 'crash';
		}
		return {
			mutation: m,
			outcome,
			reordered,
			error,
			dataset: outcome === 'changed' ? dataset : undefined,
			violations: check(m, outcome, reordered, error)
		};
	});
	return { results, original, skipped, ms: performance.now() - t0 };
}

/** Counts by class and outcome, as a text table. */
export function table(results: readonly Result[]): string {
	const outcomes: Outcome[] = ['error', 'unchanged', 'changed', 'crash'];
	const head = ['clase', 'espera', 'n', 'error claro', 'sin cambios', 'con cambios', 'fallo', 'violaciones'];
	const rows: string[][] = [];
	const count = (rs: readonly Result[], o: Outcome) => String(rs.filter((r) => r.outcome === o).length);
	for (const cls of MUTATION_CLASSES) {
		const rs = results.filter((r) => r.mutation.cls === cls);
		if (!rs.length) continue;
		const expects = [...new Set(rs.map((r) => r.mutation.expect))].join('/');
		rows.push([
			cls,
			expects,
			String(rs.length),
			...outcomes.map((o) => count(rs, o)),
			String(rs.filter((r) => r.violations.length).length)
		]);
	}
	rows.push([
		'total',
		'',
		String(results.length),
		...outcomes.map((o) => count(results, o)),
		String(results.filter((r) => r.violations.length).length)
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	return [
		line(head),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...rows.slice(0, -1).map(line),
		widths.map((w) => '-'.repeat(w)).join('  '),
		line(rows[rows.length - 1])
	].join('\n');
}
