/** Place names -> DIVIPOLA codes, with recorded decisions for every non-exact name. */
export { createResolver, suggest, UnknownPlaceError } from './resolve.ts';
export type { Resolver, Resolution, NamedMunicipality } from './resolve.ts';
