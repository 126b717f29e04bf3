import { describe, expect, it } from 'vitest';
import { formatAmount, formatChange, formatPct } from '../../../src/lib/compare';

describe('comparison numbers', () => {
	it('formats amounts with fewer decimals as they grow', () => {
		expect(formatAmount(1356.24, 'zh')).toBe('1,356');
		expect(formatAmount(18.64, 'en')).toBe('18.6');
		expect(formatAmount(0.85, 'zh')).toBe('0.85');
	});

	it('signs changes, and leaves no sign on a change that rounds to zero', () => {
		expect(formatChange(17.5, 'zh')).toBe('+17.5');
		expect(formatChange(-3, 'zh')).toBe('−3');
		expect(formatChange(0.001, 'zh')).toBe('0');
		expect(formatChange(-2, 'en', (v) => String(v))).toBe('−2');
	});

	it('formats percentages with one decimal, and keeps an unknown one unknown', () => {
		expect(formatPct(116.666, 'zh')).toBe('+116.7%');
		expect(formatPct(-50, 'en')).toBe('−50%');
		expect(formatPct(null, 'zh')).toBeNull();
	});
});
