/**
 * The committed report data against the report text itself: every quote is
 * in its meta's block, every number is in its quote, every place is named
 * where it is said to be, and every mention of a municipality in a meta is
 * either a place of intervention or a recorded exclusion (no silent drops).
 * The report path can be overridden with REPORT_TEXT.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSources, REPORT_TEXT_PATH } from '../../../scripts/data/sources.ts';
import { missingQuotes } from '../dataset/index.ts';
import { createResolver } from '../places/index.ts';
import { parseTerritory } from '../geo/index.ts';
import { fold, foldKeepingLength, numbersIn } from '../text/index.ts';
import {
	decodeSource,
	metaBlocks,
	normaliseReportText,
	parseEdition,
	parseMetas,
	parsePlaceDecisions,
	parseReportInfo,
	positionsOf,
	wordPositions,
	mentions,
	type Meta
} from './index.ts';

const report = normaliseReportText(readFileSync(REPORT_TEXT_PATH, 'utf8'));
const sources = readSources();
const metas = parseMetas(sources.metas);
const info = parseReportInfo(sources.informe);
const edition = parseEdition(sources.edicion);
const decisions = parsePlaceDecisions(sources.lugares);
const territory = parseTerritory(decodeSource(sources.municipios, 'municipios.json'));
const resolve = createResolver(territory.municipalities, decisions);
const blocks = metaBlocks(report);

const folded = (s: string) => foldKeepingLength(normaliseReportText(s));

/** This edition is `origin: informe`: every quote is there (buildDataset refuses it otherwise). */
function q(quote: string | null): string {
	if (quote === null) throw new Error('Falta una cita en una edición de origen «informe»');
	return quote;
}

function block(m: Meta) {
	const b = blocks.get(m.number);
	if (!b) throw new Error(`El informe no tiene el bloque «Meta # ${m.number}»`);
	return b;
}

/** Every (label, quote) of a meta that must be found verbatim in its block. */
function quotesOf(m: Meta): [string, string][] {
	const out: [string, string][] = [
		['done.text', m.done.text],
		['compliance', q(m.compliance.quote)],
		['progress', q(m.progress.quote)],
		['investment', q(m.investment.quote)],
		['beneficiaries', q(m.beneficiaries.quote)],
		['period', q(m.period.quote)],
		...m.partners.quotes.map((x): [string, string] => ['partners', x]),
		...m.groups.map((g): [string, string] => [`groups ${g.label}`, q(g.quote)]),
		...m.places.flatMap((p) => (p.quotes ?? []).map((x): [string, string] => [`places ${p.name}`, x])),
		...m.excluded.map((e): [string, string] => [`excluded ${e.text}`, q(e.quote)])
	];
	if (m.funding.quote) out.push(['funding', m.funding.quote]);
	if (m.localizacion.quote) out.push(['localizacion', m.localizacion.quote]);
	return out;
}

describe('the report data matches the report text', () => {
	it('is an edition quoted from the report, with every quote present', () => {
		expect(edition.origin).toBe('informe');
		expect(missingQuotes(metas, info)).toEqual([]);
	});

	it('has exactly the metas the report has (1-15, 18, 19, 20)', () => {
		expect(metas.map((m) => m.number)).toEqual([...blocks.keys()].sort((a, b) => a - b));
		expect(metas.map((m) => m.number)).toEqual([
			1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20
		]);
	});

	it.each(metas.map((m) => [m.number, m] as const))('meta %i: its title is in the report', (_, m) => {
		// A trailing period in the report's title is dropped (noted in the data).
		expect(report).toContain(m.title);
	});

	it.each(metas.map((m) => [m.number, m] as const))('meta %i: every quote is in its block', (_, m) => {
		const text = block(m).text;
		const missing = quotesOf(m).filter(([, q]) => !text.includes(normaliseReportText(q)));
		expect(missing).toEqual([]);
	});

	it.each(metas.map((m) => [m.number, m] as const))('meta %i: every number is in its quote', (_, m) => {
		const checks: [string, number, string][] = [
			['compliance', m.compliance.pct, q(m.compliance.quote)],
			['progress', m.progress.pct, q(m.progress.quote)],
			['investment', m.investment.millionCop, q(m.investment.quote)]
		];
		if (m.done.count !== null) checks.push(['done', m.done.count, m.done.text]);
		if (m.beneficiaries.status === 'reported') {
			checks.push(['beneficiaries', m.beneficiaries.count, q(m.beneficiaries.quote)]);
		}
		for (const g of m.groups) checks.push([`group ${g.label}`, (g.count ?? g.pct) as number, q(g.quote)]);
		for (const s of m.funding.sources) {
			if (s.sharePct !== null) checks.push([`funding ${s.source}`, s.sharePct, m.funding.quote ?? '']);
		}
		const wrong = checks.filter(([, value, quote]) => !numbersIn(quote).includes(value));
		expect(wrong).toEqual([]);
	});

	it.each(metas.map((m) => [m.number, m] as const))('meta %i: partners are named in their quotes', (_, m) => {
		const quotes = m.partners.quotes.map(fold);
		expect(m.partners.names.filter((n) => !quotes.some((q) => q.includes(fold(n))))).toEqual([]);
	});

	it.each(metas.map((m) => [m.number, m] as const))(
		'meta %i: LOCALIZACIÓN places are named inside the LOCALIZACIÓN section',
		(_, m) => {
			const b = block(m);
			const wrong = m.places
				.filter((p) => p.evidence === 'localizacion')
				.filter((p) => {
					const quotes = p.quotes ?? [m.localizacion.quote ?? ''];
					return !quotes.every(
						(q) =>
							mentions(q, p.name) &&
							positionsOf(b.text, normaliseReportText(q)).some((at) => at > b.localizacionAt)
					);
				});
			expect(b.localizacionAt).toBeGreaterThan(-1);
			expect(wrong.map((p) => p.name)).toEqual([]);
		}
	);

	it.each(metas.map((m) => [m.number, m] as const))(
		'meta %i: each place and exclusion is named in its quotes',
		(_, m) => {
			const wrong = [
				...m.places.filter(
					(p) => !(p.quotes ?? [m.localizacion.quote ?? '']).every((q) => mentions(q, p.name))
				),
				...m.excluded.filter((e) => !fold(q(e.quote)).includes(fold(e.text))).map((e) => ({ name: e.text }))
			];
			expect(wrong.map((p) => p.name)).toEqual([]);
		}
	);

	it.each(metas.map((m) => [m.number, m] as const))(
		'meta %i: every mention of a municipality is a place or a recorded exclusion',
		(_, m) => {
			const text = foldKeepingLength(block(m).text);
			// Names that point at a municipality: official, short and DANE names, and decisions.
			const variants: [string, string][] = territory.municipalities.flatMap((t) =>
				[t.name, t.shortName, t.daneName].map((n): [string, string] => [fold(n), t.divipola])
			);
			for (const d of decisions) if ('divipola' in d) variants.push([fold(d.name), d.divipola]);

			const covers: { start: number; end: number; accepts: (name: string, code: string) => boolean }[] = [];
			for (const p of m.places) {
				const r = resolve(p.name);
				const code = r.kind === 'municipality' ? r.divipola : null;
				for (const q of p.quotes ?? [m.localizacion.quote ?? '']) {
					const fq = folded(q);
					for (const at of positionsOf(text, fq)) {
						covers.push({ start: at, end: at + fq.length, accepts: (_n, c) => c === code });
					}
				}
			}
			for (const e of m.excluded) {
				const fq = folded(q(e.quote));
				for (const at of positionsOf(text, fq)) {
					covers.push({
						start: at,
						end: at + fq.length,
						accepts: (n) => wordPositions(fold(e.text), n).length > 0
					});
				}
			}
			const uncovered: string[] = [];
			for (const [name, code] of variants) {
				for (const at of wordPositions(text, name)) {
					const ok = covers.some((c) => c.start <= at && at + name.length <= c.end && c.accepts(name, code));
					if (!ok) uncovered.push(`«${text.slice(Math.max(0, at - 40), at + name.length + 20)}»`);
				}
			}
			expect(uncovered).toEqual([]);
		}
	);
});

