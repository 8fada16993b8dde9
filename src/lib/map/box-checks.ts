/**
 * Box helpers for the label tests: independent of the placement code they
 * check (labels.test.ts, group-labels.test.ts), so both use one copy.
 */
export type Box = [number, number, number, number];

/** Points every `step` units along a box's border. */
export function border([x0, y0, x1, y1]: Box, step = 0.5): [number, number][] {
	const out: [number, number][] = [];
	const nx = Math.ceil((x1 - x0) / step);
	const ny = Math.ceil((y1 - y0) / step);
	for (let i = 0; i <= nx; i++) out.push([x0 + ((x1 - x0) * i) / nx, y0], [x0 + ((x1 - x0) * i) / nx, y1]);
	for (let j = 0; j <= ny; j++) out.push([x0, y0 + ((y1 - y0) * j) / ny], [x1, y0 + ((y1 - y0) * j) / ny]);
	return out;
}

export const overlap = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
