/**
 * Reading an explorer view back from the page a reader sees: the legend's
 * rows, the table's values and the SVG map's fills, and what each
 * municipality's class must be according to legend and table alone.
 */
import type { Page } from '@playwright/test';

/** What the explorer's controls show, in the URL's words (metrica=..., clases=...); one read of the page. */
export async function shownControls(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() => {
		const form = document.querySelector('form[aria-label="Opciones del mapa"]') as HTMLFormElement;
		// Each select by the text of its label, as a reader finds it.
		const select = (label: string) =>
			[...form.querySelectorAll('label')]
				.find((l) => l.querySelector('span')?.textContent?.trim() === label)
				?.querySelector('select')?.value ?? '?';
		const radio = (name: string) =>
			[...form.querySelectorAll<HTMLInputElement>(`input[type=radio][name=${name}]`)]
				.filter((r) => r.checked)
				.map((r) => r.value)
				.join(',');
		const spread = [...form.querySelectorAll('label')]
			.find((l) => l.textContent?.includes('Repartir las metas'))
			?.querySelector('input') as HTMLInputElement;
		// Each meta checkbox with the number its label shows ("6. ..."); all checked means all metas.
		const metas = [...form.querySelectorAll('details li')].map((li) => ({
			n: Number(li.querySelector('strong')?.textContent?.replace('.', '')),
			on: (li.querySelector('input') as HTMLInputElement).checked
		}));
		const METHOD: Record<string, string> = { jenks: 'naturales', quantile: 'cuantiles', equal: 'iguales' };
		const picker = [...document.querySelectorAll('label')]
			.find((l) => l.querySelector('span')?.textContent?.trim() === 'Seleccionar un municipio')
			?.querySelector('select');
		return {
			metrica: select('Qué mostrar'),
			normalizacion: radio('norm'),
			regla: select('Regla de estimación'),
			departamental: spread.checked ? 'repartir' : 'no',
			cortes: METHOD[select('Método de clases')] ?? '?',
			clases: select('Número de clases'),
			evidencia: radio('evidence'),
			fuente: select('Fuente de financiación'),
			metas: metas.every((m) => m.on)
				? ''
				: metas
						.filter((m) => m.on)
						.map((m) => m.n)
						.join(','),
			municipio: picker?.value ?? '?'
		};
	});
}

export interface DomLegendRow {
	key: string;
	color: string;
	label: string;
	count: number;
}

export interface DomView {
	legend: DomLegendRow[];
	/** divipola -> the table's value cell text. */
	table: Record<string, string>;
	/** divipola -> the SVG map's fill and whether it is hatched; empty when the SVG is not drawn. */
	svg: Record<string, { fill: string; hatch: boolean }>;
}

export async function readDom(page: Page): Promise<DomView> {
	return page.evaluate(() => {
		const code = (a: Element | null) => a?.getAttribute('href')?.split('/').pop() ?? '';
		const legend = [...document.querySelectorAll('.legend li')].map((li) => ({
			key: li.getAttribute('data-row') ?? '',
			color: li.querySelector('rect')?.getAttribute('fill') ?? '',
			label: li.querySelector('span:not(.count)')?.textContent?.trim() ?? '',
			count: Number(li.querySelector('.count')?.textContent?.match(/\d+/)?.[0] ?? NaN)
		}));
		const table: Record<string, string> = {};
		const body = document.querySelector('#values-caption')?.closest('table')?.querySelector('tbody');
		for (const tr of body?.querySelectorAll('tr') ?? []) {
			table[code(tr.querySelector('th a'))] = tr.querySelectorAll('td')[2]?.textContent?.trim() ?? '';
		}
		const svg: Record<string, { fill: string; hatch: boolean }> = {};
		for (const a of document.querySelectorAll('.mapview svg a')) {
			svg[code(a)] = {
				fill: a.querySelector('.municipio')?.getAttribute('fill') ?? '',
				hatch: a.querySelector('.hatch') !== null
			};
		}
		return { legend, table, svg };
	});
}

