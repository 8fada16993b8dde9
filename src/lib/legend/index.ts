/** Legend content (pure) and its HTML rendering. */
export { legendContent } from './legend.ts';
export { changeLegend } from './change.ts';
export type { LegendContent, LegendRow } from './legend.ts';
export { default as Legend } from './Legend.svelte';
