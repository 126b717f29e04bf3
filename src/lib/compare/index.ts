/** Weeks over time: the week chart's time axis, the player's steps and the comparison of weeks. */
export { nextWeek, singleWeek, timeAxis, weekSlots, type WeekSlot } from './axis';
export {
	compareRow,
	compareWeeks,
	defaultRanges,
	provinceKey,
	rangeFromParam,
	rangeToParam,
	sectorKey,
	type Comparison,
	type CompareRow,
	type Tally,
	type WeekRange
} from './compare';
export { formatAmount, formatChange, formatPct } from './format';
