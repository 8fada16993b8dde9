import { screenSprite } from '$lib/server/map.ts';

export const prerender = true;

// The screen map's shapes, drawn by every page with <use href="/mapa.svg?v=…#id">.
export function GET() {
	return new Response(screenSprite().text, { headers: { 'content-type': 'image/svg+xml' } });
}
