/** es-CO wording of explorer values. */
import { formatMillions, formatNumber, formatPlainNumber } from '../text/index.ts';
import type { AreaReferences } from '../allocation/index.ts';
import type { Metric, Normalisation } from './state.ts';

const decimals = (v: number) => (v === 0 ? 0 : Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 1 ? 1 : 2);

function rounded(v: number): string {
	return formatNumber(v, decimals(v));
}

/** A value with its unit: "$ 1.158,69 millones", "0,52 personas por 1.000 hab.", "3 metas". */
export function formatValue(value: number, metric: Metric, norm: Normalisation): string {
	if (metric === 'metas') return `${formatNumber(value)} ${value === 1 ? 'meta' : 'metas'}`;
	if (metric === 'inversion') {
		return norm === 'por-mil'
			? `$ ${rounded(value)} millones por 1.000 hab.`
			: formatMillions(+value.toFixed(2));
	}
	return norm === 'por-mil'
		? `${rounded(value)} personas por 1.000 hab.`
		: `${formatNumber(Math.round(value))} personas`;
}

/**
 * The number a legend range prints for `value`. Classes are built from these,
 * not from the raw estimates: two municipalities that read alike («$ 48,1»)
 * are never told apart by colour because a split left one a cent more.
 */
export function legendValue(value: number, metric: Metric): number {
	if (metric === 'metas') return value;
	// The printed rounding, so this is exactly the number `formatBreak` prints.
	return Number(formatPlainNumber(value, decimals(value)));
}

/** A bare number for legend ranges. */
export function formatBreak(value: number, metric: Metric, norm: Normalisation): string {
	if (metric === 'metas') return formatNumber(value);
	if (metric === 'inversion' && norm === 'total') return `$ ${rounded(value)}`;
	return rounded(value);
}

/**
 * The department's and the subregion's figure, in words that say which kind
 * of figure it is: «Promedio por municipio: … en el departamento (40
 * municipios) y … en la subregión Oriental (6).» or, for a rate, the areas'
 * own rates.
 */
export function referencesText(refs: AreaReferences, metric: Metric, norm: Normalisation): string {
	const v = (x: number) => formatValue(x, metric, norm);
	const { department: d, subregion: s } = refs;
	if (metric !== 'metas' && norm === 'por-mil') {
		return `En conjunto: ${v(d.value)} en el departamento y ${v(s.value)} en la subregión ${s.name}.`;
	}
	return (
		`Promedio por municipio: ${v(d.value)} en el departamento (${d.municipalities} municipios) ` +
		`y ${v(s.value)} en la subregión ${s.name} (${s.municipalities}).`
	);
}
