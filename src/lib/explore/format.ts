/** es-CO wording of explorer values. */
import { formatMillions, formatNumber } from '../text/index.ts';
import type { Metric, Normalisation } from './state.ts';

const decimals = (v: number) => (v === 0 ? 0 : Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 1 ? 1 : 2);

function rounded(v: number): string {
	const d = decimals(v);
	return new Intl.NumberFormat('es-CO', { maximumFractionDigits: d, minimumFractionDigits: 0 }).format(v);
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

/** A bare number for legend ranges. */
export function formatBreak(value: number, metric: Metric, norm: Normalisation): string {
	if (metric === 'metas') return formatNumber(value);
	if (metric === 'inversion' && norm === 'total') return `$ ${rounded(value)}`;
	return rounded(value);
}
