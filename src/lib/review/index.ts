/**
 * Review of a parsed report before it is published: flags, order, differences from the stored
 * week, and edits as corrections. Pure: runs in Node and in the browser.
 */
export { reviewItem, reviewOrder, placeWords, placesDisagree } from './flags';
export { diffReports, matchItems } from './diff';
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
