import { describe, expect, it } from 'vitest';
import { frameOf, pixelSize, type Orientation, type PaperName } from './paper.ts';

describe('pixelSize', () => {
	it.each<[PaperName, Orientation, number, number, number]>([
		['a4', 'vertical', 2480, 3508, 300],
		['a4', 'horizontal', 3508, 2480, 300],
		['carta', 'vertical', 2550, 3300, 300],
		['carta', 'horizontal', 3300, 2550, 300],
		['pantalla', 'vertical', 1600, 2000, 192],
		['pantalla', 'horizontal', 2000, 1600, 192]
	])('%s %s is %i × %i px at %i dpi', (paper, orientation, width, height, dpi) => {
		expect(pixelSize(frameOf(paper, orientation))).toEqual({ width, height, dpi });
	});
});

describe('frameOf', () => {
	it('measures paper in points and names its physical size', () => {
		const f = frameOf('a4', 'vertical');
		expect([f.width, f.height]).toEqual([595.28, 841.89]);
		expect([f.widthAttr, f.heightAttr]).toEqual(['210mm', '297mm']);
		expect(f.scale).toBeCloseTo(1, 4);
	});

	it('keeps type the same size in landscape (scale follows the short side)', () => {
		expect(frameOf('a4', 'horizontal').scale).toBeCloseTo(frameOf('a4', 'vertical').scale, 9);
	});
});
