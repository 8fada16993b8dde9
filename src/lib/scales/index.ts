/** Choropleth scales: class breaks, palettes, the no-data swatches, map scales and colour vision checks. */
export * from './classify.ts';
export * from './breaks.ts';
export * from './diverging.ts';
export * from './scale.ts';
export * from './hatch.ts';
export * from './vision.ts';
