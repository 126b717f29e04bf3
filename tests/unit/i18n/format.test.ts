import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { font } from '../../../src/lib/export/canvas';
import { formatYi } from '../../../src/lib/i18n';
import { CJK_FONT_FAMILY, CJK_FONTS } from '../../../src/lib/i18n/fonts';
import { LOCAL_FONT_FAMILY } from '../../../src/lib/map/style';

describe('formatYi', () => {
	it('writes the unit, with fewer decimals as the amount grows', () => {
		expect(formatYi(1356.24, 'zh')).toBe('1,356 亿元');
		expect(formatYi(18.64, 'en')).toBe('18.6 亿元');
		expect(formatYi(0.856, 'zh')).toBe('0.86 亿元');
		expect(formatYi(0, 'zh')).toBe('0 亿元');
	});

	it('leaves the unit out for tables whose heading names it', () => {
		expect(formatYi(123456.7, 'en', 'number')).toBe('123,457');
		expect(formatYi(7.125, 'zh', 'number')).toBe(formatYi(7.125, 'zh').replace(' 亿元', ''));
		expect(formatYi(-12.34, 'zh', 'number')).toBe('-12.3');
	});

	it('keeps at most one decimal in the short style of legends and snapshots', () => {
		expect(formatYi(2.54, 'zh', 'short')).toBe('2.5');
		expect(formatYi(99.96, 'en', 'short')).toBe('100');
		expect(formatYi(1000, 'zh', 'short')).toBe('1,000');
		expect(formatYi(0.04, 'en', 'short')).toBe('0');
	});
});

describe('the CJK font stack', () => {
	it('is the one stack of the snapshot canvas and the map labels', () => {
		expect(font(12)).toBe(`normal 12px ${CJK_FONT_FAMILY}`);
		expect(LOCAL_FONT_FAMILY).toBe(CJK_FONT_FAMILY);
		expect(CJK_FONT_FAMILY.startsWith(`"${CJK_FONTS[0]}"`)).toBe(true);
	});

	it('is the stack the pages read from --font-cjk in app.html', () => {
		const html = readFileSync(join(import.meta.dirname, '../../../src/app.html'), 'utf8');
		const value = /--font-cjk:\s*([^;]+);/.exec(html)?.[1];
		expect(value?.replace(/'/g, '"')).toBe(CJK_FONT_FAMILY);
	});
});
