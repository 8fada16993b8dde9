import type { IControl } from 'maplibre-gl';

/** The reset button's words, for its tooltip and screen readers. */
export const RESET_LABEL = 'Ver todo el departamento';

/**
 * A MapLibre control with one button that brings the whole department back
 * into view (`reset`), styled like the zoom buttons it sits under.
 */
export function resetControl(reset: () => void): IControl {
	let box: HTMLDivElement | undefined;
	return {
		onAdd() {
			box = document.createElement('div');
			box.className = 'maplibregl-ctrl maplibregl-ctrl-group';
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'reset-view';
			button.title = RESET_LABEL;
			button.setAttribute('aria-label', RESET_LABEL);
			button.textContent = '⤢';
			button.addEventListener('click', reset);
			box.append(button);
			return box;
		},
		onRemove() {
			box?.remove();
		}
	};
}
