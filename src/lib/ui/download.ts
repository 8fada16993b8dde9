/** Saves a blob under a file name through a temporary link (no server round trip). */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
