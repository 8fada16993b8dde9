/** The colours of the swatches that are not classes: one definition for every map and legend. */
export const NO_REACH_COLOR = '#ffffff';
export const NO_REACH_HATCH = '#8a949c';
export const ZERO_COLOR = '#e6e6e6';
