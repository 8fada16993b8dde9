/**
 * The legends of the explorer's maps: the department choropleth and the
 * subregion map, from their scales (explore/styles.ts, explore/subregions.ts).
 * Apart from legend.ts so that a page with a LOCALIZACIÓN or locator map does
 * not load the explorer.
 */
import { exploreScale, swatchKeyOf } from '../explore/styles.ts';
import type { SubregionChoropleth } from '../explore/subregions.ts';
import type { ExploreResult } from '../explore/values.ts';
import { countKeys, legend, SUBREGIONS_NOUN, type LegendContent } from './legend.ts';

/** The explorer's legend for its current state. */
export function legendContent(result: ExploreResult): LegendContent {
	return legend(exploreScale(result), countKeys(result.values.map((v) => swatchKeyOf(v))), result.ruleText);
}

/** The subregion map's legend: its classes, counted in subregions. */
export function subregionLegend(c: SubregionChoropleth, rule: string): LegendContent {
	return legend(
		c.scale,
		countKeys(
			c.subregions.map((s) => c.keyOf[s.name]),
			SUBREGIONS_NOUN
		),
		rule
	);
}
