/** Turning what a person changed in review into corrections of stored fields. */
import type { CorrectionField } from '../store/corrections';
import type { Location } from '../gazetteer/types';
import type { Item } from '../report/types';
import type { ItemEdit } from './types';

/** An edit that cannot be applied: an unknown place. */
export class EditError extends Error {}

export interface FieldCorrection {
	itemId: string;
	field: CorrectionField;
	value: unknown;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The corrections an edit makes on an item: only fields whose value differs from the item's.
 * `locate` finds a typed place name; an unknown one throws EditError naming it.
 */
export function correctionsFor(
	item: Item,
	edit: ItemEdit,
	locate: (name: string) => Location | null
): FieldCorrection[] {
	const out: FieldCorrection[] = [];
	const add = (field: CorrectionField, value: unknown, current: unknown) => {
		if (!same(value, current)) out.push({ itemId: item.id, field, value });
	};
	if (edit.place !== undefined) {
		const name = edit.place?.trim() ?? '';
		const location = name === '' ? null : locate(name);
		if (name !== '' && !location) {
			throw new EditError(`"${name}" is not a place the gazetteer knows (item "${item.title}").`);
		}
		add('location', location, item.location);
	}
	if (edit.amountYi !== undefined) add('amountYi', edit.amountYi, item.amountYi);
	if (edit.sectors !== undefined) add('sectors', edit.sectors, item.sectors);
	if (edit.section !== undefined) add('section', edit.section, item.section);
	if (edit.date !== undefined) add('date', edit.date, item.date);
	if (edit.title !== undefined) add('title', edit.title.trim(), item.title);
	return out;
}

/** Ids of the items a set of edits drops. */
export function droppedIds(edits: Record<string, ItemEdit>): Set<string> {
	return new Set(
		Object.entries(edits)
			.filter(([, e]) => e.drop)
			.map(([id]) => id)
	);
}
