/**
 * What a marker's point stands for, in words (Location.precision): in the tooltip and the side panel,
 * only where the point is not the place itself, and carried through the map data wire format.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/server/gazetteer';
import type { Location } from '../../../src/lib/gazetteer/types';
import { MESSAGES } from '../../../src/lib/i18n';
import { precisionNote, projectTooltip } from '../../../src/lib/map/tooltip';
import type { WeekItem } from '../../../src/lib/report/types';
import { decodeMapItems, encodeMapItems } from '../../../src/lib/map/wire';
import { sampleItems } from './sample';

const county: Location = {
	province: '河北省',
	city: '张家口市',
	county: '怀来县',
	zone: null,
	adcode: '130730',
	level: 'county',
	lon: 115.52,
	lat: 40.41,
	precision: 'seat'
};
const zoneAtCounty: Location = {
	...county,
	zone: '河北沙城经济开发区',
	level: 'zone',
	precision: 'zone-host'
};

describe('precision in words', () => {
	it('says a zone is drawn at its host county or city, in both languages', () => {
		expect(precisionNote(zoneAtCounty, 'zh')).toBe('园区（位置取所在区县）');
		expect(precisionNote(zoneAtCounty, 'en')).toBe("Zone (shown at its host county's seat)");
		const atCity = { ...zoneAtCounty, county: null };
		expect(precisionNote(atCity, 'zh')).toBe(MESSAGES.zh.pointZoneCity);
		expect(precisionNote(atCity, 'en')).toBe(MESSAGES.en.pointZoneCity);
	});

	it('says nothing where the point is the place: a county seat, a zone’s own point', () => {
		expect(precisionNote(county, 'zh')).toBeNull();
		expect(precisionNote({ ...county, level: 'city', county: null }, 'en')).toBeNull();
		expect(precisionNote({ ...zoneAtCounty, precision: 'zone' }, 'zh')).toBeNull();
	});

	it('names a parent seat and a province known only by name', () => {
		expect(precisionNote({ ...county, precision: 'parent-seat' }, 'zh')).toBe(MESSAGES.zh.pointParentSeat);
		const province = { ...county, city: null, county: null, level: 'province' as const };
		expect(precisionNote(province, 'en')).toBe(MESSAGES.en.pointProvince);
	});

	it('reads locations stored before precision existed as seat, or zone-host for zones', () => {
		const { precision: _p, ...legacyZone } = zoneAtCounty;
		const { precision: _q, ...legacyCounty } = county;
		expect(precisionNote(legacyZone, 'zh')).toBe(MESSAGES.zh.pointZoneCounty);
		expect(precisionNote(legacyCounty, 'zh')).toBeNull();
	});

	it('follows the gazetteer: a catalogue zone is drawn at its host county', () => {
		const loc = loadGazetteer().locate('河北沙城经济开发区葡萄酒产业园项目开工');
		expect(loc?.precision).toBe('zone-host');
		expect(precisionNote(loc!, 'zh')).toBe('园区（位置取所在区县）');
	});
});

describe('the tooltip and the wire format carry it', () => {
	const item: WeekItem = { ...sampleItems()[0], location: zoneAtCounty };

	it('adds the words to the place line only where they add something', () => {
		expect(projectTooltip(item, 'zh')[2]).toBe('张家口市 · 园区（位置取所在区县）');
		expect(projectTooltip(item, 'en')[2]).toContain("host county's seat");
		expect(projectTooltip({ ...item, location: county }, 'zh')[2]).toBe('张家口市');
	});

	it('keeps precision through encode and decode', () => {
		const data = encodeMapItems([item, { ...item, location: county }]);
		const back = decodeMapItems(JSON.parse(JSON.stringify(data)));
		expect(back.map((i) => i.location?.precision)).toEqual(['zone-host', 'seat']);
	});
});
