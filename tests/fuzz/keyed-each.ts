/**
 * Every keyed `{#each list as x (key)}` of the app, and why its keys cannot
 * repeat. Svelte throws `each_key_duplicate` on a repeated key and the page
 * stops hydrating, so data that passes the loader must never repeat one.
 *
 * - `data`: the list comes from the data files; `keys` computes, from the pages'
 *   real load functions, every list the block renders. The loader forbids the
 *   repeats (see `why`), and the tests check these lists on the real data and on
 *   every mutated dataset the loader accepts.
 * - `geodata`: the list comes from the committed boundaries (checked once).
 * - `fixed`: constant options of the interface, or a list owned by another concern.
 *
 * keyed-each.test.ts fails when a keyed each block is added, changed or removed
 * without updating this list.
 */
import {
	aggregateSubregions,
	compareOptions,
	computeExplore,
	DEFAULT_STATE
} from '../../src/lib/explore/index.ts';
import { screenMap } from '../../src/lib/map/index.ts';
import { buildIndex } from '../../src/lib/search/index.ts';
import { comparisonRows } from '../../src/lib/views/municipality-text.ts';
import type { Pages } from './pages.ts';

export type KeySource =
	| { kind: 'data'; why: string; keys: (p: Pages) => unknown[][] }
	| { kind: 'geodata'; why: string; keys: () => unknown[][] }
	| { kind: 'fixed'; why: string };

type MetaPage = Pages['meta'][number];
type Place = MetaPage['meta']['places'][number];

/** The meta page's `byEvidence`: one entry per place and evidence level. */
function byEvidence(page: MetaPage, e: 'localizacion' | 'text'): Place[] {
	const here = page.meta.places.filter((p) => p.evidence === e);
	const key = (p: Place) => p.divipola ?? p.writtenAs;
	return here.filter((p, i) => here.findIndex((q) => key(q) === key(p)) === i);
}

/** Every id the home page's search can list (its results are a subset). */
const searchIds = (p: Pages) =>
	buildIndex(p.home.explore.municipalities, p.home.explore.subregions, p.home.places).entries.map(
		(e) => e.id
	);

const FIXED_OPTIONS = 'constant options of the interface';
const geometry = () => screenMap();

