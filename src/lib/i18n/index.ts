/**
 * A tiny dictionary for the map page: Chinese by default, English on request (`lang=en`).
 * Report text (titles, bodies, sector and place names) is data and is not translated.
 */
import type { Section } from '../report/types';

export type Lang = 'zh' | 'en';

const zh = {
	title: '园区项目地图',
	subtitle: '园区周报项目',
	filters: '筛选',
	week: '周',
	weekAll: '全部周',
	weekFrom: '从',
	weekTo: '到',
	investmentPerWeek: '每周投资额（亿元）',
	sector: '行业',
	section: '栏目',
	amount: '投资额（亿元）',
	amountMin: '最小',
	amountMax: '最大',
	search: '搜索',
	searchPlaceholder: '标题、正文、来源、地名',
	reset: '清除筛选',
	shown: '显示',
	projects: '个项目',
	yi: '亿元',
	cities: '城市',
	cityList: '城市列表',
	needsReview: '待核实（未定位）',
	needsReviewNone: '没有未定位的项目。',
	back: '返回城市列表',
	correctPlace: '在项目表中校正地点',
	sheetClose: '收起列表',
	noProjects: '当前筛选下没有项目。',
	date: '日期',
	source: '来源',
	details: '摘要与正文',
	showOnMap: '在地图上显示',
	bySector: '各行业投资额',
	byProvince: '各省投资额',
	legend: '图例',
	legendSize: '圆面积 ∝ 投资额',
	legendUnknown: '金额未知（空心）',
	legendColour: '颜色：第一个行业（多行业项目按第一个行业着色）',
	legendOther: '其他行业',
	legendPrecision: '定位精度',
	precisionFine: '园区/区县',
	precisionCity: '城市',
	precisionProvince: '仅省份',
	legendCity: '环：同一城市的多个项目合计',
	legendDense: '城市合计（放大后显示单个项目）',
	language: 'English',
	languageLabel: '切换到英文',
	tableLink: '项目表与导入',
	unknownAmount: '金额未知',
	mapLabel: '项目地图',
	loadingMap: '正在加载地图…',
	mapFailed: '地图无法加载（需要 WebGL）。项目仍可在列表中浏览。',
	close: '关闭',
	summary: '汇总',
	count: '项',
	otherSectors: '其他',
	noSector: '未分类',
	// The map's legend and tooltips.
	legendFamily: '颜色：行业大类（按第一个行业）',
	legendFiltered: '颜色：所选行业',
	legendEvent: '菱形：签约活动（多个项目合计）',
	event: '活动',
	eventProjects: '个项目合计',
	undated: '日期未知'
};

const en: typeof zh = {
	title: 'ParkMap',
	subtitle: 'Industrial-park projects from the weekly report',
	filters: 'Filters',
	week: 'Week',
	weekAll: 'All weeks',
	weekFrom: 'From',
	weekTo: 'To',
	investmentPerWeek: 'Investment per week (亿元)',
	sector: 'Sector',
	section: 'Section',
	amount: 'Investment (亿元 = 100 M CNY)',
	amountMin: 'Min',
	amountMax: 'Max',
	search: 'Search',
	searchPlaceholder: 'title, text, source, place',
	reset: 'Clear filters',
	shown: 'Showing',
	projects: 'projects',
	yi: '亿元',
	cities: 'Cities',
	cityList: 'Cities',
	needsReview: 'Needs review (not located)',
	needsReviewNone: 'Every project is located.',
	back: 'Back to the city list',
	correctPlace: 'Correct the place in the table',
	sheetClose: 'Hide the list',
	noProjects: 'No projects under the current filters.',
	date: 'Date',
	source: 'Source',
	details: 'Caption and text',
	showOnMap: 'Show on map',
	bySector: 'Investment by sector',
	byProvince: 'Investment by province',
	legend: 'Legend',
	legendSize: 'Circle area ∝ investment',
	legendUnknown: 'Amount unknown (hollow)',
	legendColour: 'Colour: first sector (projects in several sectors use their first)',
	legendOther: 'Other sectors',
	legendPrecision: 'Location precision',
	precisionFine: 'Zone / county',
	precisionCity: 'City',
	precisionProvince: 'Province only',
	legendCity: 'Ring: several projects in one city, total',
	legendDense: 'City total (zoom in for single projects)',
	language: '中文',
	languageLabel: 'Switch to Chinese',
	tableLink: 'Table and upload',
	unknownAmount: 'amount unknown',
	mapLabel: 'Project map',
	loadingMap: 'Loading the map…',
	mapFailed: 'The map could not load (it needs WebGL). The lists still work.',
	close: 'Close',
	summary: 'Summary',
	count: 'items',
	otherSectors: 'Other',
	noSector: 'Unclassified',
	// The map's legend and tooltips.
	legendFamily: 'Colour: sector family (of the first sector)',
	legendFiltered: 'Colour: the chosen sectors',
	legendEvent: 'Diamond: signing event (several projects in one)',
	event: 'Event',
	eventProjects: 'projects in total',
	undated: 'date unknown'
};

export type MessageKey = keyof typeof zh;

export const MESSAGES: Record<Lang, typeof zh> = { zh, en };

export const SECTION_LABELS: Record<Lang, Record<Section, string>> = {
	zh: { investment: '招商引资', news: '综合资讯', policy: '政策法规' },
	en: { investment: 'Investment', news: 'News', policy: 'Policy' }
};

export function langFromParam(value: string | null | undefined): Lang {
	return value === 'en' ? 'en' : 'zh';
}

// One formatter per language: `toLocaleString` builds a new one on every call, which adds up
// over the hundreds of numbers a filter change rewrites.
const NUMBER_FORMATS: Record<Lang, Intl.NumberFormat> = {
	zh: new Intl.NumberFormat('zh-CN'),
	en: new Intl.NumberFormat('en-US')
};

/** Formats an amount in 亿元 for display. */
export function formatYi(value: number, lang: Lang): string {
	const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
	return `${NUMBER_FORMATS[lang].format(Number(value.toFixed(digits)))} 亿元`;
}

export function formatCount(value: number, lang: Lang): string {
	return NUMBER_FORMATS[lang].format(value);
}
