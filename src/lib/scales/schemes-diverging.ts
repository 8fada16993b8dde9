/** ColorBrewer's diverging scheme, copied as schemes.ts says (same source, licence and check). */

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
