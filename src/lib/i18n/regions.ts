/** Strings of the map's region view (totals by province and prefecture), Chinese and English. */
import type { Lang } from './index';

const zh = {
	modeLabel: '地图显示',
	points: '点',
	regions: '地区',
	pointsTitle: '每个项目一个点',
	regionsTitle: '按省份（放大后按地市）合计投资额',
	titleProvince: '各省投资额（亿元）',
	titlePrefecture: '各地市投资额（亿元）',
	titleProvinceCount: '各省项目数',
	titlePrefectureCount: '各地市项目数',
	metricLabel: '颜色表示',
	metricAmount: '投资额',
	metricCount: '项目数',
	noData: '无项目',
	unknown: '有项目，金额未知',
	/** {n}: projects known only to their province, left out of the prefecture totals. */
	unplaced: '另有 {n} 个项目只定位到省，未计入地市',
	zoomHint: '放大可按地市查看',
	/** Tooltip: {n} projects, {total}. */
	tooltip: '{n} 个项目 · {total}',
	/** Tooltip: {n} of the projects without an amount. */
	tooltipUnknown: '其中 {n} 个金额未知'
};

const en: typeof zh = {
	modeLabel: 'Map shows',
	points: 'Points',
	regions: 'Regions',
	pointsTitle: 'One point per project',
	regionsTitle: 'Investment by province (by prefecture when zoomed in)',
	titleProvince: 'Investment by province (亿元)',
	titlePrefecture: 'Investment by prefecture (亿元)',
	titleProvinceCount: 'Projects by province',
	titlePrefectureCount: 'Projects by prefecture',
	metricLabel: 'Colour shows',
	metricAmount: 'Investment',
	metricCount: 'Projects',
	noData: 'No projects',
	unknown: 'Projects, amount unknown',
	unplaced: '{n} more projects located only to a province are not in the prefecture totals',
	zoomHint: 'Zoom in for prefectures',
	tooltip: '{n} projects · {total}',
	tooltipUnknown: '{n} of them with no amount'
};

export const REGION_MESSAGES: Record<Lang, typeof zh> = { zh, en };

/** The region legend's title: what the colours show, by province or prefecture. */
export function regionLegendTitle(
	lang: Lang,
	view: { level: 'province' | 'prefecture'; metric: 'amount' | 'count' }
): string {
	const r = REGION_MESSAGES[lang];
	if (view.metric === 'count')
		return view.level === 'province' ? r.titleProvinceCount : r.titlePrefectureCount;
	return view.level === 'province' ? r.titleProvince : r.titlePrefecture;
}