/** `file | list expression | key expression`, whitespace collapsed. */
export const KEYED_EACH: Record<string, KeySource> = {
	'src/lib/explore/Controls.svelte | entries(METRIC_LABELS) | v': { kind: 'fixed', why: FIXED_OPTIONS },
	'src/lib/explore/Controls.svelte | entries(NORM_LABELS) | v': { kind: 'fixed', why: FIXED_OPTIONS },
	'src/lib/explore/Controls.svelte | entries(RULE_LABELS) | v': { kind: 'fixed', why: FIXED_OPTIONS },
	'src/lib/explore/Controls.svelte | entries(EVIDENCE_LABELS) | v': { kind: 'fixed', why: FIXED_OPTIONS },
	'src/lib/explore/Controls.svelte | entries(FUNDING_LABELS) | v': { kind: 'fixed', why: FIXED_OPTIONS },
	'src/lib/explore/Controls.svelte | CLASS_METHODS | v': { kind: 'fixed', why: FIXED_OPTIONS },
	'src/lib/explore/Controls.svelte | CLASS_COUNTS | k': { kind: 'fixed', why: FIXED_OPTIONS },
	'src/lib/explore/Controls.svelte | metas | m.number': {
		kind: 'data',
		why: 'meta numbers: the schema refuses a repeated number (Metas)',
		keys: (p) => [p.home.metaTitles.map((m) => m.number)]
	},
	'src/lib/explore/ValuesTable.svelte | headers | k': { kind: 'fixed', why: FIXED_OPTIONS },
	'src/lib/explore/ValuesTable.svelte | sorted.rows | v.divipola': {
		kind: 'data',
		why: 'one row per municipality of the territory (DIVIPOLA codes)',
		keys: (p) => [computeExplore(p.home.explore, DEFAULT_STATE).values.map((v) => v.divipola)]
	},
	'src/lib/figure/ExportForm.svelte | Object.entries(PAPER_LABELS) | v': {
		kind: 'fixed',
		why: FIXED_OPTIONS
	},
	'src/lib/figure/ExportForm.svelte | Object.entries(ORIENTATION_LABELS) | v': {
		kind: 'fixed',
		why: FIXED_OPTIONS
	},
	'src/lib/search/SearchOptions.svelte | matches | m.id': {
		kind: 'data',
		why: 'search results, each entry of the index once: municipalities by DIVIPOLA, subregions by name (one per subregion of the committed geodata), places by folded name (PlaceDecisions refuses two decisions with one folded name)',
		keys: (p) => [searchIds(p)]
	},
	'src/lib/search/SearchStatus.svelte | suggestions | s.id': {
		kind: 'data',
		why: 'the closest entries of the same index, each once',
		keys: (p) => [searchIds(p)]
	},
	"src/routes/comparar/+page.svelte | [['antes', 'Edición anterior', pair.before], ['despues', 'Edición posterior', pair.after]] | key":
		{ kind: 'fixed', why: FIXED_OPTIONS },
	'src/routes/comparar/+page.svelte | data.compared | e.id': {
		kind: 'fixed',
		why: 'edition ids are folder names, and src/lib/server/dataset.ts refuses two editions with one id'
	},
	'src/routes/comparar/+page.svelte | [c.before, c.after] | side.id': {
		kind: 'fixed',
		why: 'pickEditions never returns one edition twice (src/lib/explore/editions.test.ts)'
	},
	'src/routes/comparar/+page.svelte | c.changes | v.divipola': {
		kind: 'geodata',
		why: 'one row per municipality of the committed geodata',
		keys: () => [geometry().geometry.municipios.map((m) => m.divipola)]
	},
	'src/routes/comparar/+page.svelte | numbers | n': {
		kind: 'data',
		why: 'meta numbers only in one edition: the schema refuses a repeated number (Metas)',
		keys: (p) => [p.home.metaTitles.map((m) => m.number)]
	},
	'src/routes/+layout.svelte | others | e.id': {
		kind: 'fixed',
		why: 'edition ids are folder names, and src/lib/server/dataset.ts refuses two editions with one id'
	},
	'src/lib/importar/DraftReview.svelte | view.problems | p': {
		kind: 'fixed',
		why: 'draftView keeps each document-wide message once (a Set)'
	},
	'src/lib/importar/DraftReview.svelte | view.metas | m.id': {
		kind: 'fixed',
		why: 'draftView numbers the metas by position (a draft may repeat a meta number)'
	},
	'src/lib/importar/DraftReview.svelte | m.problems | p': {
		kind: 'fixed',
		why: 'draftView keeps each message of a meta once (a Set)'
	},
	'src/lib/importar/DraftReview.svelte | m.fields | f.key': {
		kind: 'fixed',
		why: 'one row per draft field, a constant list in draftView'
	},
	'src/lib/importar/DraftReview.svelte | m.places | p.id': {
		kind: 'fixed',
		why: 'draftView numbers the places of a meta by position'
	},
	'src/lib/importar/PreviewMeta.svelte | preview.metaTitles | m.number': {
		kind: 'data',
		why: 'meta numbers of a workbook that passed buildDataset: the schema refuses a repeated number (Metas)',
		keys: (p) => [p.home.metaTitles.map((m) => m.number)]
	},
	'src/lib/importar/ProblemList.svelte | groups | g.id': {
		kind: 'fixed',
		why: 'groupProblems makes one group per sheet or file (a Map)'
	},
	'src/lib/importar/ProblemList.svelte | g.items | p.id': {
		kind: 'fixed',
		why: 'groupProblems numbers the problems by position in the whole list'
	},
	'src/lib/importar/ProblemList.svelte | notices | i': { kind: 'fixed', why: 'keyed by position' },
	'src/lib/importar/ImportResult.svelte | outcome.notices | i': { kind: 'fixed', why: 'keyed by position' },
	'src/lib/legend/Legend.svelte | content.rows | row.key': {
		kind: 'fixed',
		why: 'one row per class index and per status (legend.ts builds the keys), not from the data files: src/lib/legend tests every view of the control space'
	},
	'src/lib/map/SvgMap.svelte | layers | layer.id': {
		kind: 'fixed',
		why: 'one layer per id of LAYER_ORDER (map/cartography.ts)'
	},
	'src/lib/map/SvgMap.svelte | geometry.municipios | m.divipola': {
		kind: 'geodata',
		why: 'the 40 municipalities of the committed geodata',
		keys: () => [geometry().geometry.municipios.map((m) => m.divipola)]
	},
	'src/lib/map/SvgMap.svelte | geometry.municipios.filter((m) => m.divipola === selected || m.divipola === hovered) | m.divipola':
		{ kind: 'geodata', why: 'a subset of the municipalities above', keys: () => [] },
	'src/routes/[[edicion=edicion]]/+page.svelte | data.choices | m.divipola': {
		kind: 'data',
		why: 'the municipalities, sorted by name',
		keys: (p) => [p.home.choices.map((m) => m.divipola)]
	},
	"src/routes/[[edicion=edicion]]/meta/[numero]/+page.svelte | byEvidence('localizacion').filter((p) => p.divipola) | p.divipola":
		{
			kind: 'data',
			why: 'byEvidence keeps one place per code; the loader refuses a place twice at one evidence level',
			keys: (p) =>
				p.meta.map((page) =>
					byEvidence(page, 'localizacion')
						.filter((x) => x.divipola)
						.map((x) => x.divipola)
				)
		},
	"src/routes/[[edicion=edicion]]/meta/[numero]/+page.svelte | byEvidence('text') | p.divipola ?? p.writtenAs":
		{
			kind: 'data',
			why: 'byEvidence keeps one place per key',
			keys: (p) => p.meta.map((page) => byEvidence(page, 'text').map((x) => x.divipola ?? x.writtenAs))
		},
	'src/routes/[[edicion=edicion]]/meta/[numero]/+page.svelte | meta.notes | JSON.stringify([n.from, n.text])':
		{
			kind: 'data',
			why:
				'a meta shows its own notes and the cross-meta notes of others: the schema refuses two notes ' +
				'of one meta with the same text, and the key pairs the text with the meta it is written in',
			keys: (p) => p.meta.map((page) => page.meta.notes.map((n) => JSON.stringify([n.from, n.text])))
		},
	'src/routes/[[edicion=edicion]]/meta/[numero]/+page.svelte | meta.groups | g.label': {
		kind: 'data',
		why: 'the schema refuses two groups of a meta with the same label',
		keys: (p) => p.meta.map((page) => page.meta.groups.map((g) => g.label))
	},
	'src/lib/report/components/NoteItem.svelte | note.quotes | q': {
		kind: 'data',
		why: 'the schema refuses the same quote twice in a note',
		keys: (p) => [
			...p.meta.flatMap((page) => page.meta.notes.map((n) => n.quotes ?? [])),
			...p.metodo.report.notes.map((n) => n.quotes ?? [])
		]
	},
	'src/lib/report/components/NoteItem.svelte | concerned.filter((n) => n !== current) | n': {
		kind: 'fixed',
		why: 'NoteItem makes the list of concerned metas a Set before sorting it'
	},
	'src/routes/[[edicion=edicion]]/meta/[numero]/+page.svelte | meta.excluded | JSON.stringify([x.text, x.quote])':
		{
			kind: 'data',
			why: 'the schema refuses the same exclusion (text and quote) twice in a meta; the key cannot collide',
			keys: (p) => p.meta.map((page) => page.meta.excluded.map((x) => JSON.stringify([x.text, x.quote])))
		},
	'src/routes/[[edicion=edicion]]/meta/[numero]/+page.svelte | data.others | o.number': {
		kind: 'data',
		why: 'meta numbers',
		keys: (p) => p.meta.map((page) => page.others.map((o) => o.number))
	},
	'src/routes/[[edicion=edicion]]/metas/+page.svelte | data.metas | m.number': {
		kind: 'data',
		why: 'meta numbers',
		keys: (p) => [p.metas.metas.map((m) => m.number)]
	},
	'src/routes/[[edicion=edicion]]/metodo/+page.svelte | data.rules | r': {
		kind: 'data',
		why: 'one sentence per allocation rule',
		keys: (p) => [p.metodo.rules]
	},
	'src/routes/[[edicion=edicion]]/metodo/+page.svelte | data.decisions | d.name': {
		kind: 'data',
		why: 'the schema refuses two decisions for one name (PlaceDecisions, without accents or case)',
		keys: (p) => [p.metodo.decisions.map((d) => d.name)]
	},
	'src/routes/[[edicion=edicion]]/metodo/+page.svelte | data.excluded | JSON.stringify([x.meta, x.text, x.quote])':
		{
			kind: 'data',
			why: 'as meta.excluded, with the meta number in a key that cannot collide',
			keys: (p) => [p.metodo.excluded.map((x) => JSON.stringify([x.meta, x.text, x.quote]))]
		},
	'src/routes/[[edicion=edicion]]/metodo/+page.svelte | data.totals | t.id': {
		kind: 'data',
		why: 'the schema refuses a repeated narrative-total id (ReportInfo)',
		keys: (p) => [p.metodo.totals.map((t) => t.id)]
	},
	'src/routes/[[edicion=edicion]]/metodo/+page.svelte | data.indicators | i.id': {
		kind: 'data',
		why: 'the schema refuses a repeated indicator id (ReportInfo)',
		keys: (p) => [p.metodo.indicators.map((i) => i.id)]
	},
	'src/routes/[[edicion=edicion]]/metodo/+page.svelte | data.footnotes | f.mark': {
		kind: 'data',
		why: 'the schema refuses a repeated footnote mark (ReportInfo)',
		keys: (p) => [p.metodo.footnotes.map((f) => f.mark)]
	},
	'src/routes/[[edicion=edicion]]/metodo/+page.svelte | data.crossMetaNotes | JSON.stringify([n.from, n.text])':
		{
			kind: 'data',
			why: 'each cross-meta note once, from the meta it is written in; a meta refuses repeated note texts',
			keys: (p) => [p.metodo.crossMetaNotes.map((n) => JSON.stringify([n.from, n.text]))]
		},
	'src/routes/[[edicion=edicion]]/metodo/+page.svelte | ben.byUnit | g.unit': {
		kind: 'fixed',
		why: 'reconcile() groups the metas by unit: one group per unit by construction'
	},
	'src/routes/[[edicion=edicion]]/metodo/+page.svelte | data.report.notes | n.text': {
		kind: 'data',
		why: 'the schema refuses two report notes with the same text',
		keys: (p) => [p.metodo.report.notes.map((n) => n.text)]
	},
	'src/routes/[[edicion=edicion]]/municipio/[divipola]/+page.svelte | comparison | row.label': {
		kind: 'data',
		why: 'the municipality, «Subregión …» and «Departamento …»: no municipality is called either',
		keys: (p) => p.municipio.map((v) => comparisonRows(v).map((r) => r.label))
	},
	'src/routes/[[edicion=edicion]]/municipio/[divipola]/+page.svelte | e.quotes | q': {
		kind: 'data',
		why: 'municipalityView keeps each quote once',
		keys: (p) => p.municipio.flatMap((v) => [...v.localizacion, ...v.textOnly].map((e) => e.quotes))
	},
	'src/routes/[[edicion=edicion]]/municipio/[divipola]/+page.svelte | v.localizacion | e.meta.number': {
		kind: 'data',
		why: 'one entry per meta',
		keys: (p) => p.municipio.map((v) => v.localizacion.map((e) => e.meta.number))
	},
	'src/routes/[[edicion=edicion]]/municipio/[divipola]/+page.svelte | v.textOnly | e.meta.number': {
		kind: 'data',
		why: 'one entry per meta',
		keys: (p) => p.municipio.map((v) => v.textOnly.map((e) => e.meta.number))
	},
	'src/routes/[[edicion=edicion]]/municipio/[divipola]/+page.svelte | v.departmental | d.number': {
		kind: 'data',
		why: 'meta numbers',
		keys: (p) => p.municipio.map((v) => v.departmental.map((d) => d.number))
	},
	'src/routes/[[edicion=edicion]]/municipio/[divipola]/+page.svelte | v.neighbours | n.divipola': {
		kind: 'data',
		why: 'neighbours from the committed topology',
		keys: (p) => p.municipio.map((v) => v.neighbours.map((n) => n.divipola))
	},
	'src/routes/[[edicion=edicion]]/municipio/[divipola]/+page.svelte | v.subregionMembers | n.divipola': {
		kind: 'data',
		why: 'municipalities of the subregion',
		keys: (p) => p.municipio.map((v) => v.subregionMembers.map((n) => n.divipola))
	},
	'src/routes/[[edicion=edicion]]/subregiones/+page.svelte | Object.entries(RULE_LABELS) | v': {
		kind: 'fixed',
		why: FIXED_OPTIONS
	},
	'src/routes/[[edicion=edicion]]/subregiones/+page.svelte | pickers | key': {
		kind: 'fixed',
		why: 'the two compare selects, «a» and «b»'
	},
	'src/routes/[[edicion=edicion]]/subregiones/+page.svelte | sorted.rows | s.name': {
		kind: 'data',
		why: 'one row per subregion of the committed geodata',
		keys: (p) => [
			aggregateSubregions(p.subregiones.explore, computeExplore(p.subregiones.explore, DEFAULT_STATE)).map(
				(s) => s.name
			)
		]
	},
	'src/routes/[[edicion=edicion]]/subregiones/+page.svelte | options.subregions | o.id': {
		kind: 'data',
		why: 'one option per subregion',
		keys: (p) => [compareOptions(p.subregiones.explore).subregions.map((o) => o.id)]
	},
	'src/routes/[[edicion=edicion]]/subregiones/+page.svelte | options.municipalities | o.id': {
		kind: 'data',
		why: 'one option per municipality',
		keys: (p) => [compareOptions(p.subregiones.explore).municipalities.map((o) => o.id)]
	},
	'src/routes/[[edicion=edicion]]/subregiones/+page.svelte | compareRows | label': {
		kind: 'fixed',
		why: 'constant row labels'
	}
};

/** Repeated keys in the lists a dataset's pages render: «block: key (×2)». */
export function repeatedKeys(pages: Pages): string[] {
	const out: string[] = [];
	for (const [id, source] of Object.entries(KEYED_EACH)) {
		if (source.kind !== 'data') continue;
		for (const list of source.keys(pages)) {
			const seen = new Set<string>();
			for (const k of list) {
				const s = JSON.stringify(k);
				if (seen.has(s)) out.push(`${id}: ${s}`);
				seen.add(s);
			}
		}
	}
	return out;
}
