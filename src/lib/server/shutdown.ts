/**
 * SIGTERM / SIGINT: the server stops within 3 s (well inside 5 s) whatever is in flight. The node adapter
 * stops accepting connections and lets requests finish; this abandons a parse in progress (nothing
 * of it is stored), closes the database (a store transaction is synchronous, so it has either
 * committed or never started) and exits at the deadline if requests still hang on.
 */
import { closeAppStore } from './pipeline';
import { stopParseWorker } from './worker';

/** Longest the process lives after SIGTERM. */
export const SHUTDOWN_DEADLINE_MS = 3000;

let installed = false;

export function installShutdown(): void {
	if (installed || process.env.NODE_ENV === 'test') return;
	installed = true;
	const stop = () => {
		void stopParseWorker();
		const timer = setTimeout(() => {
			closeAppStore();
			process.exit(0);
		}, SHUTDOWN_DEADLINE_MS);
		timer.unref();
		// The adapter emits this once every connection has closed.
		process.once('sveltekit:shutdown' as 'exit', () => closeAppStore());
	};
	process.once('SIGTERM', stop);
	process.once('SIGINT', stop);
}
