/** Half 1 of the data fuzz suite (see suite.ts); the other half runs beside it. */
import { vi } from 'vitest';
import type { Dataset } from '../../src/lib/dataset/index.ts';
import { describeFuzz } from './suite.ts';

const state = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('../../src/lib/server/dataset.ts', () => ({
	getDataset: () => state.current,
	datasetOf: () => state.current
}));

describeFuzz(0, (d: Dataset) => {
	state.current = d;
});
