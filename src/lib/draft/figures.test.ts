import { describe, expect, it } from 'vitest';
import {
	absence,
	amountsIn,
	readBeneficiaries,
	readDone,
	readFunding,
	readInvestment,
	readNumber,
	readPercent,
	unitAfter,
	withoutInstructions
} from './figures.ts';

describe('readNumber', () => {
	it.each([
		{ args: '1.158,69', expected: 1158.69 },
		{ args: '776', expected: 776 },
		{ args: '12.972', expected: 12972 },
		{ args: '66,7', expected: 66.7 },
		{ args: '1.694.970', expected: 1694970 },
		{ args: '0', expected: 0 }
	])('$args is $expected', ({ args, expected }) => {
		expect(readNumber(args)).toEqual({ kind: 'ok', value: expected });
	});

	it.each([
		{ args: '135, 2', expected: 135.2 },
		{ args: '1.158, 69', expected: 1158.69 }
	])('$args is read as $expected with a note', ({ args, expected }) => {
		const r = readNumber(args);
		expect(r).toMatchObject({ kind: 'ok', value: expected });
		expect(r.kind === 'ok' && r.note).toMatch(/espacio después de la coma/);
	});

	it.each([
		{ args: '2, 500', candidate: null, note: /miles o decimales/ },
		{ args: '1,158.69', candidate: 1158.69, note: /formato en inglés/ },
		{ args: '66.7', candidate: 66.7, note: /punto decimal/ },
		{ args: '12.97', candidate: 12.97, note: /punto decimal/ },
		{ args: '1.2345', candidate: null, note: /no es un número/ }
	])('$args is ambiguous', ({ args, candidate, note }) => {
		const r = readNumber(args);
		expect(r).toMatchObject({ kind: 'ambiguous', candidate });
		expect(r.kind === 'ambiguous' && r.note).toMatch(note);
	});
});

describe('readPercent', () => {
	it.each([
		{
			cell: '100% de cumplimiento frente a lo programado en el periodo 2024-2025',
			kind: 'compliance',
			value: 100
		},
		{
			cell: 'Se hizo algo 96 % de cumplimiento y 33,7% de avance frente al cuatrienio.',
			kind: 'compliance',
			value: 96
		},
		{
			cell: 'Se hizo algo 96 % de cumplimiento y 33,7% de avance frente al cuatrienio.',
			kind: 'progress',
			value: 33.7
		},
		{ cell: 'Cumplimiento del 80 %', kind: 'compliance', value: 80 },
		{ cell: 'cumplimiento: 45,5%', kind: 'compliance', value: 45.5 },
		{ cell: 'avance frente al cuatrienio: 62,5 %', kind: 'progress', value: 62.5 },
		{ cell: '50% de avance del cuatrienio', kind: 'progress', value: 50 },
		// A year before the figure is not part of it.
		{ cell: 'vigencia 2025, 100% de cumplimiento', kind: 'compliance', value: 100 },
		{ cell: '100% de cumplimiento. Meta lograda: 100 % de cumplimiento', kind: 'compliance', value: 100 }
	] as const)('$kind in «$cell» is $value', ({ cell, kind, value }) => {
		expect(readPercent(cell, kind)).toMatchObject({ status: 'found', value });
	});

	it('keeps the phrase it came from as the verbatim', () => {
		expect(readPercent('x 66,7% de avance frente al cuatrienio y más', 'progress')).toEqual({
			status: 'found',
			value: 66.7,
			verbatim: '66,7% de avance frente al cuatrienio'
		});
	});

	it.each([
		{ cell: null, reason: 'ausente' },
		{ cell: '¿Qué se hizo? Tres ferias apoyadas.', reason: 'ausente' },
		{ cell: 'X% de cumplimiento frente a lo programado', reason: 'plantilla' },
		{ cell: 'Indicar el porcentaje de cumplimiento frente a lo programado.', reason: 'plantilla' },
		{ cell: 'Sin datos', reason: 'sin-datos' }
	] as const)('«$cell» is not stated ($reason)', ({ cell, reason }) => {
		expect(readPercent(cell, 'compliance')).toMatchObject({ status: 'not-stated', value: null, reason });
	});

	it.each([
		{ cell: '100% de cumplimiento\n50% de avance frente al cuatrienio', kind: 'compliance', value: 100 },
		{ cell: '100% de cumplimiento 50% de avance frente al cuatrienio', kind: 'compliance', value: 100 },
		{ cell: '100% de cumplimiento 50% de avance frente al cuatrienio', kind: 'progress', value: 50 }
	] as const)(
		'a label ending one figure does not take the next one: $kind in «$cell»',
		({ cell, kind, value }) => {
			expect(readPercent(cell, kind)).toMatchObject({ status: 'found', value });
		}
	);

	it.each([
		{ cell: '80% de cumplimiento en 2024 y 90% de cumplimiento en 2025', note: /2 porcentajes/ },
		{ cell: '66.7% de cumplimiento', note: /punto decimal/ },
		{ cell: '120% de cumplimiento frente a lo programado', note: /más del 100/ },
		{ cell: 'El cumplimiento fue total.', note: /no se encontró un porcentaje/ }
	])('«$cell» needs review', ({ cell, note }) => {
		const r = readPercent(cell, 'compliance');
		expect(r.status).toBe('needs-review');
		expect(r.status === 'needs-review' && r.note).toMatch(note);
	});

	it('offers both values when two conflict', () => {
		expect(readPercent('80% de cumplimiento y 90% de cumplimiento', 'compliance')).toMatchObject({
			status: 'needs-review',
			value: null,
			candidates: [80, 90]
		});
	});
});

