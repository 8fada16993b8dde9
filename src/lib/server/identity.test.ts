/**
 * The site takes the report's identity from the edition descriptor and the
 * territory's from the geodata: the app builds the same edition `data:json`
 * picks by default, no route or library file writes an edition's or the
 * department's words of its own, and a variant edition is named by what the
 * app draws for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { listEditions, readSources, ROOT } from '../../../scripts/data/sources.ts';
import { buildDataset, toExploreData, type Dataset } from '../dataset/index.ts';
import { computeExplore, DEFAULT_STATE, subregionChoropleth } from '../explore/index.ts';
import { annexSpecs } from '../figure/annex.ts';
import { municipalityFigure, type FigureContext } from '../figure/specs.ts';
import { parseTerritory } from '../geo/index.ts';
import MetaFigures from '../report/components/MetaFigures.svelte';
import { parseEdition, type EditionDescriptor } from '../report/index.ts';
import { foldKeepingLength } from '../text/fold.ts';
import { getDataset } from './dataset.ts';

const territory = parseTerritory(readFileSync(resolve(ROOT, 'geodata/municipios.json'), 'utf8'));

describe('the edition the app shows', () => {
	it('is the newest edition folder, as the commands pick it', () => {
		expect(getDataset().edition.id).toBe(listEditions()[0].id);
	});
});

/** Every edition's words, and the territory's, that only data may write. */
function identityWords(): string[] {
	const words = new Set<string>([
		territory.department.name,
		`${territory.municipalities.length} municipios`,
		`${territory.subregions.length} subregiones`
	]);
	for (const { dir } of listEditions()) {
		const e = parseEdition(readFileSync(resolve(dir, 'edicion.yaml')));
		for (const w of [e.shortTitle, e.entity, e.government, e.period.label, e.period.text, e.published.text])
			words.add(w);
	}
	return [...words];
}

/**
 * What may still hold one of those words, with the reason: { file (from the repository
 * root), word, why }. Every entry must still be needed (a stale one fails), so the list
 * can only shrink. The goal is empty.
 */
const ALLOWED: { file: string; word: string; line: RegExp; why: string }[] = [];

/** Non-test source files the app is built from. */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const p = join(dir, d.name);
		if (d.isDirectory()) return sourceFiles(p);
		if (!/\.(ts|svelte)$/.test(d.name) || /\.test\.ts$|\.e2e\.ts$/.test(d.name)) return [];
		return [p];
	});
}

/**
 * Comments blanked (same length, newlines kept, so offsets and lines stay): a
 * comment may name the edition a limit was measured on; what a reader sees may not.
 * Only comments that open after a line start, a space or a bracket count, so
 * `https://` and globs like `ediciones/*` in strings stay code.
 */