describe('the notes quote the report', () => {
	// A note states something about the report's text: the text it rests on must be there.
	const QUOTED_KINDS = ['inconsistencia', 'errata', 'plantilla'];
	const metaNotes = metas.flatMap((m) =>
		m.notes.map((n, i) => [`meta ${m.number}, nota ${i + 1}`, m, n] as const)
	);

	it.each(metaNotes)('%s: every quote is in the block of its meta or of a meta it names', (_, m, n) => {
		const own = [m.number, ...(n.metas ?? [])];
		const missing = (n.quotes ?? []).filter(
			(q) => !own.some((k) => blocks.get(k)?.text.includes(normaliseReportText(q)))
		);
		expect(missing).toEqual([]);
	});

	it.each(metaNotes)('%s: each meta it concerns has one of its quotes in its own block', (_, m, n) => {
		const quotes = (n.quotes ?? []).map(normaliseReportText);
		const concerned = [m.number, ...(n.metas ?? [])];
		expect(n.metas ?? []).not.toContain(m.number);
		expect(concerned.filter((k) => !blocks.has(k))).toEqual([]);
		if (quotes.length === 0) return;
		expect(concerned.filter((k) => !quotes.some((q) => blocks.get(k)?.text.includes(q)))).toEqual([]);
	});

	it.each(metaNotes.filter(([, , n]) => QUOTED_KINDS.includes(n.kind)))(
		'%s: an inconsistency, erratum or template note carries its quotes',
		(_, __, n) => {
			expect(n.quotes?.length ?? 0).toBeGreaterThan(0);
		}
	);

	it('report-level notes: quotes are in the report, and every non-criterio note has one', () => {
		const missing = info.notes.flatMap((n) =>
			(n.quotes ?? []).filter((q) => !report.includes(normaliseReportText(q)))
		);
		expect(missing).toEqual([]);
		expect(info.notes.filter((n) => QUOTED_KINDS.includes(n.kind) && !n.quotes?.length)).toEqual([]);
	});
});

describe('the report-level data matches the report text', () => {
	it('identifies the report', () => {
		expect(edition.quotes.filter((q) => !report.includes(q))).toEqual([]);
	});

	it.each(info.narrativeTotals.map((t) => [t.id, t] as const))('narrative total %s is quoted', (_, t) => {
		for (const x of [t.themeQuote, t.investment.quote, t.beneficiaries.quote]) {
			expect(report).toContain(normaliseReportText(q(x)));
		}
		expect(numbersIn(q(t.investment.quote))).toContain(t.investment.millionCop);
		expect(numbersIn(q(t.beneficiaries.quote))).toContain(t.beneficiaries.count);
	});

	it.each(info.indicators.map((i) => [i.id, i] as const))(
		'Tabla 1 row %s is quoted with its three figures',
		(_, i) => {
			expect(report).toContain(normaliseReportText(q(i.quote)));
			expect(numbersIn(q(i.quote))).toEqual(expect.arrayContaining([i.baseline, i.progress, i.target]));
		}
	);

	it('quotes the footnotes of Tabla 1', () => {
		expect(info.indicatorFootnotes.filter((f) => !report.includes(f.text))).toEqual([]);
	});
});
