import { describe, expect, it } from 'vitest';
import { parseBasePath } from './base-path.js';

describe('parseBasePath', () => {
	it.each([
		{ value: undefined, expected: '' },
		{ value: '', expected: '' },
		{ value: '/', expected: '' },
		{ value: '  ', expected: '' },
		{ value: '/mapas', expected: '/mapas' },
		{ value: '/mapas/desarrollo', expected: '/mapas/desarrollo' },
		// A trailing slash is what people type for a folder: accepted, removed.
		{ value: '/mapas/desarrollo/', expected: '/mapas/desarrollo' },
		{ value: '/informe_2024-2025/v1.2~b', expected: '/informe_2024-2025/v1.2~b' }
	])('$value -> «$expected»', ({ value, expected }) => {
		expect(parseBasePath(value)).toBe(expected);
	});

	it.each([
		{ value: 'mapas/desarrollo', error: /debe empezar por «\/», p\. ej\. «\/mapas\/desarrollo»/ },
		{ value: 'C:/Program Files/Git/mapas', error: /ruta de Windows.*MSYS_NO_PATHCONV=1/ },
		{ value: '\\mapas\\desarrollo', error: /use «\/».*«\/mapas\/desarrollo»/ },
		{ value: 'https://www.nortedesantander.gov.co/mapas', error: /sin protocolo ni dominio/ },
		{ value: '/mapas//desarrollo', error: /tiene «\/\/»/ },
		{ value: '/mapas/../otra', error: /no puede tener «\.\.»/ },
		{ value: '/mapas/./otra', error: /no puede tener «\.»/ },
		{ value: '/Desarrollo Económico', error: /«Desarrollo Económico».*p\. ej\. «Desarrollo-Economico»/ },
		{ value: '/mapas?v=1', error: /«mapas\?v=1» tiene caracteres/ },
		{ value: '/mapas#x', error: /caracteres que habría que escapar/ },
		{ value: '/m%C3%A1s', error: /caracteres que habría que escapar/ }
	])('rejects «$value» in Spanish, naming the value and a fix', ({ value, error }) => {
		expect(() => parseBasePath(value)).toThrow(error);
		expect(() => parseBasePath(value)).toThrow(`BASE_PATH=«${value}»`);
	});
});
