/** Map geometry and rendering helpers shared by the SVG map, MapLibre and exports. */
export * from './geometry.ts';
export * from './screen.ts';