/** es-CO number as printed ("1.158,69", "$ 39,3"): its value and the half-unit its rounding hides. */
export function printed(text: string): { value: number; half: number } {
	const m = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?/.exec(text);
	if (!m) throw new Error(`no hay número en «${text}»`);
	return {
		value: Number(`${m[1].replace(/\./g, '')}.${m[2] ?? '0'}`),
		half: 0.5 * 10 ** -(m[2]?.length ?? 0)
	};
}

export interface Expected {
	kind: 'class' | 'zero' | 'no-reach';
	/** Legend swatch colour(s) the municipality may be drawn in (two only on a shared rounding edge). */
	colors: string[];
}

/**
 * Each municipality's class according to the legend and the table only, and
 * everything that contradicts itself in them (keys, counts, ranges).
 */
export function expectedFromLegend(dom: DomView): { expected: Record<string, Expected>; problems: string[] } {
	const problems: string[] = [];
	const keys = dom.legend.map((r) => r.key);
	if (new Set(keys).size !== keys.length) problems.push(`claves repetidas en la leyenda: ${keys}`);
	const classes = dom.legend
		.filter((r) => r.key.startsWith('clase-'))
		.map((r) => {
			const empty = r.label.endsWith(': ningún municipio');
			const [lo, hi = lo] = r.label.replace(/: ningún municipio$/, '').split(' – ');
			return { row: r, empty, lo: printed(lo), hi: printed(hi) };
		});
	for (let i = 1; i < classes.length; i++) {
		const [a, b] = [classes[i - 1], classes[i]];
		if (a.empty || b.empty ? a.hi.value > b.lo.value : a.hi.value >= b.lo.value)
			problems.push(`rangos que se tocan: «${a.row.label}» y «${b.row.label}»`);
	}
	const zero = dom.legend.find((r) => r.key === 'sin-monto');
	const noReach = dom.legend.find((r) => r.key === 'no-alcanzado');
	const expected: Record<string, Expected> = {};
	for (const [code, text] of Object.entries(dom.table)) {
		if (/sin monto/i.test(text)) {
			if (!zero) problems.push(`${code}: «${text}» sin fila «sin monto» en la leyenda`);
			expected[code] = { kind: 'zero', colors: zero ? [zero.color] : [] };
		} else if (/^no (alcanzado|nombrado)/i.test(text)) {
			if (!noReach) problems.push(`${code}: «${text}» sin fila en la leyenda`);
			expected[code] = { kind: 'no-reach', colors: noReach ? [noReach.color] : [] };
		} else {
			const v = printed(text).value;
			const rows = classes.filter(
				(c) => !c.empty && v >= c.lo.value - c.lo.half - 1e-9 && v <= c.hi.value + c.hi.half + 1e-9
			);
			if (rows.length === 0) problems.push(`${code}: «${text}» no cae en ningún rango de la leyenda`);
			expected[code] = { kind: 'class', colors: rows.map((c) => c.row.color) };
		}
	}
	if (Object.keys(expected).length !== 40)
		problems.push(`la tabla tiene ${Object.keys(expected).length} filas`);
	// Each row counts exactly the municipalities the table puts in it.
	for (const r of dom.legend) {
		const n = Object.values(expected).filter((e) => e.colors.length === 1 && e.colors[0] === r.color).length;
		const shared = Object.values(expected).filter(
			(e) => e.colors.length > 1 && e.colors.includes(r.color)
		).length;
		if (r.count < n || r.count > n + shared) problems.push(`«${r.label}» dice ${r.count}, la tabla ${n}`);
	}
	const total = dom.legend.reduce((s, r) => s + r.count, 0);
	if (total !== 40) problems.push(`la leyenda suma ${total} municipios`);
	return { expected, problems };
}

/** Where the SVG map's fills disagree with what legend and table say. */
export function svgProblems(dom: DomView, expected: Record<string, Expected>): string[] {
	const out: string[] = [];
	for (const [code, e] of Object.entries(expected)) {
		const s = dom.svg[code];
		if (!s) out.push(`${code}: no está en el mapa SVG`);
		else if (!e.colors.includes(s.fill)) out.push(`${code}: SVG ${s.fill}, leyenda ${e.colors.join(' o ')}`);
		else if (s.hatch !== (e.kind === 'no-reach')) out.push(`${code}: trama ${s.hatch} para ${e.kind}`);
	}
	return out;
}
