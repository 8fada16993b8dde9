/** Choropleth scales: class breaks, palettes and the no-data swatches. */
export * from './classify.ts';
export * from './diverging.ts';
export * from './vision.ts';
