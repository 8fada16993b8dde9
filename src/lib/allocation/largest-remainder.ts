/**
 * Splits a whole number `total` in proportion to `weights` so that the parts
 * are whole numbers adding up exactly to `total` (Hamilton's method: floor
 * every quota, then give the leftover units to the largest remainders; ties go
 * to the earlier index, so the result is deterministic).
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
	if (!Number.isInteger(total) || total < 0) {
		throw new Error(`El total a repartir debe ser un entero no negativo (recibido ${total})`);
	}
	if (weights.some((w) => !Number.isFinite(w) || w < 0)) {
		throw new Error('Los pesos deben ser números no negativos');
	}
	const sum = weights.reduce((a, b) => a + b, 0);
	if (weights.length === 0 || sum === 0) {
		if (total === 0) return weights.map(() => 0);
		throw new Error('No se puede repartir entre pesos que suman cero');
	}
	const quotas = weights.map((w) => (total * w) / sum);
	const parts = quotas.map(Math.floor);
	let left = total - parts.reduce((a, b) => a + b, 0);
	const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
	for (let k = 0; left > 0; k++, left--) parts[order[k % order.length].i] += 1;
	return parts;
}