describe('amountsIn', () => {
	it.each([
		{ cell: '$ 776 millones de pesos invertidos', expected: [776] },
		{ cell: '$1.158,69 millones', expected: [1158.69] },
		{ cell: '12.972 millones de pesos del SGR', expected: [12972] },
		{ cell: '$1,2 mil millones', expected: [1200] },
		{ cell: '$4.690.000.000 en ventas', expected: [4690] },
		{ cell: 'COP 500 millones', expected: [500] },
		{ cell: 'proyecto BPIN 2024004540118 y 96% del SGR', expected: [] },
		{ cell: 'ventas por 3,8 millones de dólares', expected: [] },
		{ cell: 'ventas por más de 165 mil dólares', expected: [] }
	])('«$cell» -> $expected', ({ cell, expected }) => {
		expect(amountsIn(cell).map((a) => a.value)).toEqual(expected);
	});

	it('marks an amount introduced as a total', () => {
		expect(amountsIn('$5 millones y $3 millones, para un total de $8 millones').map((a) => a.total)).toEqual([
			false,
			false,
			true
		]);
	});
});

describe('readInvestment', () => {
	it.each([
		{ cell: '$ 776 millones de pesos invertidos de recursos propios', value: 776 },
		{ cell: 'Con una inversión de $1.158,69 millones de pesos se ha realizado apoyo.', value: 1158.69 },
		{ cell: 'Un total de $2.901 millones de pesos ha sido inversión.', value: 2901 },
		{ cell: 'Se invirtieron $ 100 millones y luego se ratificaron los $ 100 millones.', value: 100 },
		{ cell: 'Sin inversión adicional: $0 millones.', value: 0 }
	])('«$cell» -> $value', ({ cell, value }) => {
		expect(readInvestment(cell)).toMatchObject({ status: 'found', value });
	});

	it('takes the sentence with the amount as the verbatim', () => {
		expect(
			readInvestment('¿Cuánto? Se registra inversión de $385 millones de pesos. Más texto.')
		).toMatchObject({
			verbatim: 'Se registra inversión de $385 millones de pesos.'
		});
	});

	it.each([
		{
			cell: 'A través de recursos propios se han invertido $135, 2 millones de pesos.',
			value: 135.2,
			note: /135,2/
		},
		{ cell: 'Se invirtieron $776.000.000 de pesos.', value: 776, note: /en pesos/ },
		{
			cell: 'Se invirtieron $500 millones de recursos propios y $300 millones del SGR, para un total de $800 millones.',
			value: 800,
			note: /Total declarado/
		}
	])('reads «$cell» leniently, with a note', ({ cell, value, note }) => {
		const r = readInvestment(cell);
		expect(r).toMatchObject({ status: 'found', value });
		expect(r.status === 'found' && r.note).toMatch(note);
	});

	it.each([
		{
			cell: 'El convenio suma $900 millones, de los cuales se han ejecutado $450 millones.',
			note: /2 montos/
		},
		{ cell: '$500 millones y $300 millones, para un total de $900 millones', note: /3 montos/ },
		{ cell: 'Se invirtieron $ 776 de recursos propios.', note: /sin «millones»/ },
		{ cell: 'Se invirtieron $1,158.69 millones.', note: /formato en inglés/ },
		{ cell: 'Se invirtieron setecientos millones de pesos.', note: /monto en pesos legible/ }
	])('«$cell» needs review', ({ cell, note }) => {
		const r = readInvestment(cell);
		expect(r.status).toBe('needs-review');
		expect(r.status === 'needs-review' && r.note).toMatch(note);
	});

	it('never takes a number from a conflicting cell', () => {
		expect(readInvestment('$900 millones y $450 millones')).toMatchObject({
			value: null,
			candidates: [900, 450]
		});
	});

	it.each([
		{ cell: null, reason: 'ausente' },
		{ cell: '¿Cuánto se invirtió?', reason: 'vacio' },
		{ cell: 'Indicar el valor invertido y la fuente de financiación.', reason: 'plantilla' },
		{ cell: 'Sin datos a la fecha.', reason: 'sin-datos' },
		{ cell: 'No aplica.', reason: 'no-aplica' }
	])('«$cell» is not stated ($reason)', ({ cell, reason }) => {
		expect(readInvestment(cell)).toMatchObject({ status: 'not-stated', value: null, reason });
	});
});

