/**
 * Which renderer a page starts with. The prerendered SVG map is the whole map
 * on any screen (values, tap, keyboard); MapLibre adds zoom and pan for 330 KiB
 * of JS (555 with its worker, geodata and font). It starts with the page where
 * that is cheap and expected (a wide screen with a mouse); on phones and
 * tablets it starts when the reader asks, so the page stays light, a finger
 * scrolls it, and the phone's processor is not spent on a map nobody zoomed.
 */
export const GL_WITH_PAGE = '(min-width: 48rem) and (pointer: fine)';

/** The button that starts MapLibre where it does not start with the page. */
export const GL_START_LABEL = 'Acercar y mover el mapa';
export const GL_LOADING_LABEL = 'Cargando el mapa para acercar…';
/** Said instead of the button when the reader asked and MapLibre could not start (no WebGL, a failed load). */
export const GL_UNAVAILABLE_LABEL =
	'El mapa para acercar no pudo abrirse en este dispositivo. El mapa de arriba muestra los mismos datos.';
