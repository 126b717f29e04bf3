/** Strings of the week player, the time axis and the comparison page, Chinese and English. */
import type { Lang } from './index';

const zh = {
	play: '播放',
	pause: '暂停',
	playLabel: '逐周播放',
	noReport: '本周无周报',
	noReportNote: '（本周无周报）',
	gapNote: '虚线格：没有周报的周',
	compareLink: '周对比',
	compareTitle: '周对比',
	compareIntro: '本期与对比期在相同筛选条件下的项目数与投资额。',
	filtersApplied: '筛选：',
	current: '本期',
	baseline: '对比期',
	weekFrom: '从',
	weekTo: '到',
	total: '合计',
	bySector: '按行业',
	byProvince: '按省份',
	key: '名称',
	count: '项目数',
	amount: '投资额（亿元）',
	change: '变化（亿元）',
	changePct: '变化 %',
	noPct: '—',
	noPctTitle: '对比期没有已知金额，无法计算百分比',
	unknown: (n: number) => `另 ${n} 项金额未知`,
	partialNote:
		'金额未知的项目计入项目数，不计为零；带 * 的投资额只是已知金额之和（下限），其变化也只比较已知金额。',
	noSector: '未分类',
	unlocated: '待核实（未定位）',
	backToMap: '返回地图',
	empty: '两期都没有符合筛选的项目。',
	noWeeks: '还没有导入周报。'
};

const en: typeof zh = {
	play: 'Play',
	pause: 'Pause',
	playLabel: 'Play through the weeks',
	noReport: 'no report this week',
	noReportNote: ' (no report this week)',
	gapNote: 'Dashed slots: weeks without a report',
	compareLink: 'Compare weeks',
	compareTitle: 'Compare weeks',
	compareIntro: 'Projects and investment of this period and the one compared with, under the same filters.',
	filtersApplied: 'Filters: ',
	current: 'This period',
	baseline: 'Compared with',
	weekFrom: 'From',
	weekTo: 'To',
	total: 'Total',
	bySector: 'By sector',
	byProvince: 'By province',
	key: 'Name',
	count: 'Projects',
	amount: 'Investment (亿元)',
	change: 'Change (亿元)',
	changePct: 'Change %',
	noPct: '—',
	noPctTitle: 'No known amount in the period compared with, so no percentage',
	unknown: (n: number) => `${n} more with amount unknown`,
	partialNote:
		'Projects without an amount are counted, not summed as zero; totals marked * are sums of the known amounts (lower bounds), and so are their changes.',
	noSector: 'Unclassified',
	unlocated: 'Needs review (not located)',
	backToMap: 'Back to the map',
	empty: 'No project matches the filters in either period.',
	noWeeks: 'No report has been ingested yet.'
};

export const WEEK_MESSAGES: Record<Lang, typeof zh> = { zh, en };
