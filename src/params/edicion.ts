import type { ParamMatcher } from '@sveltejs/kit';

/**
 * An edition's id as its folder is named: a year first ("2024-2025", "2026",
 * "2027-final"). Anything else is not an edition, so /metas or /404 never are.
 */
export const match: ParamMatcher = (param) => /^\d{4}(-[a-z0-9]+)*$/.test(param);
