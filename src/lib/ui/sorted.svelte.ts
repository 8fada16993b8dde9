/**
 * The order of a sortable table: the column and direction the user chose and
 * the rows in that order, plus the `aria-sort` each header announces. A new
 * column sorts text A→Z and numbers largest first, what a reader wants first.
 */
export type SortValue = string | number;

/** Spanish collation for text ("Ábrego" before "Bochalema"), numeric order otherwise. */
export function compareSortValues(x: SortValue, y: SortValue): number {
	return typeof x === 'string' && typeof y === 'string'
		? x.localeCompare(y, 'es')
		: (x as number) - (y as number);
}

export class SortedRows<T, K extends string> {
	key: K;
	ascending = $state(false);
	readonly rows: T[];
	readonly #rows: () => readonly T[];
	readonly #value: Record<K, (row: T) => SortValue>;

	/** `value` gives, per column, what a row sorts by; starts on `initial`, largest first. */
	constructor(rows: () => readonly T[], value: Record<K, (row: T) => SortValue>, initial: NoInfer<K>) {
		this.#rows = rows;
		this.#value = value;
		this.key = $state(initial);
		this.rows = $derived(
			[...rows()].sort(
				(a, b) => compareSortValues(value[this.key](a), value[this.key](b)) * (this.ascending ? 1 : -1)
			)
		);
	}

	/** Same column: reverse. Another column: text ascending, numbers descending. */
	sortBy(key: K): void {
		if (key === this.key) {
			this.ascending = !this.ascending;
			return;
		}
		const first = this.#rows()[0];
		this.key = key;
		this.ascending = first !== undefined && typeof this.#value[key](first) === 'string';
	}

	ariaSort(key: K): 'ascending' | 'descending' | 'none' {
		return key === this.key ? (this.ascending ? 'ascending' : 'descending') : 'none';
	}
}
