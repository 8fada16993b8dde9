/** Contract: the fake used in style.test.ts still matches the real MapLibre Map API. */
import { describe, expect, it } from 'vitest';

describe('maplibre-gl Map', () => {
	it('has the methods the app calls', async () => {
		// Importing the module needs no DOM; constructing a Map would.
		const { Map } = await import('maplibre-gl');
		for (const method of [
			'setFeatureState',
			'addImage',
			'hasImage',
			'fitBounds',
			'on',
			'remove',
			'project',
			'queryRenderedFeatures',
			// What tests/e2e/sampling.ts calls on the live map.
			'getCanvas',
			'once',
			'triggerRepaint',
			'getBounds'
		]) {
			expect(typeof (Map.prototype as unknown as Record<string, unknown>)[method]).toBe('function');
		}
	});
});
