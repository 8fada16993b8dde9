import { screenMap, screenTerritory } from '$lib/map/index.ts';

// Computed where the page runs from the bundled geodata (see routes/+page.ts).
export function load({ data, params }) {
	const names = Object.fromEntries(screenTerritory().municipalities.map((m) => [m.divipola, m.shortName]));
	return { ...data, map: screenMap([params.divipola]), names };
}
