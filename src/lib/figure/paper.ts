/**
 * Figure frames: paper sizes in millimetres and points, and the pixel size of
 * a raster at a given resolution. Pure and table-tested.
 */
export type PaperName = 'a4' | 'carta' | 'pantalla';
export type Orientation = 'vertical' | 'horizontal';

export const PAPER_LABELS: Record<PaperName, string> = {
	a4: 'A4 (210 × 297 mm)',
	carta: 'Carta (216 × 279 mm)',
	pantalla: 'Pantalla (800 × 1.000 px, a 2×)'
};
export const ORIENTATION_LABELS: Record<Orientation, string> = {
	vertical: 'Vertical',
	horizontal: 'Horizontal'
};

/** Portrait sizes: paper in millimetres; the screen frame in CSS pixels. */
const PORTRAIT: Record<PaperName, { w: number; h: number; unit: 'mm' | 'px' }> = {
	a4: { w: 210, h: 297, unit: 'mm' },
	carta: { w: 215.9, h: 279.4, unit: 'mm' },
	pantalla: { w: 800, h: 1000, unit: 'px' }
};

export const PRINT_DPI = 300;
export const SCREEN_SCALE = 2;
const PT_PER_MM = 72 / 25.4;

export interface Frame {
	paper: PaperName;
	orientation: Orientation;
	/** Size of the SVG's coordinate system: points for paper, CSS pixels for screen. */
	width: number;
	height: number;
	/** The SVG's width/height attributes ("210mm", "800px"). */
	widthAttr: string;
	heightAttr: string;
	/** Multiplier for type and strokes, 1 on A4 portrait. */
	scale: number;
}

const trim = (x: number) => +x.toFixed(2);

export function frameOf(paper: PaperName, orientation: Orientation): Frame {
	const p = PORTRAIT[paper];
	const [w, h] = orientation === 'vertical' ? [p.w, p.h] : [p.h, p.w];
	const width = trim(p.unit === 'mm' ? w * PT_PER_MM : w);
	const height = trim(p.unit === 'mm' ? h * PT_PER_MM : h);
	return {
		paper,
		orientation,
		width,
		height,
		widthAttr: `${w}${p.unit}`,
		heightAttr: `${h}${p.unit}`,
		scale: Math.min(width, height) / (210 * PT_PER_MM)
	};
}

/** Pixel size of the PNG: 300 dpi for paper, 2× for the screen frame. */
export function pixelSize(frame: Frame, dpi = PRINT_DPI): { width: number; height: number; dpi: number } {
	if (frame.paper === 'pantalla') {
		return { width: frame.width * SCREEN_SCALE, height: frame.height * SCREEN_SCALE, dpi: 96 * SCREEN_SCALE };
	}
	// Points to pixels: a point is 1/72 inch.
	return { width: Math.round((frame.width / 72) * dpi), height: Math.round((frame.height / 72) * dpi), dpi };
}
