import { describe, expect, it } from 'vitest';
import type { PlaceDecision } from '../report/index.ts';
import { draftFromDocument, numberingProblems } from './draft.ts';
import { readText } from './document.ts';
import { Draft } from './schema.ts';

const municipalities = [
	{ divipola: '54001', name: 'San José de Cúcuta', shortName: 'Cúcuta', daneName: 'SAN JOSÉ DE CÚCUTA' },
	{ divipola: '54206', name: 'Convención', shortName: 'Convención', daneName: 'CONVENCIÓN' },
	{ divipola: '54498', name: 'Ocaña', shortName: 'Ocaña', daneName: 'OCAÑA' },
	{ divipola: '54518', name: 'Pamplona', shortName: 'Pamplona', daneName: 'PAMPLONA' },
	{ divipola: '54720', name: 'Sardinata', shortName: 'Sardinata', daneName: 'SARDINATA' },
	{ divipola: '54810', name: 'Tibú', shortName: 'Tibú', daneName: 'TIBÚ' }
];
/** This fixture's territory: a few of the department's municipalities under its name. */
const DEPARTMENT = 'Norte de Santander';
const decisions: PlaceDecision[] = [
	{ name: DEPARTMENT, decision: 'departamento', reason: 'El departamento entero.' }
];
const subregions = [{ name: 'Norte', aliases: [] }];

function draft(text: string) {
	return draftFromDocument(
		readText(text),
		{ file: 'x.txt', sha256: 'b'.repeat(64) },
		{ department: DEPARTMENT, municipalities, decisions, subregions }
	);
}

const head = (n = 1) =>
	`Meta # ${n}\tTítulo ${n}\nCumplimiento/Avance\tInversión\tBeneficiarios\n¿Qué se hizo? Algo\n100% de cumplimiento\n50% de avance frente al cuatrienio\t¿Cuánto se invirtió? $ 10 millones de recursos propios\t¿Qué población se atendió? 5 ciudadanos\n\tEJECUCIÓN ¿Cómo se hizo? Así.\n\tIMPACTO ¿Qué impacto y/o resultado se produjo? Bueno.`;
const places = (t: string, evidence = 'localizacion') =>
	draft(t)
		.metas[0].places.filter((p) => p.evidence === evidence)
		.map((p) => `${p.writtenAs}:${p.status}`);

