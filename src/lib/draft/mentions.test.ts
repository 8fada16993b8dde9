import { describe, expect, it } from 'vitest';
import { createResolver } from '../places/index.ts';
import type { PlaceDecision } from '../report/index.ts';
import {
	buildVocabulary,
	classify,
	englishRanges,
	findMentions,
	groupLists,
	makeContext,
	nearMunicipalityNames,
	quotedRanges
} from './mentions.ts';

const municipalities = [
	{ divipola: '54001', name: 'San José de Cúcuta', shortName: 'Cúcuta', daneName: 'SAN JOSÉ DE CÚCUTA' },
	{ divipola: '54125', name: 'Cácota', shortName: 'Cácota', daneName: 'CÁCOTA' },
	{ divipola: '54172', name: 'Chinácota', shortName: 'Chinácota', daneName: 'CHINÁCOTA' },
	{ divipola: '54206', name: 'Convención', shortName: 'Convención', daneName: 'CONVENCIÓN' },
	{ divipola: '54385', name: 'La Esperanza', shortName: 'La Esperanza', daneName: 'LA ESPERANZA' },
	{ divipola: '54405', name: 'Los Patios', shortName: 'Los Patios', daneName: 'LOS PATIOS' },
	{ divipola: '54498', name: 'Ocaña', shortName: 'Ocaña', daneName: 'OCAÑA' },
	{ divipola: '54518', name: 'Pamplona', shortName: 'Pamplona', daneName: 'PAMPLONA' },
	{ divipola: '54520', name: 'Pamplonita', shortName: 'Pamplonita', daneName: 'PAMPLONITA' },
	{ divipola: '54660', name: 'Salazar de las Palmas', shortName: 'Salazar', daneName: 'SALAZAR' },
	{ divipola: '54670', name: 'San Calixto', shortName: 'San Calixto', daneName: 'SAN CALIXTO' },
	{ divipola: '54720', name: 'Sardinata', shortName: 'Sardinata', daneName: 'SARDINATA' },
	{ divipola: '54810', name: 'Tibú', shortName: 'Tibú', daneName: 'TIBÚ' },
	{
		divipola: '54874',
		name: 'Villa del Rosario',
		shortName: 'Villa del Rosario',
		daneName: 'VILLA DEL ROSARIO'
	}
];
const decisions: PlaceDecision[] = [
	{ name: 'Cágota', decision: 'errata', divipola: '54125', reason: 'Una letra distinta de Cácota.' },
	{ name: 'La Gabarra', decision: 'corregimiento', divipola: '54810', reason: 'Corregimiento de Tibú.' },
	{ name: 'Bogotá', decision: 'fuera', where: 'Bogotá D. C.', reason: 'Capital del país.' },
	{ name: 'México', decision: 'fuera', where: 'México', reason: 'País de la rueda de negocios.' },
	{ name: 'Norte de Santander', decision: 'departamento', reason: 'El departamento entero.' }
];
const vocabulary = buildVocabulary(municipalities, decisions, createResolver(municipalities, decisions));

/** Each known mention of `text` with what the rules say it is: place, review, or excluded:<reason>. */
function verdicts(text: string, loc = false): [string, string][] {
	const ctx = makeContext(text, loc ? { start: 0, end: text.length } : null);
	const mentions = findMentions(text, vocabulary);
	return groupLists(text, mentions).flatMap((l) =>
		l.items
			.filter((i) => i.mention)
			.map((i): [string, string] => {
				const v = classify(ctx, l, i);
				return [text.slice(i.start, i.end), v.kind === 'excluded' ? `excluded:${v.reason}` : v.kind];
			})
	);
}

