import { screenMap } from '$lib/map/index.ts';

// Computed where the page runs from the bundled geodata (see routes/+page.ts).
export function load({ data }) {
	return { ...data, map: screenMap() };
}
