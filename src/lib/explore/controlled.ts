/**
 * Form controls show the view that is drawn, never a click the view did not
 * take. Svelte writes a control only when its expression changes, so when a
 * change leaves the view as it was (unchecking the last meta, an option that
 * falls back to the default), the browser would go on showing the click. Each
 * handler first puts its control back to the drawn view; the new view, once
 * parsed from the URL, then sets it.
 */
export function showDrawn(
	control: HTMLInputElement | HTMLSelectElement,
	drawn: string | number | boolean
): void {
	if (control instanceof HTMLSelectElement) control.value = String(drawn);
	else if (control.type === 'radio') {
		// The whole group: the browser has already unchecked the drawn choice.
		const group = control.form?.elements.namedItem(control.name);
		if (group instanceof RadioNodeList) group.value = String(drawn);
		else control.checked = control.value === String(drawn);
	} else control.checked = Boolean(drawn);
}
