/**
 * A tiny dictionary for the map page: Chinese by default, English on request (`lang=en`).
 * Report text (titles, bodies, sector and place names) is data and is not translated.
 *
 * Must not import src/lib/server/, cli/, ui/, map/ or export/, nor Node built-ins; it may take
 * types from report/ and review/.
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
	legendAmount: '{n} 亿',
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
	tableLink: '项目表',
	unknownAmount: '金额未知',
	mapLabel: '项目地图',
	loadingMap: '正在加载地图…',
	loadingData: '正在加载项目数据…',
	dataFailed: '项目数据无法加载，请刷新页面重试。',
	mapFailed: '地图无法加载（需要 WebGL）。项目仍可在列表中浏览。',
	close: '关闭',
	summary: '汇总',
	count: '项',
	otherSectors: '其他',
	noSector: '未分类',
	sheetProjects: '项目',
	sheetAbout: '说明',
	aboutTitle: '标题',
	aboutCount: '条数',
	aboutFilters: '筛选',
	aboutAll: '全部',
	aboutDataDate: '数据日期',
	aboutSources: '数据来源',
	events: '活动',
	eventsToggle: '活动计入项目合计',
	eventsHint: '签约会、推介会等一次报道多个项目的活动',
	eventsNote: '另有 {n} 场活动',
	eventsIncludedNote: '含 {n} 场活动',
	eventProjects: '{n} 个项目',
	noAmounts: '筛选出的 {n} 项都没有投资额。',
	showMore: '显示更多',
	tableTitle: '项目表',
	backToMap: '← 返回地图',
	reportsLink: '导入与管理周报',
	tableTotals: '显示 {n} / {total} 条 · 合计 {yi}',
	activeFilters: '当前筛选',
	noActiveFilters: '未筛选，显示全部条目。',
	removeFilter: '移除筛选：{label}',
	clearAll: '全部清除',
	sortBy: '按{column}排序',
	pageNav: '翻页',
	previous: '上一页',
	next: '下一页',
	correctPlaceShort: '校正地点',
	placeLabel: '项目落地的地方',
	placePlaceholder: '如 南通高新区、百色市',
	save: '保存',
	corrected: '（已校正）',
	placeNoPlace: '请写出项目落地的地方。',
	placeUnknown: '地名库中没有「{place}」：请写县区、城市或开发区的名称，如 通州区、南通市、南通高新区。',
	placeInvalid: '无法校正这一条。',
	reportsHeld: '已有 {n} 期周报：{weeks}',
	rowNumber: '序号',
	amountShort: '投资额（亿元）',
	place: '地点',
	notLocated: '未定位',
	projectList: '项目列表',
	pageOf: '第 {n} / {total} 页',
	weekOf: '{week} 周',
	exportHeading: '导出',
	exportTitle: '标题',
	exportSize: '图片大小',
	exportFormats: '导出格式',
	exportDone: '已导出 {file}',
	exportFailed: '导出失败：{error}',
	mapNotReady: '地图尚未加载完成，请稍候再导出。',
	sizeScreen: '屏幕大小',
	size1080p: '1920×1080',
	sizeA4: 'A4 横向 300 dpi',
	allProjects: '全部项目',
	snapshotTotals: '{n} 个项目 · {yi} 亿元',
	snapshotEvents: '另有 {n} 场活动（不计入合计）',
	snapshotEventsIncluded: '含 {n} 场活动',
	snapshotUnlocated: '其中 {n} 个未定位，不在图上',
	snapshotData: '数据：{date}',
	snapshotExported: '导出：{date}',
	snapshotBrand: 'ParkMap 园区项目地图',
	snapshotArea: '圆面积与投资额成正比',
	snapshotSources: '来源：{sources}',
	snapshotOtherSectors: '其他 / 未分类',
	weeklyReport: '{week} 周报',
	// The map's legend and tooltips.
	legendFamily: '颜色：行业大类（按第一个行业）',
	legendFiltered: '颜色：所选行业',
	legendEvent: '菱形：签约活动（多个项目合计）',
	event: '活动',
	undated: '日期未知',
	// What a marker's point stands for, where it is not the place itself (Location.precision).
	pointZoneCounty: '园区（位置取所在区县）',
	pointZoneCity: '园区（位置取所在城市）',
	pointParentSeat: '位置取上级驻地',
	pointProvince: '仅知省份（位置取省会）'
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
	legendAmount: '{n} 亿',
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
	tableLink: 'Project table',
	unknownAmount: 'amount unknown',
	mapLabel: 'Project map',
	loadingMap: 'Loading the map…',
	loadingData: 'Loading the projects…',
	dataFailed: 'The projects could not be loaded. Reload the page to try again.',
	mapFailed: 'The map could not load (it needs WebGL). The lists still work.',
	close: 'Close',
	summary: 'Summary',
	count: 'items',
	otherSectors: 'Other',
	noSector: 'Unclassified',
	sheetProjects: 'Projects',
	sheetAbout: 'About',
	aboutTitle: 'Title',
	aboutCount: 'Rows',
	aboutFilters: 'Filters',
	aboutAll: 'none (everything)',
	aboutDataDate: 'Data as of',
	aboutSources: 'Sources',
	events: 'Events',
	eventsToggle: 'Count events in the project totals',
	eventsHint: 'signing ceremonies and fairs that report several projects at once',
	eventsNote: 'plus {n} events',
	eventsIncludedNote: 'including {n} events',
	eventProjects: '{n} projects',
	noAmounts: 'None of the {n} items found states an investment.',
	showMore: 'Show more',
	tableTitle: 'Project table',
	backToMap: '← Back to the map',
	reportsLink: 'Upload and manage reports',
	tableTotals: 'Showing {n} of {total} · total {yi}',
	activeFilters: 'Filters',
	noActiveFilters: 'No filters: every item is listed.',
	removeFilter: 'Remove filter: {label}',
	clearAll: 'Clear all',
	sortBy: 'Sort by {column}',
	pageNav: 'Pages',
	previous: 'Previous',
	next: 'Next',
	correctPlaceShort: 'Correct the place',
	placeLabel: 'Where the project lands',
	placePlaceholder: 'e.g. 南通高新区, 百色市',
	save: 'Save',
	corrected: '(corrected)',
	placeNoPlace: 'Write where the project lands.',
	placeUnknown:
		'The gazetteer has no "{place}": write a county, city or development zone, e.g. 通州区, 南通市, 南通高新区.',
	placeInvalid: 'This item cannot be corrected.',
	reportsHeld: '{n} reports held: {weeks}',
	rowNumber: 'No.',
	amountShort: 'Amount (亿元)',
	place: 'Place',
	notLocated: 'not located',
	projectList: 'projects',
	pageOf: 'Page {n} of {total}',
	weekOf: 'week {week}',
	exportHeading: 'Export',
	exportTitle: 'Title',
	exportSize: 'Image size',
	exportFormats: 'Export formats',
	exportDone: 'Exported {file}',
	exportFailed: 'Export failed: {error}',
	mapNotReady: 'The map has not finished loading; try again in a moment.',
	sizeScreen: 'As on screen',
	size1080p: '1920×1080',
	sizeA4: 'A4 landscape, 300 dpi',
	allProjects: 'All projects',
	snapshotTotals: '{n} projects · {yi} 亿元',
	snapshotEvents: 'plus {n} events (not in the total)',
	snapshotEventsIncluded: 'including {n} events',
	snapshotUnlocated: '{n} not located, not on the map',
	snapshotData: 'Data: {date}',
	snapshotExported: 'Exported: {date}',
	snapshotBrand: 'ParkMap',
	snapshotArea: 'circle area proportional to investment',
	snapshotSources: 'Sources: {sources}',
	snapshotOtherSectors: 'Other / unclassified',
	weeklyReport: 'report of {week}',
	// The map's legend and tooltips.
	legendFamily: 'Colour: sector family (of the first sector)',
	legendFiltered: 'Colour: the chosen sectors',
	legendEvent: 'Diamond: signing event (several projects in one)',
	event: 'Event',
	undated: 'date unknown',
	pointZoneCounty: "Zone (shown at its host county's seat)",
	pointZoneCity: "Zone (shown at its host city's seat)",
	pointParentSeat: 'Shown at the seat of the unit above',
	pointProvince: 'Province only (shown at its capital)'
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

/**
 * How an amount in 亿元 is written: `unit`, 「1,356 亿元」「18.6 亿元」「0.85 亿元」 (none, one or two
 * decimals as it grows smaller); `number`, the same without the unit (tables whose heading names
 * it); `short`, at most one decimal and no unit (legends, snapshot totals, printed tables).
 */
