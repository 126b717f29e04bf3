/** Turning what a person changed in review into corrections of stored fields. */
import type { CorrectionField } from './corrections';
import type { Location } from '../gazetteer/types';
import type { Item, Section } from '../report/types';
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

/** Sectors as typed: separated by 、 , ， or spaces; empty entries left out. */
export function parseSectors(text: string): string[] {
	return text
		.split(/[、,，\s]+/)
		.map((s) => s.trim())
		.filter(Boolean);
}

/** An amount typed in 亿元: '' is none (null); anything not a non-negative number is undefined. */
export function parseAmountInput(text: string): number | null | undefined {
	const t = text.trim();
	if (t === '') return null;
	const n = Number(t);
	return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Drops the fields of an edit that equal the item's own values, so an undone change is no edit. */
export function pruneEdit(item: Item, edit: ItemEdit): ItemEdit {
	const out: ItemEdit = {};
	if (edit.drop) out.drop = true;
	if (edit.place !== undefined) out.place = edit.place;
	if (edit.amountYi !== undefined && edit.amountYi !== item.amountYi) out.amountYi = edit.amountYi;
	if (edit.sectors !== undefined && !same(edit.sectors, item.sectors)) out.sectors = edit.sectors;
	if (edit.section !== undefined && edit.section !== item.section) out.section = edit.section;
	if (edit.date !== undefined && edit.date !== item.date) out.date = edit.date;
	if (edit.title !== undefined && edit.title.trim() !== item.title) out.title = edit.title.trim();
	return out;
}

/** The edits worth sending: items with at least one change. */
export function changedEdits(edits: Record<string, ItemEdit>): Record<string, ItemEdit> {
	return Object.fromEntries(Object.entries(edits).filter(([, e]) => Object.keys(e).length > 0));
}

/** The review card's form, as strings the inputs hold. */
export interface EditForm {
	title: string;
	section: Section;
	date: string;
	amount: string;
	sectors: string;
	/** A place name typed or picked; empty keeps the parsed place. */
	place: string;
}

/** The form filled from an item with the edit made so far. */
export function editForm(item: Item, edit: ItemEdit): EditForm {
	const amount = edit.amountYi !== undefined ? edit.amountYi : item.amountYi;
	return {
		title: edit.title ?? item.title,
		section: edit.section ?? item.section,
		date: (edit.date !== undefined ? edit.date : item.date) ?? '',
		amount: amount === null ? '' : String(amount),
		sectors: (edit.sectors ?? item.sectors).join('、'),
		place: edit.place ?? ''
	};
}

/** The edit a filled form makes (only what differs from the item); null when the amount is not a number ≥ 0. */
export function editFromForm(item: Item, edit: ItemEdit, form: EditForm): ItemEdit | null {
	const amountYi = parseAmountInput(form.amount);
	if (amountYi === undefined) return null;
	const place = form.place.trim();
	return pruneEdit(item, {
		drop: edit.drop,
		title: form.title,
		section: form.section,
		date: form.date === '' ? null : form.date,
		amountYi,
		sectors: parseSectors(form.sectors),
		place: place === '' ? undefined : place
	});
}
