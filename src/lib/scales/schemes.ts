/**
 * The two ColorBrewer schemes the maps use (Cynthia Brewer, Mark Harrower and
 * The Pennsylvania State University, Apache License 2.0), as d3-scale-chromatic
 * 3.1 publishes them. Copied as plain arrays because importing the library
 * ships its interpolators and d3-color to every page (11 KiB gzip) for two
 * tables of strings; schemes.test.ts checks they equal the library's. The
 * diverging one is in schemes-diverging.ts: only the comparison of editions
 * draws it, so the other pages do not load it.
 */

/** Sequential yellow-green-blue, 3 to 9 classes. */
export const YL_GN_BU: Readonly<Record<number, readonly string[]>> = {
	3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
	4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
	5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
	6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
	7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
	8: ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
	9: ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58']
};