export type YiStyle = 'unit' | 'number' | 'short';

/** Formats an amount in 亿元 for display. */
export function formatYi(value: number, lang: Lang, style: YiStyle = 'unit'): string {
	const size = Math.abs(value);
	const rounded =
		style === 'short'
			? size >= 100
				? Math.round(value)
				: Math.round(value * 10) / 10
			: Number(value.toFixed(size >= 100 ? 0 : size >= 10 ? 1 : 2));
	const text = NUMBER_FORMATS[lang].format(rounded);
	return style === 'unit' ? `${text} 亿元` : text;
}

/**
 * A total in 亿元 that is honest about unknown amounts: 「金额未知」 when none of the `count` items
 * states one (a sum of nothing is not 0 亿元).
 */
export function formatTotalYi(totalYi: number, knownCount: number, lang: Lang): string {
	return knownCount === 0 ? MESSAGES[lang].unknownAmount : formatYi(totalYi, lang);
}

export function formatCount(value: number, lang: Lang): string {
	return NUMBER_FORMATS[lang].format(value);
}

/** Headings of the spreadsheet columns (CSV, XLSX), by field name; amounts carry their unit. */
export const COLUMN_LABELS = {
	zh: {
		id: '编号',
		week: '周',
		section: '栏目',
		title: '标题',
		date: '日期',
		amountYi: '投资额（亿元）',
		amountText: '金额原文',
		sectors: '行业',
		source: '来源',
		province: '省',
		city: '市',
		county: '县/区',
		zone: '园区',
		adcode: '行政区划代码',
		level: '定位精度',
		lon: '经度',
		lat: '纬度',
		caption: '摘要',
		body: '正文',
		kind: '类型',
		projectCount: '活动涉及项目数'
	},
	en: {
		id: 'ID',
		week: 'Week',
		section: 'Section',
		title: 'Title',
		date: 'Date',
		amountYi: 'Investment (亿元 = 100 M CNY)',
		amountText: 'Amount as written',
		sectors: 'Sectors',
		source: 'Source',
		province: 'Province',
		city: 'City',
		county: 'County / district',
		zone: 'Zone',
		adcode: 'Division code',
		level: 'Location precision',
		lon: 'Longitude',
		lat: 'Latitude',
		caption: 'Caption',
		body: 'Text',
		kind: 'Kind',
		projectCount: 'Projects in the event'
	}
} as const;

/** How precisely a project is placed, in words (the Location contract's `level`). */
export const LEVEL_LABELS: Record<Lang, Record<'province' | 'city' | 'county' | 'zone', string>> = {
	zh: { province: '省', city: '市', county: '县/区', zone: '园区' },
	en: { province: 'province', city: 'city', county: 'county', zone: 'zone' }
};

/** Projects and events (fairs, signing ceremonies that report several projects at once). */
export const KIND_LABELS: Record<Lang, Record<'project' | 'event', string>> = {
	zh: { project: '项目', event: '活动' },
	en: { project: 'project', event: 'event' }
};

/** Fills 「{name}」 slots of a message: fill('第 {n} 页', { n: 2 }) → 「第 2 页」. */
export function fill(message: string, values: Record<string, string | number>): string {
	return message.replace(/\{(\w+)\}/g, (slot, name: string) =>
		name in values ? String(values[name]) : slot
	);
}
