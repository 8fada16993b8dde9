/**
 * The two ColorBrewer schemes the maps use (Cynthia Brewer, Mark Harrower and
 * The Pennsylvania State University, Apache License 2.0), as d3-scale-chromatic
 * 3.1 publishes them. Copied as plain arrays because importing the library
 * ships its interpolators and d3-color to every page (11 KiB gzip) for two
 * tables of strings; schemes.test.ts checks they equal the library's.
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

/** Diverging purple-orange, 3 to 11 (odd) classes. */
export const PU_OR: Readonly<Record<number, readonly string[]>> = {
	3: ['#998ec3', '#f7f7f7', '#f1a340'],
	5: ['#5e3c99', '#b2abd2', '#f7f7f7', '#fdb863', '#e66101'],
	7: ['#542788', '#998ec3', '#d8daeb', '#f7f7f7', '#fee0b6', '#f1a340', '#b35806'],
	9: ['#542788', '#8073ac', '#b2abd2', '#d8daeb', '#f7f7f7', '#fee0b6', '#fdb863', '#e08214', '#b35806'],
	11: [
		'#2d004b',
		'#542788',
		'#8073ac',
		'#b2abd2',
		'#d8daeb',
		'#f7f7f7',
		'#fee0b6',
		'#fdb863',
		'#e08214',
		'#b35806',
		'#7f3b08'
	]
};
