import guide from '../../../../docs/guia-edicion.md?raw';

export const prerender = true;

// The staff guide as it is in the repository (docs/guia-edicion.md), readable in any browser.
export function GET() {
	return new Response(guide, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
