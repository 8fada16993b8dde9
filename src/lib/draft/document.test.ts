import { describe, expect, it } from 'vitest';
import { detectTextFormat, joinGroups, readText } from './document.ts';

describe('readText', () => {
	it.each([
		{ name: 'HTML paragraphs become lines', raw: '<p>uno</p> <p>dos</p>', text: 'uno\ndos' },
		{ name: 'tabs stay between cells', raw: 'a\t<p>b</p>\tc', text: 'a\tb\n\tc' },
		{ name: 'markdown escapes go', raw: '\\$ 776 millones', text: '$ 776 millones' },
		{ name: 'paired bold markers go', raw: '**INFORME** de **RENDICIÓN**', text: 'INFORME de RENDICIÓN' },
		{
			name: 'bullets end a paragraph',
			raw: 'uno• ¿Con quién se ejecutó? dos',
			text: 'uno\n¿Con quién se ejecutó? dos'
		},
		{ name: 'entities are decoded', raw: 'A&amp;B &#241; &nbsp;x', text: 'A&B ñ x' },
		{ name: 'a markdown table rule is dropped', raw: 'uno\n--\t---\t--\ndos', text: 'uno\ndos' },
		{
			name: 'runs of blank lines become one',
			raw: 'uno\n\n\n\n dos \n\t\n\ntres',
			text: 'uno\n\ndos\n\ntres'
		},
		{ name: 'Windows line ends', raw: 'uno\r\ndos', text: 'uno\ndos' },
		{ name: 'spaces collapse, cells are trimmed', raw: '  a   b \t  c  ', text: 'a b\tc' },
		{ name: 'an empty document', raw: '', text: '' }
	])('$name', ({ raw, text }) => {
		expect(readText(raw).text).toBe(text);
	});

	it('removes a running header repeated on every page', () => {
		const page = (n: number) => `contenido ${n}\n\nRendición de Cuentas 2024-2025\nSECRETARÍA DE PRUEBA\n`;
		expect(readText([1, 2, 3].map(page).join('\n')).text).toBe('contenido 1\n\ncontenido 2\n\ncontenido 3');
	});

	it('keeps a header that repeats only twice', () => {
		const page = (n: number) => `contenido ${n}\n\nRendición de Cuentas 2024-2025\nSECRETARÍA DE PRUEBA\n`;
		expect(readText([1, 2].map(page).join('\n')).text).toContain('SECRETARÍA DE PRUEBA');
	});

	it.each([
		[
			'a single line repeated as its own paragraph',
			'Sin datos a la fecha.\n\nMeta\n\nSin datos a la fecha.\n\nx\n\nSin datos a la fecha.'
		],
		[
			'figures repeated in every meta',
			'100% de cumplimiento\n¿Qué?\n\n100% de cumplimiento\n¿Qué?\n\n100% de cumplimiento\n¿Qué?'
		],
		[
			'template labels',
			'Registro fotográfico\nEJECUCIÓN\n\nRegistro fotográfico\nEJECUCIÓN\n\nRegistro fotográfico\nEJECUCIÓN'
		]
	])('keeps %s', (_, raw) => {
		expect(readText(raw).text).toBe(joinGroups(raw.split('\n')));
	});
});

describe('detectTextFormat', () => {
	it.each([
		{ raw: 'Meta # 1\tTítulo', expected: 'texto-pdf' },
		{ raw: '<p>Meta # 1</p>', expected: 'texto-pdf' },
		{ raw: 'Meta # 1\nTítulo', expected: 'texto' },
		{ raw: 'precio < 5 y > 2', expected: 'texto' }
	] as const)('$raw -> $expected', ({ raw, expected }) => {
		expect(detectTextFormat(raw)).toBe(expected);
	});
});

describe('joinGroups', () => {
	it('separates groups by one blank line and trims the ends', () => {
		expect(joinGroups(['', 'a', '', '', 'b', 'c', ''])).toBe('a\n\nb\nc');
	});
});
