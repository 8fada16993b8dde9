import { describe, expect, it } from 'vitest';
import { newestFirst } from './order.ts';

describe('newestFirst', () => {
	it.each([
		// [editions as written, expected order]: dates decide; a day-precise date after its month; ties by id.
		[
			['2024-2025:2025-11', '2026:2026-11', 'borrador:2024-01'],
			['2026', '2024-2025', 'borrador']
		],
		[
			['a:2025-11', 'b:2025-11-20'],
			['b', 'a']
		],
		[
			['2026:2026-11', '2026-ajustada:2026-11'],
			['2026-ajustada', '2026']
		]
	])('%j -> %j', (written, expected) => {
		const keys = written.map((w) => ({ id: w.split(':')[0], date: w.split(':')[1] }));
		expect(keys.sort(newestFirst).map((k) => k.id)).toEqual(expected);
	});
});
