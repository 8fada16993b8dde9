/**
 * SVG markup of the cartography's elements: the figures' files and the page
 * map's static layers are written from it. The page map draws its
 * presentational layers as markup ({@html}) rather than as one component per
 * element: hydrating 130 elements with their own attribute effects cost a
 * phone more than the rest of the page together.
 */
import type { SvgAttrs, SvgElement, SvgLayer } from './cartography.ts';

export function escapeXml(s: string): string {
	return s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
	);
}

/** Rounds coordinates to two decimals: the SVG stays small and deterministic. */
export const n = (x: number) => +x.toFixed(2);

export type Attrs = Record<string, string | number | undefined>;

/** `k="v"` pairs, escaped; undefined values are left out. */
export function attrs(a: Attrs): string {
	return Object.entries(a)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : escapeXml(v as string)}"`)
		.join('');
}

/**
 * One element. With `sprite`, a path that has a shape in the map's sprite is a `<use>` of it
 * (the page map: its paths are downloaded once, in the sprite); without, the path itself.
 */
export function elementSvg(e: SvgElement, sprite?: string, extra: SvgAttrs = {}): string {
	if (sprite && e.tag === 'path' && e.shape) {
		const paint = Object.fromEntries(Object.entries(e.attrs).filter(([k]) => k !== 'd'));
		return `<use${attrs({ href: `${sprite}#${e.shape}`, ...paint, ...extra })}/>`;
	}
	const a = attrs({ ...e.attrs, ...extra });
	return e.text === undefined ? `<${e.tag}${a}/>` : `<${e.tag}${a}>${escapeXml(e.text)}</${e.tag}>`;
}

/** The layers as `<g data-capa>` groups, for a file (no sprite: the paths are in it). */
export function layersSvg(layers: readonly SvgLayer[]): string {
	return layers
		.filter((l) => l.elements.length)
		.map(
			(l) =>
				`<g data-capa="${l.id}"${attrs(l.attrs)}>\n` +
				l.elements.map((e) => elementSvg(e)).join('\n') +
				'\n</g>'
		)
		.join('\n');
}
