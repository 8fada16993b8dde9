import { describe, expect, it } from 'vitest';
import { EDITION_ID } from '../lib/report/schema.ts';
import { match } from './edicion.ts';

describe('the [[edicion]] route segment', () => {
	// The matcher cannot import the schema (it runs in the browser, without zod): the same pattern twice, kept equal here.
	it('matches exactly what the schema accepts as an edition id', () => {
		for (const s of [
			'2024-2025',
			'2026',
			'2027-final',
			'2026-prueba',
			'metas',
			'meta',
			'404',
			'comparar',
			'datos',
			'20261',
			'2026-',
			'final-2026',
			'2026-Final'
		])
			expect(match(s), s).toBe(EDITION_ID.test(s));
	});
	it.each([
		['2024-2025', true],
		['2026', true],
		['2027-final', true],
		['metas', false],
		['404', false],
		['subregiones', false],
		['final', false]
	])('%s → %s', (s, ok) => {
		expect(match(s)).toBe(ok);
	});
});
