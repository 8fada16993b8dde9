/**
 * Runs in the page (an init script): the canvas answers no WebGL context, as
 * on old phones and locked-down PCs, so the explorer keeps its SVG map. Shared
 * by the browser tests (fixtures.ts disableWebGL) and bench:repaint.
 */
export function hideWebGL(): void {
	const original = HTMLCanvasElement.prototype.getContext;
	HTMLCanvasElement.prototype.getContext = function (
		this: HTMLCanvasElement,
		type: string,
		...rest: unknown[]
	) {
		if (type.startsWith('webgl')) return null;
		return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
	} as typeof original;
}
