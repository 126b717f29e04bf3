/**
 * Sector classification by keyword, against the taxonomy kept as data in data/sectors.json
 * (documented in data/sectors.md). Multi-label: an item gets every sector its text names.
 */
import taxonomy from '../../../data/sectors.json' with { type: 'json' };
import { opening } from './amount';

export interface Sector {
	id: string;
	name: string;
	nameEn: string;
	/** 'sei': a strategic emerging industry (战略性新兴产业); 'traditional': other industries reports name. */
	group: 'sei' | 'traditional';
	keywords: string[];
}

export const SECTORS: readonly Sector[] = (taxonomy as { sectors: Sector[] }).sectors;

interface Entry {
	word: string;
	sectors: number[];
	ascii: boolean;
}

// One entry per keyword (a keyword may belong to several sectors), longest first.
const ENTRIES: Entry[] = (() => {
	const map = new Map<string, number[]>();
	SECTORS.forEach((s, i) => {
		for (const w of s.keywords) {
			const list = map.get(w) ?? [];
			if (!list.includes(i)) list.push(i);
			map.set(w, list);
		}
	});
	return [...map.entries()]
		.map(([word, sectors]) => ({ word, sectors, ascii: /^[\x20-\x7e]+$/.test(word) }))
		.sort((a, b) => b.word.length - a.word.length);
})();

/**
 * Sector names (Chinese, taxonomy order) that a text mentions.
 * Longest keywords win and hide the shorter ones inside them, so 新能源汽车 counts as
 * 新能源汽车 but not as 新能源, and 氧化铝纤维 is not read as 冶金's 铝. Latin keywords
 * (IC, 5G, VR) must stand as words, so "CITC" is not "IC".
 */
export function classifySectors(full: string): string[] {
	// A news item's sectors show in its opening; reading no further keeps a huge body's cost bounded.
	const text = opening(full);
	const used = new Uint8Array(text.length);
	const hit = new Set<number>();
	for (const e of ENTRIES) {
		let from = 0;
		for (;;) {
			const at = text.indexOf(e.word, from);
			if (at < 0) break;
			from = at + 1;
			const end = at + e.word.length;
			if (e.ascii) {
				const before = text[at - 1] ?? '';
				const after = text[end] ?? '';
				if (/[A-Za-z0-9]/.test(before) || /[A-Za-z]/.test(after)) continue;
			}
			let free = true;
			for (let i = at; i < end; i++) if (used[i]) free = false;
			if (!free) continue;
			used.fill(1, at, end);
			for (const s of e.sectors) hit.add(s);
		}
	}
	return [...hit].sort((a, b) => a - b).map((i) => SECTORS[i]!.name);
}
