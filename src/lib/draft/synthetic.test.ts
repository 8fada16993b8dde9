/**
 * The extractor against reports it has never seen: synthetic reports in the
 * template (tests/fixtures/informe/synthetic.ts), each rendered as PDF text,
 * as a plain dump and as Word, must give back what was generated.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTerritory } from '../geo/index.ts';
import { draftFromDocument, readDocx, readText, Draft, type DraftContext } from './index.ts';
import {
	generate,
	renderPdfText,
	renderPlainText,
	type SynthReport
} from '../../../tests/fixtures/informe/synthetic.ts';
import { renderDocx } from '../../../tests/fixtures/informe/docx.ts';
import { differences } from '../../../tests/fixtures/informe/check.ts';

const territory = parseTerritory(
	readFileSync(new URL('../../../geodata/municipios.json', import.meta.url), 'utf8')
);
const SEEDS = Array.from({ length: 30 }, (_, i) => i + 1);
const reports = SEEDS.map((seed) => generate({ municipalities: territory.municipalities, seed }));

function context(r: SynthReport): DraftContext {
	return {
		department: territory.department.name,
		municipalities: territory.municipalities,
		decisions: r.decisions,
		subregions: territory.subregions
	};
}
const source = { file: 'sintetico', sha256: '0'.repeat(64) };

describe('synthetic reports', { timeout: 30_000 }, () => {
	it.each(reports.map((r) => [r.seed, r] as const))('seed %i as PDF text', (_, r) => {
		const draft = draftFromDocument(readText(renderPdfText(r)), source, context(r));
		expect(differences(r, draft)).toEqual([]);
	});

	it.each(reports.map((r) => [r.seed, r] as const))('seed %i as a plain-text dump', (_, r) => {
		const draft = draftFromDocument(readText(renderPlainText(r)), source, context(r));
		expect(differences(r, draft)).toEqual([]);
	});

	it.each(reports.map((r) => [r.seed, r] as const))('seed %i as Word', async (_, r) => {
		const draft = draftFromDocument(readDocx(await renderDocx(r)), source, context(r));
		expect(Draft.safeParse(draft).success).toBe(true);
		expect(differences(r, draft)).toEqual([]);
	});
});

describe('the generator covers the variations', () => {
	const metas = reports.flatMap((r) => r.metas);
	const statuses = (get: (m: (typeof metas)[number]) => { status: string }) =>
		new Set(metas.map((m) => get(m).status));
	it.each([
		['investment', (m: (typeof metas)[number]) => m.expect.investment],
		['compliance', (m: (typeof metas)[number]) => m.expect.compliance],
		['beneficiaries', (m: (typeof metas)[number]) => m.expect.beneficiariesCount],
		['scope', (m: (typeof metas)[number]) => m.expect.scope]
	] as const)('%s: found, not stated (except scope) and to review', (name, get) => {
		const s = statuses(get);
		expect(s.has('found')).toBe(true);
		if (name !== 'scope') expect(s.has('not-stated')).toBe(true);
		if (name !== 'compliance') expect(s.has('needs-review')).toBe(true);
	});

	it('every kind of LOCALIZACIÓN and place', () => {
		const scopes = new Set(
			metas.flatMap((m) => (m.expect.scope.status === 'found' ? [m.expect.scope.value] : []))
		);
		expect([...scopes].sort()).toEqual(['departmental', 'municipal', 'unspecified']);
		expect(new Set(metas.map((m) => m.expect.locStatus))).toEqual(new Set(['filled', 'empty', 'plantilla']));
		const keys = metas.flatMap((m) => m.expect.locPlaces.map((p) => p.key));
		expect(keys).toContain('54125'); // an errata
		expect(keys).toContain('54810'); // a corregimiento
		expect(keys.some((k) => k.startsWith('fuera:'))).toBe(true);
		expect(keys.some((k) => k.startsWith('?'))).toBe(true); // a misspelling
		expect(metas.some((m) => m.expect.textReview.length > 0)).toBe(true);
		expect(metas.some((m) => m.expect.excludedKeys.length > 0)).toBe(true);
		expect(new Set(metas.map((m) => m.titlePlacement))).toEqual(new Set(['slot', 'next-line', 'above']));
	});

	it('numbers metas with gaps', () => {
		expect(reports.some((r) => r.metas.some((m, i) => i > 0 && m.number - r.metas[i - 1].number > 1))).toBe(
			true
		);
	});
});
