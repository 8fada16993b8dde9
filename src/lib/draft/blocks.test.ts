import { describe, expect, it } from 'vitest';
import { cleanTitle, splitBlocks, type Block, type Range } from './blocks.ts';

const cut = (b: Block, r: Range | null | undefined) => (r ? b.text.slice(r.start, r.end) : null);

/** A meta in canonical form, with its parts replaceable. */
function meta(
	n: number | string,
	parts: Partial<Record<'head' | 'figures' | 'rest' | 'loc' | 'after', string>> = {}
): string {
	return [
		parts.head ?? `Meta # ${n}\tTítulo de la meta ${n}`,
		'Cumplimiento/Avance\tInversión\tBeneficiarios',
		parts.figures ??
			'¿Qué se hizo? Algo hecho\n100% de cumplimiento\t¿Cuánto se invirtió?\n$ 10 millones\t¿Qué población se atendió? 5 ciudadanos',
		parts.rest ??
			'\tEJECUCIÓN\n¿Cómo se hizo? Así.\n\tIMPACTO\n¿Qué impacto y/o resultado se produjo? Bueno.',
		parts.loc ?? '\tLOCALIZACIÓN ¿Dónde se intervino?\tOcaña y Tibú.',
		parts.after ?? '\nRegistro fotográfico\n\nTaller en Cúcuta, 3 de mayo de 2025.'
	].join('\n');
}

describe('splitBlocks: metas', () => {
	it.each([
		{ name: '«Meta # N» at a line start', doc: meta(1) + '\n\n' + meta(2), expected: [1, 2] },
		{
			name: 'numbered differently and with gaps',
			doc: meta(7) + '\n\n' + meta(3) + '\n\n' + meta(21),
			expected: [7, 3, 21]
		},
		{
			name: 'marker variants',
			doc: [
				meta(1, { head: 'META #1: Título' }),
				meta(2, { head: 'Meta N° 2 Título' }),
				meta(3, { head: 'Meta 3. Título' })
			].join('\n\n'),
			expected: [1, 2, 3]
		},
		{ name: 'a marker in a later cell', doc: meta(4, { head: '\tMeta # 4\tTítulo' }), expected: [4] },
		{
			name: 'not inside a sentence',
			doc: meta(3, { rest: '\tEJECUCIÓN\nLa iniciativa definida como Meta N° 3 obedece a...' }),
			expected: [3]
		},
		{
			name: 'not «Meta 2027» in a table header',
			doc: meta(1) + '\n\nIndicador\tLínea base 2023\tMeta 2027',
			expected: [1]
		},
		{
			name: 'not after the end of the metas',
			doc: meta(1) + '\n\nCUMPLIMIENTO/AVANCE POR NIVEL DEL PDD\n\nMeta # 9 de algo',
			expected: [1]
		},
		{ name: 'a document without metas', doc: 'Un texto cualquiera', expected: [] }
	])('$name', ({ doc, expected }) => {
		expect(splitBlocks(doc).map((b) => b.number)).toEqual(expected);
	});

	it('ends the last block at the end of the metas', () => {
		const [b] = splitBlocks(meta(1) + '\n\nANÁLISIS DE LOS INDICADORES DE RESULTADO\n\nCúcuta y AM');
		expect(b.text).not.toContain('ANÁLISIS');
	});
});

describe('splitBlocks: titles', () => {
	it.each([
		{ head: 'Meta # 1\tRondas de negociación', title: 'Rondas de negociación', where: 'slot' },
		{ head: 'Meta # 1 Rondas de negociación.', title: 'Rondas de negociación.', where: 'slot' },
		{ head: 'Meta # 1\t\tRondas de negociación\t', title: 'Rondas de negociación', where: 'slot' },
		{ head: 'Meta # 1\nRondas de negociación', title: 'Rondas de negociación', where: 'next-line' },
		{ head: 'Meta # 1\n\nRondas de negociación', title: 'Rondas de negociación', where: 'next-line' },
		{ head: 'Rondas de negociación\t\t\nMeta # 1', title: 'Rondas de negociación', where: 'line-above' },
		{ head: 'Rondas de negociación\n\nMeta # 1', title: 'Rondas de negociación', where: 'line-above-far' }
	])('«$head» -> «$title» ($where)', ({ head, title, where }) => {
		const [b] = splitBlocks('Intro.\n\n' + meta(1, { head }));
		expect(cut(b, b.title?.range)).toBe(title);
		expect(b.title?.where).toBe(where);
	});

	it('starts the block at a title written above the marker, so the previous meta does not keep it', () => {
		const doc = meta(1) + '\n\n' + meta(2, { head: 'Título de arriba\nMeta # 2' });
		const [first, second] = splitBlocks(doc);
		expect(first.text).not.toContain('Título de arriba');
		expect(second.text.startsWith('Título de arriba')).toBe(true);
	});

	it('never takes a dated caption above as the title', () => {
		const [b] = splitBlocks(
			'Feria en Ocaña, 3 de mayo de 2025.\nMeta # 1\nCumplimiento/Avance\tInversión\tBeneficiarios'
		);
		expect(b.title).toBeNull();
	});

	it.each([
		{ args: ': Rondas  de\tnegociación.', expected: 'Rondas de negociación' },
		{ args: '– Apoyo', expected: 'Apoyo' },
		{ args: '   ', expected: '' }
	])('cleanTitle(«$args») -> «$expected»', ({ args, expected }) => {
		expect(cleanTitle(args)).toBe(expected);
	});
});

