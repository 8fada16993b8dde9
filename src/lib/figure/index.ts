/** Print-ready figures: specs per view, SVG composition, paper sizes, rasterising. */
export * from './paper.ts';
export * from './compose.ts';
export * from './specs.ts';
export { rasterizeSvg, type RasterRequest, type RasterResult } from './raster.ts';
