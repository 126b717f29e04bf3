/**
 * Weeks over time: the week chart's time axis, the player's steps and the comparison of weeks.
 *
 * Must not import src/lib/server/, cli/, ui/, map/ or export/, nor Node built-ins: it runs in the
 * browser and on the server.
 */
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
