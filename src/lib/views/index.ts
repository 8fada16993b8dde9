/** Page view builders: one per page, pure, from an edition's dataset. */
export { homeView, subregionsView, metasView, metaView, methodView, type MetaView } from './pages.ts';
export {
	municipalityView,
	getNeighbours,
	type MetaAtMunicipality,
	type ShareEstimate
} from './municipality.ts';
export { glMapData } from './map.ts';
