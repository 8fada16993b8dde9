import { describe, expect, it } from 'vitest';
import {
	failingAudits,
	interleave,
	isLocalUrl,
	kB,
	loadLine,
	median,
	meets,
	ms,
	ratio,
	stepExpression,
	times,
	type LhrLike
} from './stats.ts';

describe('median', () => {
	it.each([
		{ args: [3, 1, 2], expected: 2 },
		{ args: [4, 1, 3, 2], expected: 2.5 },
		{ args: [7], expected: 7 },
		{ args: [5, undefined, null, NaN, 1], expected: 3 },
		{ args: [], expected: NaN },
		{ args: [undefined], expected: NaN }
	])('$args → $expected', ({ args, expected }) => {
		expect(median(args)).toBe(expected);
	});

	it('does not reorder its input', () => {
		const xs = [3, 1, 2];
		median(xs);
		expect(xs).toEqual([3, 1, 2]);
	});
});

describe('ratio', () => {
	it.each([
		{ a: 1000, b: 4000, expected: 0.25 },
		{ a: 0, b: 10, expected: 0 },
		{ a: 10, b: 0, expected: NaN },
		{ a: NaN, b: 10, expected: NaN },
		{ a: 10, b: NaN, expected: NaN }
	])('$a / $b → $expected', ({ a, b, expected }) => {
		expect(ratio(a, b)).toBe(expected);
	});
});

describe('printing', () => {
	it.each([
		{ got: ms(12345.6), expected: '12.346 ms' },
		{ got: ms(0.4), expected: '0 ms' },
		{ got: ms(NaN), expected: '—' },
		{ got: times(0.4249), expected: '0,42×' },
		{ got: times(NaN), expected: '—' },
		{ got: kB(1_961_600), expected: '1.961,6 kB' },
		{ got: kB(NaN), expected: '—' },
		{ got: meets(0.5, 0.5), expected: 'sí' },
		{ got: meets(0.51, 0.5), expected: 'no' },
		{ got: meets(NaN, 0.5), expected: '—' },
		{ got: loadLine([1.5, 0.25, 10]), expected: 'carga 1,50 0,25 10,00' }
	])('$expected', ({ got, expected }) => {
		expect(got).toBe(expected);
	});
});

describe('interleave', () => {
	it('alternates the kinds run by run', () => {
		expect(interleave(2, ['app', 'bare'])).toEqual([
			{ run: 1, kind: 'app' },
			{ run: 1, kind: 'bare' },
			{ run: 2, kind: 'app' },
			{ run: 2, kind: 'bare' }
		]);
	});
	it('is empty without runs', () => {
		expect(interleave(0, ['app'])).toEqual([]);
	});
});

describe('isLocalUrl', () => {
	it.each([
		{ url: 'http://localhost:43131/_app/x.js', expected: true },
		{ url: 'http://127.0.0.1:9222/json', expected: true },
		{ url: 'http://[::1]:80/', expected: true },
		{ url: 'data:image/png;base64,AAAA', expected: true },
		{ url: 'blob:http://localhost:1/uuid', expected: true },
		{ url: 'about:blank', expected: true },
		{ url: 'https://unpkg.com/maplibre-gl', expected: false },
		{ url: 'http://localhost.example.com/', expected: false },
		{ url: 'not a url', expected: false }
	])('$url → $expected', ({ url, expected }) => {
		expect(isLocalUrl(url)).toBe(expected);
	});
});

describe('stepExpression', () => {
	it('one stop per class from its lower break, the last break left out', () => {
		expect(stepExpression('v', [1, 10, 100, 1000], ['a', 'b', 'c'], 'zero', 'none')).toEqual([
			'case',
			['has', 'v'],
			['step', ['get', 'v'], 'zero', 1, 'a', 10, 'b', 100, 'c'],
			'none'
		]);
	});
	it('a repeated break keeps the later class (the earlier one is empty)', () => {
		expect(stepExpression('v', [1, 5, 5, 9], ['a', 'b', 'c'], 'z', 'n')).toEqual([
			'case',
			['has', 'v'],
			['step', ['get', 'v'], 'z', 1, 'a', 5, 'c'],
			'n'
		]);
	});
	it('refuses fewer breaks than colours', () => {
		expect(() => stepExpression('v', [1], ['a', 'b'], 'z', 'n')).toThrow(/2 colores/);
		expect(() => stepExpression('v', [], [], 'z', 'n')).toThrow();
	});
});

describe('failingAudits', () => {
	const audit = (id: string, score: number | null, scoreDisplayMode: string, displayValue?: string) => ({
		id,
		title: `Título ${id}`,
		score,
		scoreDisplayMode,
		displayValue
	});
	const lhr: LhrLike = {
		categories: {
			performance: {
				score: 0.8,
				auditRefs: [
					{ id: 'tbt', weight: 30 },
					{ id: 'lcp', weight: 25 },
					{ id: 'cls', weight: 25 },
					{ id: 'unused', weight: 0 },
					{ id: 'info', weight: 0 },
					{ id: 'na', weight: 0 }
				]
			},
			accessibility: {
				score: 0.96,
				auditRefs: [
					{ id: 'contrast', weight: 7 },
					{ id: 'label', weight: 7 },
					{ id: 'manual', weight: 0 }
				]
			}
		},
		audits: {
			tbt: audit('tbt', 0.89, 'numeric', '610 ms'),
			lcp: audit('lcp', 0.9, 'numeric', '2,5 s'),
			cls: audit('cls', 1, 'numeric', '0'),
			unused: audit('unused', 0, 'metricSavings', 'Ahorro estimado de 45 KiB'),
			info: audit('info', 0, 'informative'),
			na: audit('na', null, 'notApplicable'),
			contrast: audit('contrast', 0, 'binary'),
			label: audit('label', 1, 'binary'),
			manual: audit('manual', 0, 'manual')
		}
	};
	it('numeric below 0.9 and binary below 1, heaviest first; never informative, manual or n/a', () => {
		expect(failingAudits(lhr, 'performance').map((a) => [a.id, a.displayValue])).toEqual([
			['tbt', '610 ms'],
			['unused', 'Ahorro estimado de 45 KiB']
		]);
		expect(failingAudits(lhr, 'accessibility').map((a) => a.id)).toEqual(['contrast']);
	});
	it('nothing for a category the result lacks', () => {
		expect(failingAudits(lhr, 'seo')).toEqual([]);
	});
});
