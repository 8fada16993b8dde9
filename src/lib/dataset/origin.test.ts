/**
 * An edition quoted from the report (`origin: informe`) needs every quote; one captured by the
 * Secretaría (`origin: secretaria`) may leave them out, and the dataset says which it is.
 */
import { describe, expect, it } from 'vitest';
import { readSourceTexts } from '../../../scripts/data/sources.ts';
import { buildDataset } from './index.ts';

const real = readSourceTexts('2024-2025');

/** The committed data with meta 5's investment quote removed and the origin set to `origin`. */
function withoutInvestmentQuote(origin: 'informe' | 'secretaria') {
	const quote =
		'    quote: Con una inversión de $1.158,69 millones de pesos se ha realizado apoyo en asistencia técnica y cofinanciación de los planes de acción de las iniciativas clúster.\n';
	if (!real.metas.includes(quote)) throw new Error('la cita de la meta 5 cambió en metas.yaml');
	return {
		...real,
		metas: real.metas.replace(quote, ''),
		edicion: real.edicion.replace('origin: informe', `origin: ${origin}`)
	};
}

describe('quotes and the origin of an edition', () => {
	it('refuses an informe edition with a missing quote, naming the meta and field', () => {
		// At the line of meta 5's «investment:» block, where the quote is missing.
		const texts = withoutInvestmentQuote('informe');
		const lines = texts.metas.split('\n');
		const meta5 = lines.findIndex((l) => l.startsWith('- number: 5'));
		const line = lines.findIndex((l, i) => i > meta5 && l.startsWith('  investment:')) + 1;
		expect(() => buildDataset(texts)).toThrow(
			`metas.yaml, línea ${line + 1}, columna 5: meta 5, campo «investment.quote»: falta la cita textual`
		);
	});

	it('builds a secretaria edition without that quote and says where the figures come from', () => {
		const d = buildDataset(withoutInvestmentQuote('secretaria'));
		expect(d.edition.origin).toBe('secretaria');
		const m5 = d.metas.find((m) => m.number === 5);
		expect(m5?.investmentMillionCop).toBe(1158.69);
		expect(m5?.quotes.investment).toBeNull();
	});

	it('refuses «sin-datos» partners in an informe edition', () => {
		const texts = {
			...real,
			metas: real.metas.replace(
				'  partners:\n    status: stated\n    names: [CORPOINCAL, Cámara de Comercio de Ocaña]',
				'  partners:\n    status: sin-datos\n    names: [CORPOINCAL, Cámara de Comercio de Ocaña]'
			)
		};
		expect(texts.metas).not.toBe(real.metas);
		expect(() => buildDataset(texts)).toThrow(
			'meta 4, campo «partners.status», valor "sin-datos": «sin-datos» solo vale en una edición capturada por la Secretaría'
		);
	});

	it('builds the committed edition as quoted from the report', () => {
		expect(buildDataset(real).edition.origin).toBe('informe');
	});
});