describe('findMentions', () => {
	it.each([
		{ text: 'en San José de Cúcuta y en Cúcuta', expected: ['San José de Cúcuta', 'Cúcuta'] },
		{ text: 'Pamplonita no es Pamplona', expected: ['Pamplonita', 'Pamplona'] },
		{ text: 'CUCUTA, ocaña y Tibu', expected: ['CUCUTA', 'ocaña', 'Tibu'] },
		{ text: 'Salazar de las Palmas', expected: ['Salazar de las Palmas'] },
		{ text: 'en el corregimiento la Gabarra', expected: ['la Gabarra'] },
		{ text: 'la convención de confeccionistas y la esperanza de vida', expected: [] },
		{ text: 'la Convención de Confeccionistas', expected: ['Convención'] },
		{ text: 'Cucutilla no es Cúcuta', expected: ['Cúcuta'] },
		{ text: '', expected: [] }
	])('«$text» -> $expected', ({ text, expected }) => {
		expect(findMentions(text, vocabulary).map((m) => m.writtenAs)).toEqual(expected);
	});

	it('resolves errata, corregimientos and places outside through the decisions', () => {
		const kinds = findMentions('Cágota, La Gabarra, Bogotá, Norte de Santander', vocabulary).map((m) =>
			m.resolution.kind === 'municipality' ? m.resolution.divipola : m.resolution.kind
		);
		expect(kinds).toEqual(['54125', '54810', 'outside', 'department']);
	});
});

describe('classify: places of intervention', () => {
	it.each([
		{ text: 'Las jornadas se realizaron en el municipio de Pamplona.', expected: [['Pamplona', 'place']] },
		{ text: 'Se realizó en Ocaña el 3 de mayo.', expected: [['Ocaña', 'place']] },
		{ text: 'Feria Laboral en la ciudad de Cúcuta, 27 de agosto.', expected: [['Cúcuta', 'place']] },
		{
			text: 'Evento en el Hotel Casino Internacional de la Ciudad de Cúcuta.',
			expected: [['Cúcuta', 'place']]
		},
		{
			text: 'Cesantes de los municipios de Cúcuta, Chinácota y Pamplona.',
			expected: [
				['Cúcuta', 'place'],
				['Chinácota', 'place'],
				['Pamplona', 'place']
			]
		},
		{
			text: 'Emprende Joven 2024 Ocaña, Pamplona y Cúcuta.',
			expected: [
				['Ocaña', 'place'],
				['Pamplona', 'place'],
				['Cúcuta', 'place']
			]
		},
		{ text: 'La misión comercial viajó a México en 2024.', expected: [['México', 'place']] },
		{ text: 'Muestra en la Plaza Mayor, Bogotá.', expected: [['Bogotá', 'place']] },
		{ text: 'Festival celebrado en el corregimiento la Gabarra.', expected: [['la Gabarra', 'place']] },
		{ text: 'Emprende Fest en el municipio de la Esperanza.', expected: [['la Esperanza', 'place']] },
		{
			text: 'Se vio a la Esperanza de Pamplona.',
			expected: [
				['la Esperanza', 'review'],
				['Pamplona', 'review']
			]
		},
		{ text: 'Emprende Fest en el municipio de La Esperanza.', expected: [['La Esperanza', 'place']] }
	])('«$text»', ({ text, expected }) => {
		expect(verdicts(text)).toEqual(expected);
	});
});