export function blankComments(text: string): string {
	const blank = (m: string) => m.replace(/[^\n]/g, ' ');
	return text
		.replace(/<!--[\s\S]*?-->/g, blank)
		.replace(/(^|[\s({[,;])(\/\*[\s\S]*?\*\/)/g, (_, pre: string, c: string) => pre + blank(c))
		.replace(/(^|[\s({[,;])(\/\/[^\n]*)/gm, (_, pre: string, c: string) => pre + blank(c));
}

interface Hit {
	file: string;
	line: number;
	word: string;
	/** The line as written. */
	text: string;
}

/**
 * Where the words occur in a file's code and texts, ignoring case, accents and how
 * the formatter broke the lines (a title wrapped over two lines is still found).
 */
export function findWords(file: string, text: string, words: readonly string[]): Hit[] {
	const code = foldKeepingLength(blankComments(text));
	// Whitespace runs collapsed to one space, remembering where each character came from.
	let flat = '';
	const at: number[] = [];
	for (let i = 0; i < code.length; i++) {
		if (/\s/.test(code[i])) {
			if (flat.endsWith(' ')) continue;
			flat += ' ';
		} else flat += code[i];
		at.push(i);
	}
	const hits: Hit[] = [];
	for (const word of words) {
		const w = foldKeepingLength(word).replace(/\s+/g, ' ');
		for (let i = flat.indexOf(w); i !== -1; i = flat.indexOf(w, i + 1)) {
			const line = text.slice(0, at[i]).split('\n').length;
			hits.push({ file, word, line, text: text.split('\n')[line - 1].trim() });
		}
	}
	return hits;
}

describe('no route or library file names an edition or the territory', () => {
	const words = identityWords();
	const files = ['src/routes', 'src/lib'].flatMap((d) => sourceFiles(resolve(ROOT, d)));

	it('scans the app: the words come from every edicion.yaml and the geodata', () => {
		expect(files.length).toBeGreaterThan(100);
		expect(words).toEqual(
			expect.arrayContaining([
				getDataset().edition.shortTitle,
				getDataset().edition.period.label,
				getDataset().department.name
			])
		);
	});

	const hits = files.flatMap((f) => findWords(relative(ROOT, f), readFileSync(f, 'utf8'), words));
	const allows = (a: (typeof ALLOWED)[number], h: Hit) =>
		a.file === h.file && a.word === h.word && a.line.test(h.text);
	const allowed = (h: Hit) => ALLOWED.some((a) => allows(a, h));

	it('finds none outside comments, except the commented allowlist', () => {
		expect(hits.filter((h) => !allowed(h)).map((h) => `${h.file}:${h.line}: «${h.word}»`)).toEqual([]);
	});

	it('allows nothing that is no longer there (remove the entry)', () => {
		const stale = ALLOWED.filter((a) => !hits.some((h) => allows(a, h)));
		expect(stale.map((a) => `${a.file}: «${a.word}»`)).toEqual([]);
	});

	it.each([
		{
			name: 'a title',
			text: '<title>Mapa del Informe de Rendición de Cuentas 2024-2025</title>',
			word: 'Informe de Rendición de Cuentas 2024-2025',
			line: 1
		},
		{
			name: 'a name wrapped by the formatter, without accents',
			text: 'const a = 1;\n<p>\n\tTodo Norte de\n\t\tsantander</p>',
			word: 'Norte de Santander',
			line: 3
		},
		{
			name: 'a count in a regex',
			text: 'const r = /(?:los|sus) 40 municipios/;',
			word: '40 municipios',
			line: 1
		}
	])('catches $name', ({ text, word, line }) => {
		expect(findWords('x.svelte', text, [word])).toMatchObject([{ file: 'x.svelte', word, line }]);
	});

	it.each([
		['a line comment', 'const a = 1; // medido en 2024-2025'],
		['a block comment', '/** Caps of the 2024-2025 files. */\nconst a = 1;'],
		['a markup comment', '<!-- 2024-2025 -->\n<p>Hola</p>']
	])('ignores %s', (_, text) => {
		expect(findWords('x.ts', text, ['2024-2025'])).toEqual([]);
	});

	it('keeps a URL in a string as code', () => {
		expect(findWords('x.ts', "const u = 'https://x.example/2024-2025';", ['2024-2025'])).toHaveLength(1);
	});
});

/** The same data under another edition's identity: nothing the app draws may still say the first one's. */
function variantDescriptor(real: EditionDescriptor): EditionDescriptor {
	const text = readFileSync(resolve(listEditions()[0].dir, 'edicion.yaml'), 'utf8');
	const variant = parseEdition(
		text
			.replaceAll(real.entity, 'Secretaría de Agricultura')
			.replaceAll(real.shortTitle, 'Informe de Rendición de Cuentas 2026')
			.replaceAll(real.title, 'Informe de Rendición de Cuentas, periodo 2026')
			.replaceAll(
				real.source,
				'Informe de Rendición de Cuentas 2026, Secretaría de Agricultura (diciembre de 2026)'
			)
			.replace(/^id: .*$/m, "id: '2026'")
			.replace(/^ {2}text: .*$/m, '  text: enero a diciembre de 2026')
			.replace(/^ {2}label: .*$/m, "  label: '2026'")
			.replace(/^ {2}years: .*$/m, '  years: [2026]')
	);
	return variant;
}

describe('a variant edition', () => {
	const real = readSources();
	const dataset = buildDataset(real);
	const variant = variantDescriptor(dataset.edition as EditionDescriptor);
	const other: Dataset = { ...dataset, edition: variant };
	const old = [dataset.edition.period.label, dataset.edition.shortTitle, dataset.edition.entity];

	it('is a valid descriptor that differs in every identity field', () => {
		expect(variant).toMatchObject({
			id: '2026',
			entity: 'Secretaría de Agricultura',
			shortTitle: 'Informe de Rendición de Cuentas 2026',
			period: { label: '2026', years: [2026] }
		});
	});

	it('names itself on every annex figure and never the first edition', () => {
		const specs = annexSpecs(other, territory);
		expect(specs.length).toBeGreaterThan(10);
		for (const s of specs) {
			const all = [s.title, s.subtitle, s.source, s.caption, ...s.notes].join('\n');
			for (const w of old) expect(all, s.slug).not.toContain(w);
			expect(s.source, s.slug).toContain(variant.source);
		}
		const metaSpec = specs.find((s) => s.slug.endsWith('-localizacion'))!;
		expect(metaSpec.subtitle).toContain('Cumplimiento 2026:');
		const department = specs.find((s) => s.slug.startsWith('departamento-'))!;
		expect(department.subtitle).toContain(
			`${territory.department.name}, Informe de Rendición de Cuentas 2026 ·`
		);
	});

	it('names itself on the subregion and municipality figures the pages export', () => {
		const ctx: FigureContext = { edition: variant, territory };
		const data = toExploreData(other);
		const result = computeExplore(data, DEFAULT_STATE);
		const sub = annexSpecs(other, territory).at(-1)!;
		expect(sub.subtitle).toBe(
			`Las ${territory.subregions.length} subregiones de ${territory.department.name}: suma de las estimaciones de sus municipios`
		);
		expect(subregionChoropleth(data, result, 'investmentMillionCop', 'total').subregions).toHaveLength(
			territory.subregions.length
		);
		const m = territory.municipalities[0];
		const fig = municipalityFigure(
			{
				divipola: m.divipola,
				name: m.shortName,
				subregion: m.subregion,
				population: 1,
				populationYear: variant.populationYear,
				subregionMembers: [],
				localizacion: [],
				textOnly: [],
				departmental: []
			},
			territory.municipalities.map((x) => x.divipola),
			ctx
		);
		expect(fig.source).toContain(variant.source);
		expect(fig.notes).toContain(territory.subregionsNote);
		for (const w of old) expect([fig.subtitle, fig.source, ...fig.notes].join('\n')).not.toContain(w);
	});

	it('names its period on the meta figures of the pages', () => {
		const meta = dataset.metas[0];
		const html = (period: string) => render(MetaFigures, { props: { meta, period } }).body;
		expect(html(variant.period.label)).toContain('Cumplimiento 2026');
		// The meta's own quotes are the report's words («…en el periodo 2024-2025»): data, not a label.
		expect(html(variant.period.label)).not.toContain(`Cumplimiento ${dataset.edition.period.label}`);
		expect(html(dataset.edition.period.label)).toContain(`Cumplimiento ${dataset.edition.period.label}`);
	});
});
