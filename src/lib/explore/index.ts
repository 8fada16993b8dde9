/** The explorer: view state in the URL, per-municipality values, subregion sums and downloads. */
export * from './state.ts';
export * from './values.ts';
export { resultToCsv } from './csv.ts';
