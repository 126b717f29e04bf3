/**
 * What the busy read routes (the map page, its data, the table) answer from: the stored items of
 * one data version, with the whole map's data body written and compressed. Reading ten thousand
 * items and writing their map data takes the request thread about a second, so after a change the
 * next snapshot is built a piece at a time (./turns) while other requests are answered.
 *
 * While a write request is in flight, reads answer from the snapshot before it: the write has not
 * been answered, so nobody has been told of the change yet; the write is answered once the new
 * snapshot is in place, so whoever made it sees it on the next read. A change made elsewhere (the
 * command line) is picked up by the next read, which waits for its snapshot. Node only.
 */
import type { Store } from './store';
import { encodedBody, mapDataBody, mapSummary, type ItemsOfVersion } from './map-data';
import { nextTurn } from './turns';

let current: ItemsOfVersion | null = null;
let building: Promise<ItemsOfVersion> | null = null;
let writesInFlight = 0;

/** Builds the snapshot of the store's current version (one build at a time) and serves it. */
function rebuild(store: Store): Promise<ItemsOfVersion> {
	building ??= (async () => {
		const fresh = await store.refreshItems(nextTurn);
		// The map page's first request: written and compressed before the snapshot is served.
		const body = await mapDataBody(fresh, null, null);
		await Promise.all([encodedBody(body, 'br'), encodedBody(body, 'gzip')]);
		mapSummary(fresh);
		current = fresh;
		return fresh;
	})().finally(() => (building = null));
	return building;
}

/** The snapshot a read answers from (see above). */
export function readSnapshot(store: Store): Promise<ItemsOfVersion> | ItemsOfVersion {
	if (current && (writesInFlight > 0 || current.version === store.version())) return current;
	return rebuild(store);
}

/**
 * Runs a write request; reads meanwhile answer from the snapshot before it. When the write changed
 * the store, it is answered once the new snapshot is served. `store` opens the store only when
 * a snapshot was ever served (else nothing reads a stale one).
 */
export async function duringWrite<T>(write: () => T | Promise<T>, store: () => Promise<Store>): Promise<T> {
	writesInFlight++;
	try {
		const result = await write();
		if (current) {
			const opened = await store();
			// Twice at most: a change made while the snapshot was being written is in the next one.
			for (let tries = 0; tries < 2 && opened.version() !== current.version; tries++) {
				await rebuild(opened).catch((e: unknown) => console.error('Map data not rebuilt:', e));
			}
		}
		return result;
	} finally {
		writesInFlight--;
	}
}
