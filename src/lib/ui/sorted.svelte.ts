/**
 * The order of a sortable table: the column and direction the user chose and
 * the rows in that order, plus the `aria-sort` each header announces. A new
 * column sorts text A→Z and numbers largest first, what a reader wants first.
 * A row with no value (null: «no nombrado») goes last in both directions, so
 * reversing a column never puts the empty rows on top.
 */
export type SortValue = string | number | null;

/** Spanish collation for text ("Ábrego" before "Bochalema"), numeric order otherwise (nulls: `sortRows`). */
export function compareSortValues(x: NonNullable<SortValue>, y: NonNullable<SortValue>): number {
	return typeof x === 'string' && typeof y === 'string'
		? x.localeCompare(y, 'es')
		: (x as number) - (y as number);
}

export interface SortOrder<K extends string> {
	key: K;
	ascending: boolean;
}

/** Where the order lives when it is not the table's own: e.g. a URL parameter («valor-desc»). */
export interface SortStore {
	get(): string | null;
	set(text: string): void;
}

/** «valor-desc» -> { key: 'value', ascending: false } with `names` (key -> word in the URL); null if unknown. */
export function parseSortOrder<K extends string>(
	text: string | null,
	names: Record<K, string>
): SortOrder<K> | null {
	const m = /^([a-z0-9-]+)-(asc|desc)$/.exec(text ?? '');
	const key = m && (Object.keys(names) as K[]).find((k) => names[k] === m[1]);
	return key ? { key, ascending: m[2] === 'asc' } : null;
}

export function formatSortOrder<K extends string>(order: SortOrder<K>, names: Record<K, string>): string {
	return `${names[order.key]}-${order.ascending ? 'asc' : 'desc'}`;
}

/** Rows in `order`; null values last whatever the direction. Does not mutate `rows`. */
export function sortRows<T, K extends string>(
	rows: readonly T[],
	value: Record<K, (row: T) => SortValue>,
	order: SortOrder<K>
): T[] {
	const sign = order.ascending ? 1 : -1;
	const of = value[order.key];
	return [...rows].sort((a, b) => {
		const [x, y] = [of(a), of(b)];
		if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
		return compareSortValues(x, y) * sign;
	});
}

export class SortedRows<T, K extends string> {
	readonly rows: T[];
	readonly #rows: () => readonly T[];
	readonly #value: Record<K, (row: T) => SortValue>;
	readonly #initial: SortOrder<K>;
	#own: SortOrder<K> = $state() as SortOrder<K>;
	readonly #store?: { store: SortStore; names: Record<K, string> };

	/**
	 * `value` gives, per column, what a row sorts by; starts on `initial`, largest first.
	 * With `store` the order is read from and written to it (`names`: each column's word there).
	 */
	constructor(
		rows: () => readonly T[],
		value: Record<K, (row: T) => SortValue>,
		initial: NoInfer<K>,
		store?: { store: SortStore; names: Record<NoInfer<K>, string> }
	) {
		this.#rows = rows;
		this.#value = value;
		this.#initial = { key: initial, ascending: false };
		this.#own = this.#initial;
		this.#store = store;
		this.rows = $derived(sortRows(rows(), value, this.order));
	}

	get order(): SortOrder<K> {
		const s = this.#store;
		return s ? (parseSortOrder(s.store.get(), s.names) ?? this.#initial) : this.#own;
	}
	get key(): K {
		return this.order.key;
	}
	get ascending(): boolean {
		return this.order.ascending;
	}

	/** Same column: reverse. Another column: text ascending, numbers descending. */
	sortBy(key: K): void {
		const first = this.#rows().find((r) => this.#value[key](r) !== null);
		const next =
			key === this.key
				? { key, ascending: !this.ascending }
				: { key, ascending: first !== undefined && typeof this.#value[key](first) === 'string' };
		if (this.#store) this.#store.store.set(formatSortOrder(next, this.#store.names));
		else this.#own = next;
	}

	ariaSort(key: K): 'ascending' | 'descending' | 'none' {
		return key === this.key ? (this.ascending ? 'ascending' : 'descending') : 'none';
	}
}
