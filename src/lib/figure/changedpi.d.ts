// changedpi ships no types: the two functions used here.
declare module 'changedpi' {
	/** Writes the resolution into a PNG or JPEG data URL (the pHYs chunk for PNG). */
	export function changeDpiDataUrl(dataUrl: string, dpi: number): string;
	export function changeDpiBlob(blob: Blob, dpi: number): Promise<Blob>;
}
