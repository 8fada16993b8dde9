import { describe, expect, it } from 'vitest';
import { barShare, barWidth, MIN_BAR_PX } from './bars.ts';

describe('barShare', () => {
	it.each([
		{ value: 9018, max: 9018, share: 1, why: 'the maximum fills the track' },
		{ value: 4509, max: 9018, share: 0.5, why: 'half' },
		{ value: 0, max: 9018, share: 0, why: 'zero' },
		{ value: 1e-9, max: 9018, share: 1e-9 / 9018, why: 'tiny' },
		{ value: 5, max: 0, share: 0, why: 'no maximum (every value zero)' },
		{ value: -3, max: 10, share: 0, why: 'negative' },
		{ value: 12, max: 10, share: 1, why: 'over the maximum: clamped' },
		{ value: NaN, max: 10, share: 0, why: 'not a number' },
		{ value: 3, max: NaN, share: 0, why: 'maximum not a number' },
		{ value: Infinity, max: Infinity, share: 0, why: 'infinite' }
	])('$why', ({ value, max, share }) => {
		expect(barShare(value, max)).toBe(share);
	});
});

describe('barWidth', () => {
	it.each([
		{ value: 9018, max: 9018, width: `max(${MIN_BAR_PX}px, 100%)` },
		{ value: 1, max: 3, width: `max(${MIN_BAR_PX}px, 33.333%)` },
		{ value: 0.0001, max: 9018, width: `max(${MIN_BAR_PX}px, 0%)` },
		{ value: 0, max: 9018, width: '0' },
		{ value: 0, max: 0, width: '0' },
		{ value: NaN, max: 1, width: '0' }
	])('$value of $max: $width', ({ value, max, width }) => {
		expect(barWidth(value, max)).toBe(width);
	});

	it('a positive value always gets a visible bar, zero never does', () => {
		expect(MIN_BAR_PX).toBeGreaterThanOrEqual(2);
		expect(barWidth(1e-12, 1)).toContain(`${MIN_BAR_PX}px`);
		expect(barWidth(0, 1)).toBe('0');
	});
});
