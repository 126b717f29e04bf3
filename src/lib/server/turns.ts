/**
 * Long work on the request thread is cut into pieces with a turn of the event loop between them,
 * so requests that arrive meanwhile are answered after one piece, not after all of it.
 */

/** Resolves after the requests waiting now have had their turn (setImmediate: after I/O). */
export function nextTurn(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}
