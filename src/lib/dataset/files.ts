/**
 * The names of an edition's downloads under /datos/: each file says which
 * edition it holds, so two downloaded years never overwrite each other.
 * Kept apart from the dataset index so pages can import it without the loader.
 */
export type DataFileKind = 'json' | 'csv' | 'csv-internacional';

export function dataFileName(editionId: string, kind: DataFileKind): string {
	switch (kind) {
		case 'json':
			return `informe-${editionId}.json`;
		case 'csv':
			return `metas-${editionId}.csv`;
		case 'csv-internacional':
			return `metas-${editionId}-internacional.csv`;
	}
}

const KINDS: DataFileKind[] = ['json', 'csv', 'csv-internacional'];

/** Which edition and kind a file name is, among the given edition ids; null if none. */
export function parseDataFileName(
	name: string,
	editionIds: readonly string[]
): { editionId: string; kind: DataFileKind } | null {
	for (const editionId of editionIds)
		for (const kind of KINDS) if (dataFileName(editionId, kind) === name) return { editionId, kind };
	return null;
}
