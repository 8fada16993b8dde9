// @ts-check
/**
 * The folder of the web server the site is published under (`BASE_PATH`),
 * checked before SvelteKit sees it: its own error is in English and names no
 * fix. Plain JavaScript because `svelte.config.js` imports it directly.
 */

/** What a segment of the base may contain: URL-safe characters, nothing to escape. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * `''` for the server's root, or `/a/b` (SvelteKit's `paths.base`). Accepts a
 * trailing slash (`/mapas/desarrollo/`); throws a Spanish error otherwise.
 * @param {string | undefined} value the raw `BASE_PATH`
 * @returns {string}
 */
export function parseBasePath(value) {
	const raw = (value ?? '').trim();
	if (raw === '' || raw === '/') return '';
	const says = `BASE_PATH=«${value}» no es una carpeta del servidor válida`;
	if (/^[A-Za-z]:[\\/]/.test(raw)) {
		throw new Error(
			`${says}: parece una ruta de Windows (Git Bash convierte las que empiezan por «/»). ` +
				'Use MSYS_NO_PATHCONV=1 BASE_PATH=/mapas/desarrollo npm run build.'
		);
	}
	if (raw.includes('\\')) {
		throw new Error(`${says}: use «/» para separar carpetas, p. ej. «${raw.replaceAll('\\', '/')}».`);
	}
	if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
		throw new Error(
			`${says}: es la ruta dentro del sitio, sin protocolo ni dominio, p. ej. «/mapas/desarrollo».`
		);
	}
	if (!raw.startsWith('/')) {
		throw new Error(`${says}: debe empezar por «/», p. ej. «/${raw.replace(/\/+$/, '')}».`);
	}
	const segments = raw.replace(/\/+$/, '').slice(1).split('/');
	for (const s of segments) {
		if (s === '')
			throw new Error(`${says}: tiene «//»; escriba cada carpeta una vez, separadas por una «/».`);
		if (s === '.' || s === '..') throw new Error(`${says}: no puede tener «${s}» como carpeta.`);
		if (!SEGMENT.test(s)) {
			const fixed = s
				.normalize('NFD')
				.replace(/\p{Diacritic}/gu, '')
				.replace(/[^A-Za-z0-9._~-]+/g, '-');
			throw new Error(
				`${says}: la carpeta «${s}» tiene caracteres que habría que escapar en la dirección ` +
					`(use letras sin tilde, cifras, «-», «_», «.»: p. ej. «${fixed}»).`
			);
		}
	}
	return `/${segments.join('/')}`;
}
