/**
 * The explorer's view as read from the address bar, shared by the pages that
 * keep their state in the URL. Prerendered HTML shows the default view; the
 * URL's view applies once mounted (reading the query while prerendering is
 * impossible, and hydration must match the prerendered HTML).
 */
import { page } from '$app/state';
import type { ExploreData } from '../dataset/explore.ts';
import { parseState, type ExploreState, type StateContext } from './state.ts';

export class UrlView {
	#search = $state('');
	// Recomputed whole from the URL, never mutated: plain classes are right here.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly params = $derived(new URLSearchParams(this.#search));
	readonly view: ExploreState;

	/** Call during component initialisation (it registers an effect). */
	constructor(data: () => ExploreData) {
		const context = (): StateContext => ({
			metaNumbers: data().metas.map((m) => m.number),
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup table, never mutated
			municipalityCodes: new Set(data().municipalities.map((m) => m.divipola))
		});
		this.view = $derived(parseState(this.params, context()));
		$effect(() => {
			this.#search = page.url.search;
		});
	}
}