describe('splitBlocks: the figure cells', () => {
	it('cuts each cell between its question and the next', () => {
		const [b] = splitBlocks(meta(1));
		expect(cut(b, b.done)?.trim()).toBe('Algo hecho\n100% de cumplimiento');
		expect(cut(b, b.investment)?.trim()).toBe('$ 10 millones');
		expect(cut(b, b.beneficiaries)?.trim()).toBe('5 ciudadanos');
	});

	it('accepts variants of the questions', () => {
		const [b] = splitBlocks(
			meta(1, {
				figures:
					'¿Qué se ha hecho? X\t¿Cuánto se ha invertido? $ 5 millones\t¿A qué población se atendió? 3 jóvenes'
			})
		);
		expect(cut(b, b.investment)?.trim()).toBe('$ 5 millones');
		expect(cut(b, b.beneficiaries)?.trim()).toBe('3 jóvenes');
	});

	it('has no cell when its question is missing', () => {
		const [b] = splitBlocks(meta(1, { figures: '¿Qué se hizo? X\t¿Qué población se atendió? 3 jóvenes' }));
		expect(b.investment).toBeNull();
		expect(cut(b, b.beneficiaries)?.trim()).toBe('3 jóvenes');
	});

	it('does not take «ejecución» inside a sentence for the EJECUCIÓN heading', () => {
		const [b] = splitBlocks(
			meta(1, {
				figures:
					'¿Qué se hizo? Proyecto en ejecución desde mayo\t¿Cuánto se invirtió? $ 5 millones\t¿Qué población se atendió? 3 jóvenes'
			})
		);
		expect(cut(b, b.investment)?.trim()).toBe('$ 5 millones');
	});
});

describe('splitBlocks: LOCALIZACIÓN', () => {
	const loc = (parts: Parameters<typeof meta>[1]) => {
		const [b] = splitBlocks(meta(1, parts));
		return {
			content: cut(b, b.localizacion?.content),
			caption: cut(b, b.localizacion?.captionLike),
			part: b.localizacion
		};
	};
	it.each([
		{
			name: 'in the heading cell',
			parts: { loc: '\tLOCALIZACIÓN ¿Dónde se intervino? Ocaña y Tibú.' },
			content: 'Ocaña y Tibú.'
		},
		{
			name: 'in the next cell',
			parts: { loc: '\tLOCALIZACIÓN ¿Dónde se intervino?\tOcaña y Tibú.' },
			content: 'Ocaña y Tibú.'
		},
		{
			name: 'on the next row',
			parts: { loc: '\tLOCALIZACIÓN ¿Dónde se intervino?\t\n\t\tOcaña y Tibú.' },
			content: 'Ocaña y Tibú.'
		},
		{
			name: 'after blank lines, heading and question apart',
			parts: {
				loc: 'LOCALIZACIÓN\n\n¿Dónde se intervino?\n\nEl proyecto tiene alcance departamental.',
				after: ''
			},
			content: 'El proyecto tiene alcance departamental.'
		},
		{
			name: 'empty before «Registro fotográfico»',
			parts: { loc: '\tLOCALIZACIÓN ¿Dónde se intervino?' },
			content: null
		},
		{
			name: 'a title-case heading with its question',
			parts: { loc: 'Localización ¿Dónde se intervino? Tibú.' },
			content: 'Tibú.'
		},
		{
			name: 'captions right after the content are not content',
			parts: {
				loc: '\tLOCALIZACIÓN ¿Dónde se intervino?\tOcaña y Tibú.\nTaller en Cúcuta, 3 de mayo de 2025.',
				after: ''
			},
			content: 'Ocaña y Tibú.'
		}
	])('$name', ({ parts, content }) => {
		expect(loc(parts).content).toBe(content);
	});

	it('does not take a dated caption after an empty heading as content', () => {
		const r = loc({
			loc: '\tLOCALIZACIÓN ¿Dónde se intervino?',
			after: '\nTaller en Cúcuta, 3 de mayo de 2025.'
		});
		expect(r.content).toBeNull();
		expect(r.caption).toBe('Taller en Cúcuta, 3 de mayo de 2025.');
	});

	it('says when the content is a later group, for the reader to confirm', () => {
		expect(loc({ loc: 'LOCALIZACIÓN\n\nOcaña.', after: '' }).part?.fromNextGroup).toBe(true);
		expect(loc({ loc: 'LOCALIZACIÓN Ocaña.', after: '' }).part?.fromNextGroup).toBe(false);
	});

	it('has no LOCALIZACIÓN part when the block has none', () => {
		expect(loc({ loc: '', after: '' }).part).toBeNull();
	});
});
