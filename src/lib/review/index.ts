/**
 * Review of a parsed report before it is published: flags, order, differences from the stored
 * week, and edits as corrections. Pure: runs in Node and in the browser.
 *
 * Must not import src/lib/server/, cli/, ui/, map/ or export/, nor Node built-ins. The shapes of
 * stored rows (./types.ts) and the corrections' schema (./corrections.ts) live here so that the
 * store and the pages share them without the pages importing the store.
 */
export { reviewItem, reviewOrder, placeWords, placesDisagree } from './flags';
export { diffReports, matchItems, changesById, type ItemChange } from './diff';
export {
	correctionsFor,
	droppedIds,
	EditError,
	parseSectors,
	parseAmountInput,
	pruneEdit,
	changedEdits,
	editForm,
	editFromForm,
	type EditForm,
	type FieldCorrection
} from './edits';
export type { ReviewFlag, ReviewItem, ItemEdit, ReportDiff, ReplacedReport, DraftView } from './types';
export { summarizeReports, type ReportSummary } from './summary';
