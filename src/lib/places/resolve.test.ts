import { describe, expect, it } from 'vitest';
import { createResolver, suggest, UnknownPlaceError } from './resolve.ts';
import type { PlaceDecision } from '../report/schema.ts';

const municipalities = [
	{ divipola: '54001', name: 'San José de Cúcuta', shortName: 'Cúcuta', daneName: 'SAN JOSÉ DE CÚCUTA' },
	{ divipola: '54125', name: 'Cácota', shortName: 'Cácota', daneName: 'CÁCOTA' },
	{ divipola: '54498', name: 'Ocaña', shortName: 'Ocaña', daneName: 'OCAÑA' },
	{ divipola: '54660', name: 'Salazar de las Palmas', shortName: 'Salazar', daneName: 'SALAZAR' },
	{ divipola: '54810', name: 'Tibú', shortName: 'Tibú', daneName: 'TIBÚ' },
	{ divipola: '54871', name: 'Villa Caro', shortName: 'Villa Caro', daneName: 'VILLA CARO' },
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
	{ name: 'Norte de Santander', decision: 'departamento', reason: 'El departamento entero.' }
];
const resolve = createResolver(municipalities, decisions);

describe('createResolver', () => {
	it.each([
		{ args: 'San José de Cúcuta', expected: '54001' },
		{ args: 'Cúcuta', expected: '54001' },
		{ args: 'cucuta', expected: '54001' },
		{ args: 'SAN JOSE DE CUCUTA', expected: '54001' },
		{ args: 'ocana', expected: '54498' },
		{ args: 'tibu', expected: '54810' },
		{ args: 'Salazar', expected: '54660' },
		{ args: 'Salazar de las Palmas', expected: '54660' },
		{ args: 'Villa Del Rosario', expected: '54874' },
		{ args: '  Villa   del Rosario ', expected: '54874' }
	])('$args is municipality $expected by name', ({ args, expected }) => {
		expect(resolve(args)).toEqual({ kind: 'municipality', divipola: expected, via: 'nombre' });
	});

	it.each([
		{ args: 'Cágota', code: '54125', decision: 'errata' },
		{ args: 'cagota', code: '54125', decision: 'errata' },
		{ args: 'la gabarra', code: '54810', decision: 'corregimiento' }
	])('$args is $code through a recorded $decision', ({ args, code, decision }) => {
		const r = resolve(args);
		expect(r).toMatchObject({ kind: 'municipality', divipola: code, via: 'decision' });
		expect(r.kind === 'municipality' && r.via === 'decision' && r.decision.decision).toBe(decision);
	});

	it('keeps places outside the department, with where they are', () => {
		expect(resolve('bogota')).toMatchObject({ kind: 'outside', where: 'Bogotá D. C.' });
	});

	it('recognises the department as a whole', () => {
		expect(resolve('Norte de Santander')).toMatchObject({ kind: 'department' });
	});

	it('rejects an unknown name with the closest municipalities', () => {
		const attempt = () => resolve('Ocanna');
		expect(attempt).toThrow(UnknownPlaceError);
		expect(attempt).toThrow(/Lugar desconocido «Ocanna».*¿Quiso decir «Ocaña»/);
	});

	it('gives no suggestion for a name far from every municipality', () => {
		try {
			resolve('Kuala Lumpur');
			expect.unreachable();
		} catch (e) {
			expect((e as UnknownPlaceError).suggestions).toEqual([]);
		}
	});

	it.each([
		{ department: 'Santander', expected: /no es un municipio de Santander ni/ },
		{ department: 'Norte de Santander', expected: /no es un municipio de Norte de Santander ni/ },
		{ department: undefined, expected: /no es un municipio del departamento ni/ }
	])(
		'says the unknown name is not in the territory it was given ($department)',
		({ department, expected }) => {
			expect(() => createResolver(municipalities, decisions, department)('Kuala Lumpur')).toThrow(expected);
		}
	);

	it('refuses a decision for a name that is already a municipality', () => {
		const dup: PlaceDecision = {
			name: 'ocaña',
			decision: 'alias',
			divipola: '54498',
			reason: 'Sobra, ya existe.'
		};
		expect(() => createResolver(municipalities, [dup])).toThrow(/ya es el nombre de un municipio/);
	});

	it('refuses a decision pointing outside the municipalities', () => {
		const bad: PlaceDecision = {
			name: 'Xyz',
			decision: 'alias',
			divipola: '54999',
			reason: 'Código inexistente.'
		};
		expect(() => createResolver(municipalities, [bad])).toThrow(/54999/);
	});

	it('refuses two municipalities sharing a name', () => {
		const clash = [
			...municipalities,
			{ divipola: '54999', name: 'Tibú', shortName: 'Tibú', daneName: 'TIBU' }
		];
		expect(() => createResolver(clash, [])).toThrow(/dos municipios/);
	});

	it('does not mutate its inputs', () => {
		const m = structuredClone(municipalities);
		const d = structuredClone(decisions);
		createResolver(m, d)('Cágota');
		expect(m).toEqual(municipalities);
		expect(d).toEqual(decisions);
	});
});

describe('suggest', () => {
	const names = municipalities.map((m) => m.shortName);
	it.each([
		{ args: 'cucta', expected: ['Cúcuta', 'Cácota'] },
		{ args: 'Tibu', expected: ['Tibú'] },
		{ args: 'villa', expected: ['Villa Caro', 'Villa del Rosario'] },
		{ args: 'zzzzzzzz', expected: [] }
	])('$args -> $expected', ({ args, expected }) => {
		expect(suggest(args, names)).toEqual(expected);
	});
});
