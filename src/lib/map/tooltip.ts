/**
 * The lines of a marker's tooltip: for a project its title, amount (or 金额未知), city, sectors
 * and date; for a city its name, project count and total. Plain strings, set as text.
 */
import { fill, formatCount, formatTotalYi, formatYi, MESSAGES, type Lang } from '../i18n';
import { REGION_MESSAGES } from '../i18n/regions';
import type { RegionTotal } from './choropleth';
import { cityName } from './grouping';
import type { MapItem } from './types';

export function projectTooltip(item: MapItem, lang: Lang): string[] {
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

/** A region of the region view: its name, projects and known total (and how many lack an amount). */
export function regionTooltip(name: string, total: RegionTotal | undefined, lang: Lang): string[] {
	const r = REGION_MESSAGES[lang];
	if (!total) return [name, r.noData];
	const lines = [
		name,
		fill(r.tooltip, {
			n: formatCount(total.count, lang),
			total: formatTotalYi(total.totalYi, total.known, lang)
		})
	];
	const unknown = total.count - total.known;
	if (unknown > 0 && total.known > 0) lines.push(fill(r.tooltipUnknown, { n: formatCount(unknown, lang) }));
	return lines;
}