describe('draftFromDocument', () => {
	it('reads a meta end to end into a valid draft', () => {
		const d = draft(`${head()}\n\tLOCALIZACIÓN ¿Dónde se intervino? Ocaña y Tibú.`);
		expect(Draft.safeParse(d).success).toBe(true);
		expect(d.source).toEqual({ file: 'x.txt', sha256: 'b'.repeat(64), format: 'texto-pdf' });
		const [m] = d.metas;
		expect([
			m.number,
			m.title.value,
			m.investmentMillionCop.value,
			m.compliancePct.value,
			m.progressPct.value
		]).toEqual([1, 'Título 1', 10, 100, 50]);
		expect(m.beneficiaries.count.value).toBe(5);
		expect(m.scope).toMatchObject({ status: 'found', value: 'municipal' });
		expect(d.problems).toEqual([]);
	});

	it('continues a list written one name per paragraph', () => {
		expect(
			places(`${head()}\n\tLOCALIZACIÓN ¿Dónde se intervino?\n\n• Ocaña\n\n• Tibú\n\n• Convención`)
		).toEqual(['Ocaña:found', 'Tibú:found', 'Convención:found']);
	});

	it('does not take the captions after a LOCALIZACIÓN sentence as more places', () => {
		const t = `${head()}\n\tLOCALIZACIÓN ¿Dónde se intervino? El alcance es departamental.\n\nEmprende Joven 2024 Ocaña, Pamplona y Cúcuta.`;
		expect(places(t)).toEqual([]);
		expect(places(t, 'text')).toEqual(['Ocaña:found', 'Pamplona:found', 'Cúcuta:found']);
	});

	it('does not take a later paragraph without places as LOCALIZACIÓN (a page header)', () => {
		const d = draft(
			`${head()}\n\tLOCALIZACIÓN ¿Dónde se intervino?\n\nRendición de Cuentas 2025\nSECRETARÍA DE PRUEBA`
		);
		expect(d.metas[0].localizacion.status).toBe('empty');
		expect(d.metas[0].scope).toMatchObject({ status: 'found', value: 'unspecified' });
	});

	it('asks for the municipalities of a subregion', () => {
		const d = draft(`${head()}\n\tLOCALIZACIÓN ¿Dónde se intervino? La subregión Norte.`);
		expect(d.metas[0].scope.status).toBe('needs-review');
		expect(d.problems.map((p) => p.message)).toContain(
			'LOCALIZACIÓN nombra la subregión «Norte»: indique los municipios.'
		);
	});

	it('flags an unknown name in LOCALIZACIÓN with a suggestion, never drops it', () => {
		const d = draft(`${head()}\n\tLOCALIZACIÓN ¿Dónde se intervino? Ocaña, Sardimata y Tibú.`);
		const unknown = d.metas[0].places.find((p) => p.writtenAs === 'Sardimata');
		expect(unknown).toMatchObject({
			status: 'needs-review',
			resolution: 'desconocido',
			divipola: null,
			suggestions: ['Sardinata']
		});
		expect(
			d.problems.some((p) => p.field === 'places' && p.message.includes('¿Quiso decir «Sardinata»?'))
		).toBe(true);
	});

	it('notes a departmental coverage stated outside an empty LOCALIZACIÓN', () => {
		const t =
			head().replace('¿Cómo se hizo? Así.', '¿Cómo se hizo? Con cobertura departamental.') +
			'\n\tLOCALIZACIÓN ¿Dónde se intervino?';
		const d = draft(t);
		expect(d.metas[0].scope).toMatchObject({ status: 'found', value: 'unspecified' });
		expect(d.problems.map((p) => p.message)).toContain(
			'El texto de la meta habla de cobertura departamental, pero LOCALIZACIÓN no lo declara; el alcance queda sin especificar.'
		);
	});

	it('reviews the scope when the meta has no LOCALIZACIÓN section', () => {
		expect(draft(head()).metas[0].scope).toMatchObject({ status: 'needs-review', value: 'unspecified' });
	});

	it('says so when the document has no meta blocks', () => {
		const d = draft('Un acta de reunión.');
		expect(d.metas).toEqual([]);
		expect(d.problems[0].message).toMatch(/No se encontró ningún bloque «Meta # N»/);
	});

	it('reviews a title that may belong to the previous meta', () => {
		const t = `${head(1)}\n\tLOCALIZACIÓN ¿Dónde se intervino? Tibú.\n\nTítulo suelto\n\n${head(2).replace('\tTítulo 2', '')}`;
		const second = draft(t).metas[1];
		expect(second.title).toMatchObject({ status: 'needs-review', value: 'Título suelto' });
	});

	it('does not mutate the document', () => {
		const doc = readText(`${head()}\n\tLOCALIZACIÓN Tibú.`);
		const copy = structuredClone(doc);
		draftFromDocument(
			doc,
			{ file: 'x', sha256: 'b'.repeat(64) },
			{ department: DEPARTMENT, municipalities, decisions }
		);
		expect(doc).toEqual(copy);
	});
});

describe('numberingProblems', () => {
	it.each([
		{ args: [1, 2, 3], expected: [] },
		{ args: [1, 2, 5], expected: ['El documento no tiene las metas 3 y 4: confirme que no se reportan.'] },
		{ args: [15, 18], expected: ['El documento no tiene las metas 16 y 17: confirme que no se reportan.'] },
		{ args: [1, 3], expected: ['El documento no tiene la meta 2: confirme que no se reportan.'] },
		{ args: [2, 2], expected: ['La meta 2 aparece más de una vez en el documento.'] },
		{ args: [], expected: [] }
	])('$args', ({ args, expected }) => {
		expect(numberingProblems(args).map((p) => p.message)).toEqual(expected);
	});
});