describe('readFunding', () => {
	it.each([
		{
			cell: '$ 776 millones de pesos invertidos de recursos propios',
			expected: [{ source: 'propios', sharePct: null, main: false }]
		},
		{
			cell: '$12.972 millones de pesos provenientes el 96% del Sistema General de Regalías',
			expected: [{ source: 'sgr', sharePct: 96, main: true }]
		},
		{
			cell: '$2.043 millones provenientes principalmente del Sistema General de Regalías',
			expected: [{ source: 'sgr', sharePct: null, main: true }]
		},
		{
			cell: '$500 millones de recursos propios y $300 millones del SGR',
			expected: [
				{ source: 'propios', sharePct: null, main: false },
				{ source: 'sgr', sharePct: null, main: false }
			]
		},
		{
			cell: 'el 30% de recursos propios y el 70% del SGR',
			expected: [
				{ source: 'propios', sharePct: 30, main: false },
				{ source: 'sgr', sharePct: 70, main: true }
			]
		}
	])('«$cell»', ({ cell, expected }) => {
		expect(readFunding(cell)).toMatchObject({ status: 'found', value: expected });
	});

	it('is not stated when the cell names no source', () => {
		expect(readFunding('Con una inversión de $1.158,69 millones de pesos')).toMatchObject({
			status: 'not-stated'
		});
	});

	it('needs review when the shares add up to more than 100 %', () => {
		expect(readFunding('el 60% de recursos propios y el 70% del SGR').status).toBe('needs-review');
	});
});

describe('unitAfter', () => {
	it.each([
		{ args: 'ciudadanos de su cadena de valor', expected: 'ciudadanos' },
		{ args: 'empresarios beneficiarios de participación', expected: 'empresarios' },
		{ args: 'organizaciones solidarias', expected: 'organizaciones solidarias' },
		{
			args: 'ciudadanos con emprendimientos han sido beneficiarios',
			expected: 'ciudadanos con emprendimientos'
		},
		{
			args: 'ciudadanos con planes de negocio han sido beneficiados',
			expected: 'ciudadanos con planes de negocio'
		},
		{ args: 'personas pertenecientes a las unidades', expected: 'personas' },
		{ args: 'niños y niñas entre 7 y 14 años', expected: 'niños y niñas' },
		{ args: 'beneficiarios han sido atendidos', expected: 'beneficiarios' },
		{ args: 'corresponden a mujeres', expected: null },
		{ args: 'de comunidades étnicas', expected: null },
		{ args: '', expected: null }
	])('«$args» -> $expected', ({ args, expected }) => {
		expect(unitAfter(args.split(' ').filter(Boolean))).toBe(expected);
	});
});

