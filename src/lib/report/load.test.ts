/** Bad input gets a clear Spanish error naming the row, field, value and what was expected. */
import { describe, expect, it } from 'vitest';
import { DataError, parseMetas, parsePlaceDecisions } from './load.ts';

const meta = (patch: string) => `
- number: 9
  title: Apoyo a la implementación del Centro ZASCA
  done: { text: Un centro apoyado, count: 1, unit: centro }
  compliance: { pct: 100, quote: '100% de cumplimiento' }
  progress: { pct: 100, quote: '100% de avance' }
  investment: { millionCop: 162, quote: '$162 millones de pesos' }
  funding: { status: stated, sources: [{ source: propios, sharePct: null }], quote: 'de recursos propios' }
  beneficiaries: { status: sin-datos, quote: 'Sin datos a la fecha.' }
  partners: { status: stated, names: [], quotes: ['Cámara de Comercio'] }
  period: { status: stated, text: '2024', quote: 'Vigencia 2024' }
  localizacion: { status: filled, scope: municipal, quote: 'en el municipio de Villa del Rosario' }
  places: [{ name: Villa del Rosario, evidence: localizacion }]
${patch}`;

describe('parseMetas', () => {
	it('accepts a well-formed meta', () => {
		expect(parseMetas(meta(''))[0]).toMatchObject({ number: 9, investment: { millionCop: 162 } });
	});

	it.each([
		{
			name: 'a number written as text',
			text: meta('').replace('millionCop: 162', 'millionCop: "162 millones"'),
			error:
				/fila 1 \(meta 9\), campo «investment\.millionCop», valor "162 millones": Entrada inválida: se esperaba número, recibido texto/
		},
		{
			name: 'an unknown evidence level',
			text: meta('').replace('evidence: localizacion', 'evidence: foto'),
			error:
				/campo «places\.0\.evidence», valor "foto": Opción inválida: se esperaba una de "localizacion"\|"text"/
		},
		{
			name: 'a percentage over 100',
			text: meta('').replace('compliance: { pct: 100', 'compliance: { pct: 160'),
			error: /campo «compliance\.pct», valor 160: Demasiado grande/
		},
		{
			name: 'a municipal scope with no LOCALIZACIÓN place',
			text: meta('').replace('evidence: localizacion', 'evidence: text, quotes: [x y z]'),
			error: /alcance municipal necesita al menos un lugar nombrado en LOCALIZACIÓN/
		},
		{
			name: 'a repeated meta',
			text: meta('') + meta('').replace(/^\n/, ''),
			error: /la meta 9 está repetida/
		},
		{
			name: 'broken YAML',
			text: 'metas: [\n  - : :',
			error: /metas\.yaml: línea \d+, columna \d+: YAML inválido/
		}
	])('rejects $name with a Spanish message', ({ text, error }) => {
		expect(() => parseMetas(text)).toThrow(DataError);
		expect(() => parseMetas(text)).toThrow(error);
	});
});

describe('parsePlaceDecisions', () => {
	it('requires a DIVIPOLA code of the department for a corregimiento', () => {
		const text = `- { name: La Gabarra, decision: corregimiento, divipola: '8100', reason: 'Corregimiento de Tibú.' }`;
		expect(() => parsePlaceDecisions(text)).toThrow(/fila 1 \(La Gabarra\), campo «divipola», valor "8100"/);
	});
});
