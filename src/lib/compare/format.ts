/** Numbers of the comparison table: amounts in 亿元 without the unit, signed changes. */
import { formatCount, formatYi, type Lang } from '../i18n';

/** 1234.5 → "1,234"; two decimals below 10, one below 100, none above, no unit. */
export function formatAmount(value: number, lang: Lang): string {
	return formatYi(value, lang, 'number');
}

/** A change with its sign: "+17.5", "−3", "0". */
export function formatChange(value: number, lang: Lang, format = formatAmount): string {
	const text = format(Math.abs(value), lang);
	if (text === format(0, lang)) return text;
	return (value > 0 ? '+' : '−') + text;
}

/** A percentage change with its sign, one decimal: "+116.7%"; null stays null. */
export function formatPct(value: number | null, lang: Lang): string | null {
	if (value === null) return null;
	return `${formatChange(value, lang, (v, l) => formatCount(Number(v.toFixed(1)), l))}%`;
}