describe('readBeneficiaries', () => {
	it.each([
		{ cell: '¿Qué población se atendió? 89 ciudadanos de la cadena de valor', count: 89, unit: 'ciudadanos' },
		{
			cell: 'La participación ha impactado en 179 ciudadanos de su cadena de valor',
			count: 179,
			unit: 'ciudadanos'
		},
		{
			cell: 'Un total de 390 beneficiarios han sido atendidos; el 6% tienen condiciones especiales',
			count: 390,
			unit: 'beneficiarios'
		},
		{
			cell: '1649 ciudadanos han sido beneficiados, 108 corresponden a mujeres jefes de hogar, 114 migrantes, 10 personas en condición de discapacidad',
			count: 1649,
			unit: 'ciudadanos'
		},
		{ cell: '1.250 productores rurales recibieron asistencia', count: 1250, unit: 'productores rurales' },
		{ cell: 'En 2024 se atendieron 35 empresarios.', count: 35, unit: 'empresarios' },
		{ cell: '60 organizaciones solidarias', count: 60, unit: 'organizaciones solidarias' }
	])('«$cell» -> $count $unit', ({ cell, count, unit }) => {
		const r = readBeneficiaries(cell);
		expect(r.count).toMatchObject({ status: 'found', value: count });
		expect(r.unit).toMatchObject({ status: 'found', value: unit });
	});

	it.each([
		{ cell: null, reason: 'ausente' },
		{ cell: 'Sin datos a la fecha.', reason: 'sin-datos' },
		{ cell: 'No aplica discriminación poblacional', reason: 'no-aplica' },
		{
			cell: 'Indicar la participación por grupos etarios y la atención por condición de vulnerabilidad. IMPORTANTE: Incluir y destacar los resultados en atención a niños; población con discapacidad; migrantes.',
			reason: 'plantilla'
		}
	])('«$cell» is not stated ($reason), count and unit alike', ({ cell, reason }) => {
		const r = readBeneficiaries(cell);
		expect(r.count).toMatchObject({ status: 'not-stated', reason });
		expect(r.unit).toMatchObject({ status: 'not-stated', reason });
	});

	it.each([
		{ cell: '40 mujeres en 2024 y 60 mujeres en 2025', note: /más de un conteo/ },
		{ cell: 'Se atendieron 50.', note: /no dice de qué/ },
		{ cell: 'Los ciudadanos del departamento.', note: /No se encontró un número/ },
		{ cell: '30 ciudadanos. Sin datos del resto.', note: /Sin datos/ }
	])('«$cell» needs review', ({ cell, note }) => {
		const r = readBeneficiaries(cell);
		expect(r.count.status).toBe('needs-review');
		expect(r.count.status === 'needs-review' && r.count.note).toMatch(note);
	});
});

describe('readDone', () => {
	it.each([
		{
			cell: ' 3 misiones comerciales a España y Portugal 100% de cumplimiento frente a lo programado',
			expected: '3 misiones comerciales a España y Portugal'
		},
		{ cell: 'Un plan apoyado\ny\n100% de avance frente al cuatrienio', expected: 'Un plan apoyado' },
		{ cell: 'Una ruta dinamizada. Cumplimiento del 100 %', expected: 'Una ruta dinamizada.' }
	])('«$cell» -> «$expected»', ({ cell, expected }) => {
		expect(readDone(cell)).toMatchObject({ status: 'found', value: expected });
	});

	it.each([
		{ cell: null, reason: 'ausente' },
		{ cell: ' 100% de cumplimiento', reason: 'vacio' },
		{ cell: 'Indicar las acciones desarrolladas.', reason: 'plantilla' }
	])('«$cell» is not stated ($reason)', ({ cell, reason }) => {
		expect(readDone(cell)).toMatchObject({ status: 'not-stated', reason });
	});
});

describe('template text', () => {
	it('drops instruction sentences and says so', () => {
		expect(
			withoutInstructions('Indicar municipios-subregiones. Presentar mapa con municipios. Cúcuta y Tibú.')
		).toEqual({
			text: 'Cúcuta y Tibú.',
			hadTemplate: true
		});
	});

	it.each([
		{ cell: '¿Qué población se atendió? Sin datos a la fecha.', reason: 'sin-datos' },
		{ cell: 'No aplica por la naturaleza de la meta.', reason: 'no-aplica' },
		{ cell: 'Especificar el periodo de intervención', reason: 'plantilla' },
		{ cell: '   ', reason: 'vacio' },
		{ cell: null, reason: 'ausente' }
	])('absence of «$cell» is $reason', ({ cell, reason }) => {
		expect(absence(cell)?.reason).toBe(reason);
	});

	it('is no absence when the cell says something', () => {
		expect(absence('Tres ferias apoyadas.')).toBeNull();
	});
});

describe('the extractors do not mutate their input', () => {
	it('leaves a frozen cell as it was', () => {
		const cell = Object.freeze(['$ 776 millones de recursos propios'])[0];
		readInvestment(cell);
		readFunding(cell);
		expect(cell).toBe('$ 776 millones de recursos propios');
	});
});