describe('classify: names inside organisations, events and programmes are not places', () => {
	it.each([
		{
			text: 'En alianza con la Cámara de Comercio de Ocaña.',
			expected: [['Ocaña', 'excluded:organizacion']]
		},
		{ text: 'NORTE EXPORTA, Cámara de Comercio Cúcuta', expected: [['Cúcuta', 'excluded:organizacion']] },
		{
			text: 'Los aliados son las Cámaras de Comercio de Cúcuta, Pamplona y Ocaña.',
			expected: [
				['Cúcuta', 'excluded:organizacion'],
				['Pamplona', 'excluded:organizacion'],
				['Ocaña', 'excluded:organizacion']
			]
		},
		{
			text: 'Universidad Libre Seccional Cúcuta, ACOPI y FUNDACOVI.',
			expected: [['Cúcuta', 'excluded:organizacion']]
		},
		{
			text: 'Cámara Junior Internacional – Capítulo Cúcuta',
			expected: [['Cúcuta', 'excluded:organizacion']]
		},
		{
			text: 'Sesión de la mesa, en la Cámara de Comercio de Cúcuta.',
			expected: [['Cúcuta', 'excluded:organizacion']]
		},
		{
			text: 'Feria Cúcuta Moda – CUMO 2024 reunió a 48 expositores.',
			expected: [['Cúcuta', 'excluded:evento']]
		},
		{
			text: 'el apoyo al evento de fortalecimiento sectorial Cúcuta Digital 2024',
			expected: [['Cúcuta', 'excluded:evento']]
		},
		{ text: 'El programa Ocaña Emprende acompañó a los jóvenes.', expected: [['Ocaña', 'excluded:evento']] },
		{ text: 'La Feria de Importación y Exportación de México', expected: [['México', 'excluded:evento']] }
	])('«$text»', ({ text, expected }) => {
		expect(verdicts(text)).toEqual(expected);
	});

	it('keeps a place named next to an organisation in the same sentence', () => {
		expect(
			verdicts(
				'Los talleres se hicieron en Tibú y Sardinata, en alianza con la Cámara de Comercio de Ocaña.',
				true
			)
		).toEqual([
			['Tibú', 'place'],
			['Sardinata', 'place'],
			['Ocaña', 'excluded:organizacion']
		]);
	});
});

describe('classify: markets, origin, regions, image descriptions', () => {
	it.each([
		{
			text: 'Negocios proyectados en mercados como México, Jamaica, Estados Unidos y Bogotá.',
			expected: [
				['México', 'excluded:mercado'],
				['Bogotá', 'excluded:mercado']
			]
		},
		{
			text: 'Compradores internacionales de Guatemala, Ecuador, Perú y la ciudad de Bogotá.',
			expected: [['Bogotá', 'excluded:origen-participantes']]
		},
		{
			text: 'Seis asociaciones de la provincia de Ocaña asistieron.',
			expected: [['Ocaña', 'excluded:region']]
		},
		{
			text: 'A photograph of a meeting in Pamplona.',
			expected: [['Pamplona', 'excluded:descripcion-imagen']]
		}
	])('«$text»', ({ text, expected }) => {
		expect(verdicts(text)).toEqual(expected);
	});

	it('asks for the municipalities when LOCALIZACIÓN names a region', () => {
		expect(verdicts('La provincia de Ocaña.', true)).toEqual([['Ocaña', 'review']]);
	});
});

describe('classify: doubtful mentions are for review, never dropped', () => {
	it.each([
		{ text: 'La cohorte de ZASCA Cúcuta se formó.', expected: [['Cúcuta', 'review']] },
		{
			text: 'Los participantes de Pamplona Emprende recibieron mentorías.',
			expected: [['Pamplona', 'review']]
		},
		{ text: 'Con la Alcaldía de Cúcuta y la Gobernación.', expected: [['Cúcuta', 'review']] },
		{
			text: 'Con las administraciones municipales de Pamplonita y Los Patios.',
			expected: [
				['Pamplonita', 'review'],
				['Los Patios', 'review']
			]
		},
		{ text: 'Asociación mujeres emprendedoras de Sardinata.', expected: [['Sardinata', 'review']] },
		{
			text: 'Asociación de campesinos de la sabana del municipio de San Calixto.',
			expected: [['San Calixto', 'review']]
		},
		{ text: 'ARIA BAZAR, realizado en el Club Comercio de Cúcuta.', expected: [['Cúcuta', 'review']] },
		{
			text: 'el proyecto "Apoyo a la inclusión productiva de Ocaña y Pamplona"',
			expected: [
				['Ocaña', 'review'],
				['Pamplona', 'review']
			]
		},
		{ text: 'La Primera Convención de Confeccionistas.', expected: [['Convención', 'review']] },
		{ text: 'Con Salazar se coordinó el evento.', expected: [['Salazar', 'review']] },
		{ text: 'Pamplona tuvo buena acogida.', expected: [['Pamplona', 'review']] }
	])('«$text»', ({ text, expected }) => {
		expect(verdicts(text)).toEqual(expected);
	});
});

