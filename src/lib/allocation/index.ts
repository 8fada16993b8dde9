/** Per-meta figures -> per-municipality estimates under a stated rule. */
export { allocate, reachedBy, describeRule, toCents, RULES } from './allocate.ts';
export type {
	Rule,
	EvidenceLevel,
	MetaFigures,
	AllocationOptions,
	Allocation,
	MunicipalityAllocation,
	Share,
	Bucket,
	Amounts,
	WeightedMunicipality
} from './allocate.ts';
export { largestRemainder } from './largest-remainder.ts';
export { areaReferences } from './averages.ts';
export type { AreaRow, AreaAverage, AreaReferences, AverageKind } from './averages.ts';
