import { describe, expect, it } from 'vitest';
import { dataFileName, parseDataFileName } from './files.ts';

describe('download names', () => {
	it.each([
		['2024-2025', 'json', 'informe-2024-2025.json'],
		['2026', 'csv', 'metas-2026.csv'],
		['2027-final', 'csv-internacional', 'metas-2027-final-internacional.csv']
	] as const)('%s %s → %s', (id, kind, name) => {
		expect(dataFileName(id, kind)).toBe(name);
	});

	it('reads a name back only among the editions there are', () => {
		// «2024» alone would make metas-2024-2025.csv look like the international file of «2024»'s sibling: it must not.
		const ids = ['2024', '2024-2025'];
		expect(parseDataFileName('metas-2024-2025.csv', ids)).toEqual({ editionId: '2024-2025', kind: 'csv' });
		expect(parseDataFileName('metas-2024-internacional.csv', ids)).toEqual({
			editionId: '2024',
			kind: 'csv-internacional'
		});
		expect(parseDataFileName('informe-2023.json', ids)).toBeNull();
		expect(parseDataFileName('../informe-2024.json', ids)).toBeNull();
	});
});
