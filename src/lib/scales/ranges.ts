/**
 * What a set of classes holds: the class of a value and the values in each
 * class, as legends print them. No statistics library here, so a map that only
 * shows a legend (a LOCALIZACIÓN map) does not load one.
 */

export interface Classes {
	/** k + 1 ascending boundaries; class i is [breaks[i], breaks[i+1]), the last one closed. */
	breaks: number[];
	colors: string[];
}

/** Index of the class holding `value` (values outside clamp to the ends). */
export function classIndex(value: number, breaks: readonly number[]): number {
	const last = breaks.length - 2;
	for (let i = 0; i < last; i++) if (value < breaks[i + 1]) return i;
	return Math.max(0, last);
}

export interface ClassRange {
	/** Smallest and largest value that falls in the class; null when the class is empty. */
	min: number | null;
	max: number | null;
	count: number;
	/** The class's boundaries [from, to): what an empty class still says about the scale. */
	from: number;
	to: number;
}

/**
 * The values actually in each class. Legends print these ranges, so a reader
 * never has to guess whether a boundary belongs to the class above or below.
 */
export function classRanges(values: readonly number[], classes: Classes): ClassRange[] {
	const out: ClassRange[] = classes.colors.map((_, i) => ({
		min: null,
		max: null,
		count: 0,
		from: classes.breaks[i],
		to: classes.breaks[i + 1]
	}));
	for (const v of values) {
		const r = out[classIndex(v, classes.breaks)];
		if (!r) continue;
		r.min = r.min === null ? v : Math.min(r.min, v);
		r.max = r.max === null ? v : Math.max(r.max, v);
		r.count++;
	}
	return out;
}

/**
 * "a – b", or "a" when the class holds one value. An empty class (equal
 * intervals leave gaps) names its interval, so the legend still reads as a scale.
 */
export function rangeLabel(r: ClassRange, format: (v: number) => string, none = 'ningún municipio'): string {
	if (r.min === null || r.max === null) return `${format(r.from)} – ${format(r.to)}: ${none}`;
	return r.min === r.max ? format(r.min) : `${format(r.min)} – ${format(r.max)}`;
}
