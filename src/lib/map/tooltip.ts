/**
 * The lines of a marker's tooltip: for a project its title, amount (or 金额未知), city (with what the
 * point stands for, where that is not the place itself), sectors and date; for a city its name, project
 * count and total. Plain strings, set as text.
 */
import type { Location } from '../gazetteer/types';
import { fill, formatCount, formatTotalYi, formatYi, MESSAGES, type Lang } from '../i18n';
import { REGION_MESSAGES } from '../i18n/regions';
import type { RegionTotal } from './choropleth';
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
		item.location ? withPrecision(cityName(item.location), item.location, lang) : t.needsReview,
		item.sectors.length > 0 ? item.sectors.join(lang === 'zh' ? '、' : ', ') : t.noSector,
		item.date ?? `${t.undated} (${item.week})`
	];
}

/**
 * What the point of a location stands for, in words, when it is not the place itself: a zone drawn at its
 * host's seat, a division drawn at its parent's seat, a province known only by name. Null when the point is
 * the place (a county or city seat, a zone's own point). Locations stored before `precision` existed read
 * as `seat`, or `zone-host` for zones.
 */
export function precisionNote(
	loc: Pick<Location, 'county' | 'zone' | 'level' | 'precision'>,
	lang: Lang
): string | null {
	const t = MESSAGES[lang];
	const precision = loc.precision ?? (loc.zone ? 'zone-host' : 'seat');
	if (precision === 'zone-host') return loc.county ? t.pointZoneCounty : t.pointZoneCity;
	if (precision === 'parent-seat') return t.pointParentSeat;
	if (precision === 'seat' && loc.level === 'province') return t.pointProvince;
	return null;
}

const withPrecision = (place: string, loc: Location, lang: Lang): string => {
	const note = precisionNote(loc, lang);
	return note ? `${place} · ${note}` : place;
};

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
