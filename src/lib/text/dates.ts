/** Dates printed on figures: ISO in file names and options, es-CO words on the figure. */

/** The local calendar day as yyyy-mm-dd (the day a figure is made). */
export function isoDate(d: Date = new Date()): string {
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// Built on first use (a figure's footer), not with every page: a page's first Intl call initialises ICU.
let longDate: Intl.DateTimeFormat | undefined;

/**
 * The calendar day written as yyyy-mm-dd, or null when it is not one ("2025-02-30", "hoy").
 * setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
 */
export function calendarDay(iso: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return null;
	const day = new Date(0);
	day.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
	return day.getUTCFullYear() === +m[1] && day.getUTCMonth() === +m[2] - 1 && day.getUTCDate() === +m[3]
		? day
		: null;
}

/** "2026-11-24" -> "24 de noviembre de 2026"; read as a calendar day, no time zone involved. */
export function spanishDate(iso: string): string {
	const day = calendarDay(iso);
	if (!day) throw new Error(`Fecha no válida: «${iso}» (se esperaba AAAA-MM-DD)`);
	longDate ??= new Intl.DateTimeFormat('es-CO', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
	return longDate.format(day);
}
