import { onMount } from 'svelte';

/**
 * Whether the prerendered page is live yet. Controls that only work with
 * JavaScript stay inert until then: a choice made before hydration would
 * show on screen but never reach the map (and never, without JavaScript).
 * Create it while a component initialises.
 */
export class Hydrated {
	current = $state(false);

	constructor() {
		onMount(() => {
			this.current = true;
		});
	}
}
