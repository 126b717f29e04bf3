/**
 * The lines of a marker's tooltip: for a project its title, amount (or 金额未知), city, sectors
 * and date; for a city its name, project count and total. Plain strings, set as text.
 */
import { formatCount, formatYi, MESSAGES, type Lang } from '../i18n';
import { cityName } from './grouping';
import type { WeekItem } from '../report/types';

export function projectTooltip(item: WeekItem, lang: Lang): string[] {
	const t = MESSAGES[lang];
	const amount = item.amountYi === null ? t.unknownAmount : formatYi(item.amountYi, lang);
	const isEvent = item.kind === 'event';
	const count =
		isEvent && item.projectCount ? ` · ${formatCount(item.projectCount, lang)} ${t.eventProjects}` : '';
	return [
		isEvent ? `${t.event} · ${item.title}` : item.title,
		amount + count,
		item.location ? cityName(item.location) : t.needsReview,
		item.sectors.length > 0 ? item.sectors.join(lang === 'zh' ? '、' : ', ') : t.noSector,
		item.date ?? `${t.undated} (${item.week})`
	];
}

export function cityTooltip(city: { name: string; count: number; totalYi: number }, lang: Lang): string[] {
	const t = MESSAGES[lang];
	return [city.name, `${formatCount(city.count, lang)} ${t.projects} · ${formatYi(city.totalYi, lang)}`];
}
