/** How a municipality is drawn: the same for the SVG map, MapLibre and figure exports. */
export interface Paint {
	fill: string;
	/** Draw the "no alcanzado" hatch over the fill. */
	hatch: boolean;
}

export interface MunicipalityPaint extends Paint {
	/** Accessible name and tooltip: municipality, value, rank. */
	label: string;
}