describe('classify: in LOCALIZACIÓN a named municipality is a place', () => {
	it.each([
		{ text: 'Ocaña, Pamplona y Cúcuta.', expected: ['place', 'place', 'place'] },
		{ text: 'CÚCUTA, OCAÑA Y TIBÚ', expected: ['place', 'place', 'place'] },
		{
			text: 'Las unidades son de Pamplonita; desde el stand en Centro Comercial Ventura Plaza las unidades son de Sardinata.',
			expected: ['place', 'place']
		},
		{
			text: 'Se intervino en el municipio de Villa del Rosario; la cohorte de ZASCA Cúcuta.',
			expected: ['place', 'review']
		},
		{ text: 'Tibú', expected: ['place'] },
		{ text: '• Convención', expected: ['place'] },
		{ text: 'Con Salazar se coordinó el evento.', expected: ['review'] }
	])('«$text»', ({ text, expected }) => {
		expect(verdicts(text, true).map(([, v]) => v)).toEqual(expected);
	});
});

describe('groupLists', () => {
	it('joins known and unknown names separated by commas and «y»', () => {
		const text = 'en mercados como México, Jamaica, Estados Unidos, Bogotá y República Dominicana.';
		const [list] = groupLists(text, findMentions(text, vocabulary));
		expect(list.items.map((i) => text.slice(i.start, i.end))).toEqual([
			'México',
			'Jamaica',
			'Estados Unidos',
			'Bogotá',
			'República Dominicana'
		]);
	});

	it('does not take the tail of an organisation name as a list item', () => {
		const text = 'con la Cámara de Comercio de Ocaña y Pamplona';
		const lists = groupLists(text, findMentions(text, vocabulary));
		expect(lists.map((l) => l.items.length)).toEqual([2]);
		expect(text.slice(lists[0].start, lists[0].end)).toBe('Ocaña y Pamplona');
	});

	it('keeps names in different sentences apart', () => {
		const text = 'Fue en Ocaña. Tibú recibió después.';
		expect(groupLists(text, findMentions(text, vocabulary)).length).toBe(2);
	});
});

describe('nearMunicipalityNames', () => {
	const names = municipalities.flatMap((m) => [m.shortName, m.name]);
	it.each([
		{ args: 'Ocanna', expected: ['Ocaña'] },
		{ args: 'Chinacotta', expected: ['Chinácota'] },
		{ args: 'San Jose de Cucutta', expected: ['San José de Cúcuta'] },
		{ args: 'Sardimata', expected: ['Sardinata'] },
		{ args: 'Pamplonna', expected: ['Pamplona'] },
		{ args: 'Villa Rosario', expected: ['Villa del Rosario'] },
		{ args: 'Convenio', expected: [] },
		{ args: 'Tibú', expected: [] },
		{ args: 'Xyz', expected: [] }
	])('$args -> $expected', ({ args, expected }) => {
		expect(nearMunicipalityNames(args, names)).toEqual(expected);
	});
});

describe('ranges', () => {
	it('finds sentences in English', () => {
		const text = 'Taller en Ocaña. A group of people standing in front of a banner in Ocaña. Fin.';
		expect(englishRanges(text).map((r) => text.slice(r.start, r.end).trim())).toEqual([
			'A group of people standing in front of a banner in Ocaña.'
		]);
	});

	it('finds quoted names of projects', () => {
		const text = 'el proyecto “Apoyo a Ocaña” y el programa «Norte por el mundo» y "Tibú Emprende"';
		expect(quotedRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
			'“Apoyo a Ocaña”',
			'«Norte por el mundo»',
			'"Tibú Emprende"'
		]);
	});
});
