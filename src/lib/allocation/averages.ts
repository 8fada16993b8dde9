/**
 * The department's and a subregion's figure to read a municipality's beside:
 * for an amount, the mean over all their municipalities; for a rate per 1.000
 * inhabitants, the area's own rate (its total over its population), which is
 * what «the department has X per 1.000» means, not the mean of 40 rates.
 */

export interface AreaRow {
	divipola: string;
	subregion: string;
	population: number;
	/** The municipality's value; null (not named, nothing estimated) counts as nothing in the area's total. */
	value: number | null;
}

export interface AreaAverage {
	/** The subregion's name; null for the department. */
	name: string | null;
	municipalities: number;
	value: number;
}

export interface AreaReferences {
	department: AreaAverage;
	subregion: AreaAverage;
}

export type AverageKind = 'mean' | 'rate';

function average(rows: readonly AreaRow[], kind: AverageKind, name: string | null): AreaAverage {
	if (rows.length === 0) throw new Error(`No hay municipios para promediar${name ? ` en ${name}` : ''}`);
	const value =
		kind === 'mean'
			? rows.reduce((s, r) => s + (r.value ?? 0), 0) / rows.length
			: rows.reduce((s, r) => s + (r.value ?? 0) * r.population, 0) /
				rows.reduce((s, r) => s + r.population, 0);
	return { name, municipalities: rows.length, value };
}

/**
 * @param kind 'mean' for amounts and counts; 'rate' when `value` is per inhabitant (any multiple),
 *   so the result is the area's total over the area's population, in the same unit
 */
export function areaReferences(rows: readonly AreaRow[], code: string, kind: AverageKind): AreaReferences {
	const own = rows.find((r) => r.divipola === code);
	if (!own) throw new Error(`No existe el municipio ${code} entre los ${rows.length}`);
	return {
		department: average(rows, kind, null),
		subregion: average(
			rows.filter((r) => r.subregion === own.subregion),
			kind,
			own.subregion
		)
	};
}
