/** What the search loads on first use, in one request: the matcher and what shows its answers. */
export * from './match.ts';
export { default as SearchOptions } from './SearchOptions.svelte';
export { default as SearchStatus } from './SearchStatus.svelte';
