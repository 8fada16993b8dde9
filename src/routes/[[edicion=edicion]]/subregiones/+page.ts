import { screenMap } from '$lib/map/index.ts';

// The screen map is computed where the page runs (prerender and browser) from
// the bundled geodata, rather than serialised into the page's data.
export function load({ data }) {
	return { ...data, map: screenMap() };
}
