/** Legend content (pure) and its HTML rendering. */
export { legend, localizacionLegend, countKeys, countLabel } from './legend.ts';
export { legendContent, subregionLegend } from './explore.ts';
export { changeLegend } from './change.ts';
export type { Counts, LegendContent, LegendRow } from './legend.ts';
export { default as Legend } from './Legend.svelte';
