/**
 * Starts the built app (`node build`) on a free localhost port with the given database.
 * Shared by the e2e global setup and the benchmarks.
 */
import { startBuiltApp, type RunningApp } from '../../src/lib/server/local-app';

export type { RunningApp };

/** Starts `node build` and resolves once `/` answers (the first request ingests the seed report). */
export function startApp(dbPath: string, timeoutMs = 60_000): Promise<RunningApp> {
	return startBuiltApp({ dbPath, timeoutMs });
}
