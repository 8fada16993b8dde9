import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTerritory } from '../geo/index.ts';
import {
	declaresDepartmental,
	readLocalizacion,
	type DepartmentWords,
	type LocalizacionInput
} from './localizacion.ts';

/** The repository's territory, as the geodata gives it. */
const geodata = parseTerritory(
	readFileSync(new URL('../../../geodata/municipios.json', import.meta.url), 'utf8')
);
const here: DepartmentWords = {
	name: geodata.department.name,
	municipalityCount: geodata.municipalities.length
};
/** A constructed territory of another department: the rule must follow the data, not this one's words. */
const santander: DepartmentWords = { name: 'Santander', municipalityCount: 87 };
const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();

const base: LocalizacionInput = {
	present: true,
	heading: 'LOCALIZACIÓN ¿Dónde se intervino?',
	content: null,
	captionLike: null,
	found: { inDepartment: 0, outside: 0 },
	review: 0,
	subregions: [],
	namesDepartment: false,
	territory: here
};
const read = (over: Partial<LocalizacionInput>) => readLocalizacion({ ...base, ...over });

describe('readLocalizacion', () => {
	it.each([
		{ name: 'heading only', over: {}, status: 'empty', scope: 'unspecified' },
		{
			name: 'template left',
			over: {
				content: 'Indicar municipios-subregiones. Presentar mapa con municipios o subregiones intervenidos.'
			},
			status: 'plantilla',
			scope: 'unspecified'
		},
		{
			name: 'named municipalities',
			over: { content: 'Ocaña y Tibú.', found: { inDepartment: 2, outside: 0 } },
			status: 'filled',
			scope: 'municipal'
		},
		{
			name: 'departmental scope with named municipalities',
			over: {
				content: 'El proyecto tiene alcance departamental, sin embargo los talleres se harán en Ocaña.',
				found: { inDepartment: 1, outside: 0 }
			},
			status: 'filled',
			scope: 'departmental'
		},
		{
			name: '«es Departamental»',
			over: { content: 'El alcance los proyectos es Departamental.' },
			status: 'filled',
			scope: 'departmental'
		},
		{
			name: '«a nivel departamental»',
			over: { content: 'Se ejecutó a nivel departamental.' },
			status: 'filled',
			scope: 'departmental'
		},
		{
			name: 'template and a list',
			over: {
				content: 'Indicar municipios-subregiones. Ocaña y Tibú.',
				found: { inDepartment: 2, outside: 0 }
			},
			status: 'filled',
			scope: 'municipal'
		}
	] as const)('$name -> $status, $scope', ({ over, status, scope }) => {
		const r = read(over);
		expect(r.status).toBe(status);
		expect(r.scope).toMatchObject({ status: 'found', value: scope });
	});

	it('notes the template left beside real content', () => {
		expect(
			read({ content: 'Indicar municipios-subregiones. Ocaña.', found: { inDepartment: 1, outside: 0 } })
				.notes
		).toEqual(['LOCALIZACIÓN conserva parte del texto de instrucciones de la plantilla.']);
	});

	it('quotes the sentence that declares the scope', () => {
		expect(
			read({ content: 'En general la cobertura es departamental. La ruta fue en Ocaña.' }).scope.verbatim
		).toBe('En general la cobertura es departamental.');
	});

	it.each([
		{
			name: 'no section at all',
			over: { present: false },
			value: 'unspecified',
			note: /No se encontró la sección/
		},
		{
			name: 'a dated caption after the heading',
			over: { captionLike: 'Taller en Ocaña, 3 de mayo de 2025.' },
			value: 'unspecified',
			note: /pie de foto/
		},
		{
			name: 'a subregion',
			over: { content: 'La subregión Norte.', subregions: ['Norte'] },
			value: null,
			note: /subregión «Norte»/
		},
		{
			name: 'only places outside the department',
			over: { content: 'Bogotá.', found: { inDepartment: 0, outside: 1 } },
			value: 'municipal',
			note: /fuera del departamento/
		},
		{ name: 'names to review', over: { content: 'ZASCA Cúcuta.', review: 1 }, value: null, note: /revisar/ },
		{
			name: 'the department named, no scope',
			over: { content: 'Norte de Santander.', namesDepartment: true },
			value: 'departmental',
			note: /sin declarar el alcance/
		},
		{
			name: 'text without places',
			over: { content: 'En las zonas rurales.' },
			value: null,
			note: /no nombra municipios/
		}
	] as const)('$name -> needs review', ({ over, value, note }) => {
		const r = read(over);
		expect(r.scope).toMatchObject({ status: 'needs-review', value });
		expect(r.scope.status === 'needs-review' && r.scope.note).toMatch(note);
	});
});

describe('declaresDepartmental', () => {
	it.each([
		{ args: 'el proyecto tiene alcance departamental', expected: true },
		{ args: 'las estrategias tienen cobertura departamental', expected: true },
		{ args: 'en todo el departamento', expected: true },
		{ args: `en los ${here.municipalityCount} municipios`, expected: true },
		{ args: `en sus ${here.municipalityCount} municipios`, expected: true },
		{ args: `en todo ${fold(here.name)}`, expected: true },
		{ args: `en los ${here.municipalityCount + 1} municipios`, expected: false },
		{ args: 'la administracion departamental intervino en ocana', expected: false },
		{ args: 'secretaria de desarrollo', expected: false }
	])('«$args» -> $expected', ({ args, expected }) => {
		expect(declaresDepartmental(args, here)).toBe(expected);
	});

	it.each([
		{ args: 'en los 87 municipios', expected: true },
		{ args: 'en sus 87 municipios', expected: true },
		{ args: 'en todo santander', expected: true },
		{ args: 'en todo el departamento', expected: true },
		{ args: `en los ${here.municipalityCount} municipios`, expected: here.municipalityCount === 87 },
		{ args: `en todo ${fold(here.name)}`, expected: fold(here.name) === 'santander' },
		{ args: 'en todo santander de quilichao', expected: true },
		{ args: 'en todo santandereano', expected: false }
	])('for another territory (Santander, 87): «$args» -> $expected', ({ args, expected }) => {
		expect(declaresDepartmental(args, santander)).toBe(expected);
	});

	it('reads the scope of a LOCALIZACIÓN against the territory it is given', () => {
		const content = 'La meta se ejecutó en los 87 municipios.';
		expect(read({ content, territory: santander }).scope).toMatchObject({
			status: 'found',
			value: 'departmental'
		});
		expect(read({ content, territory: here }).scope.status).toBe('needs-review');
	});

	it('treats a department name as text, not as a pattern', () => {
		const odd: DepartmentWords = { name: 'Sta. Marta', municipalityCount: 2 };
		expect(declaresDepartmental('en todo sta. marta', odd)).toBe(true);
		expect(declaresDepartmental('en todo stax marta', odd)).toBe(false);
	});
});
