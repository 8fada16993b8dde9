/**
 * The screen map as pages receive it: frame, labels and shape list, with the
 * paths left in one sprite file (`/mapa.svg`) that every page draws from and
 * the browser caches once. Its URL carries a hash of its content, so a new
 * geometry is never drawn from an old cached copy.
 */
import { createHash } from 'node:crypto';
import { resolve } from '$app/paths';
import { mapSprite, withoutPaths } from '$lib/map/cartography.ts';
import { screenGroupMap, screenMap, type PageMap, type ScreenMap } from '$lib/map/screen.ts';

let sprite: { text: string; hash: string } | undefined;

/** The sprite's SVG text and the hash of it that its URL carries. */
export function screenSprite(): { text: string; hash: string } {
	if (!sprite) {
		const text = mapSprite(screenMap().geometry);
		sprite = { text, hash: createHash('sha256').update(text).digest('hex').slice(0, 12) };
	}
	return sprite;
}

/** The page's map; `always` are the municipalities whose labels are placed first. */
export function pageMap(always: readonly string[] = []): PageMap {
	return forPage(screenMap(always));
}

/** The page's map labelled by subregion (one name inside each), to draw with its group outlines. */
export function subregionPageMap(): PageMap {
	return forPage(screenGroupMap());
}

function forPage({ geometry, labels, narrowLabels }: ScreenMap): PageMap {
	return {
		geometry: withoutPaths(geometry),
		labels,
		narrowLabels,
		sprite: `${resolve('/mapa.svg')}?v=${screenSprite().hash}`
	};
}
