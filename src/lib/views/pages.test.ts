/** The page view builders on the real edition and on variations built here; expectations by hand. */
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/data/sources.ts';
import { buildDataset, type Dataset, type PublishedMeta } from '../dataset/index.ts';
import { homeView, metasView, metaView, methodView } from './pages.ts';

const real = buildDataset(readSources());
const withMetas = (metas: PublishedMeta[]): Dataset => ({ ...real, metas });
const meta6 = real.metas.find((m) => m.number === 6)!;

describe('homeView', () => {
	it('offers every municipality once in its select, in Spanish alphabetical order', () => {
		const names = homeView(real).choices.map((c) => c.shortName);
		expect(names).toHaveLength(40);
		// Accents sort with their letter: Ábrego first, El Zulia before Gramalote; code-point order puts Á after Z.
		expect(names.slice(0, 3)).toEqual(['Ábrego', 'Arboledas', 'Bochalema']);
		expect(names.indexOf('El Zulia')).toBeLessThan(names.indexOf('Gramalote'));
		expect(names.at(-1)).toBe('Villa del Rosario');
	});
});

describe('metaView', () => {
	it.each([
		// The report skips metas 16 and 17 («Las metas 16 y 17 no están en el informe», metas.yaml).
		['16', 'La meta 16 no está en el informe'],
		['17', 'La meta 17 no está en el informe'],
		['99', 'No existe esa meta'],
		['16abc', 'No existe esa meta'],
		['', 'No existe esa meta']
	])('%s → «%s»', (numero, message) => {
		expect(metaView(real, numero)).toEqual({ found: false, message });
	});

	it('names each municipality of a meta once, wherever it is named', () => {
		const place = meta6.places.find((p) => p.divipola)!;
		const twice = { ...meta6, places: [...meta6.places, { ...place, evidence: 'text' as const }] };
		const v = metaView(withMetas([twice]), '6');
		if (!v.found) throw new Error('meta 6');
		expect(v.named.filter((d) => d === place.divipola)).toHaveLength(1);
		expect(v.others).toEqual([{ number: 6, title: meta6.title }]);
	});
});

describe('metasView', () => {
	it('lists LOCALIZACIÓN municipalities once each, by short name, and never text-only ones', () => {
		const loc = meta6.places.find((p) => p.evidence === 'localizacion' && p.divipola)!;
		const textOnly = { ...loc, divipola: '54001', evidence: 'text' as const };
		const edited = { ...meta6, places: [loc, loc, textOnly] };
		const name = real.municipalities.find((m) => m.divipola === loc.divipola)!.shortName;
		const [row] = metasView(withMetas([edited])).metas;
		expect(row.localizacion).toEqual(loc.divipola === '54001' ? ['Cúcuta'] : [name]);
	});
});

describe('methodView', () => {
	it('adds the metas’ investment exactly (in cents): 0,1 + 0,2 is 0,3', () => {
		const a = { ...meta6, number: 1, investmentMillionCop: 0.1 };
		const b = { ...meta6, number: 2, investmentMillionCop: 0.2 };
		expect(methodView(withMetas([a, b])).metasInvestmentSum).toBe(0.3);
	});

	it('puts every meta in exactly one scope', () => {
		const s = methodView(real).scopes;
		const all = [...s.municipal, ...s.departmental, ...s.unspecified].sort((x, y) => x - y);
		expect(all).toEqual(real.metas.map((m) => m.number).sort((x, y) => x - y));
		const flipped = methodView(withMetas([{ ...meta6, scope: 'departmental' }])).scopes;
		expect(flipped).toEqual({ municipal: [], departmental: [6], unspecified: [] });
	});
});
