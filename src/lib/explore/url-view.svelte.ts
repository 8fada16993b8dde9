/**
 * The explorer's view as read from the address bar, shared by the pages that
 * keep their state in the URL. Prerendered HTML shows the default view; the
 * URL's view applies once mounted (reading the query while prerendering is
 * impossible, and hydration must match the prerendered HTML).
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { ExploreData } from '../dataset/explore.ts';
import { parseState, serializeState, type ExploreState, type StateContext } from './state.ts';

export class UrlView {
	#search = $state('');
	// Recomputed whole from the URL, never mutated: plain classes are right here.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly params = $derived(new URLSearchParams(this.#search));
	readonly view: ExploreState;
	readonly #keep: readonly string[];

	/**
	 * Call during component initialisation (it registers an effect). `keep`:
	 * the page's own parameters besides the view, carried over on every change.
	 */
	constructor(data: () => ExploreData, keep: readonly string[] = []) {
		this.#keep = keep;
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

	/** Shows this page with `patch` applied to the view and `extra` to its own parameters. */
	go(patch: Partial<ExploreState>, extra: Record<string, string> = {}): void {
		const p = serializeState({ ...this.view, ...patch });
		for (const k of this.#keep) {
			const v = extra[k] ?? this.params.get(k);
			if (v) p.set(k, v);
		}
		const q = p.toString();
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- the current page's own path, plus a query
		goto(`${page.url.pathname}${q ? `?${q}` : ''}`, { keepFocus: true, noScroll: true });
	}
}
