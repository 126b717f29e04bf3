/**
 * Headers for the built app's static files. adapter-node serves them (/_app, /basemap) with sirv
 * before any hook runs and has no option for their headers, but every response of the server goes
 * through Node's ServerResponse: the headers that hold for every response are set there, once at
 * start, as defaults that a response setting its own keeps. Node only.
 *
 * No Content-Security-Policy here: a script served as a worker (MapLibre's) runs under its own
 * response's CSP, so a strict one would stop the map's worker from loading the basemap. Pages and
 * API responses get theirs in hooks.server.ts.
 */
import { ServerResponse } from 'node:http';
import { BASE_HEADERS } from './headers';

/** The headers the static files get: those every response carries. */
export const STATIC_HEADERS = BASE_HEADERS;

let installed = false;

/** Sets STATIC_HEADERS on every response of this process that lacks them. */
export function installStaticHeaders(): void {
	if (installed) return;
	installed = true;
	const writeHead = ServerResponse.prototype.writeHead;
	ServerResponse.prototype.writeHead = function (this: ServerResponse, ...args: unknown[]) {
		if (!this.headersSent) {
			for (const [name, value] of Object.entries(STATIC_HEADERS)) {
				if (!this.hasHeader(name)) this.setHeader(name, value);
			}
		}
		return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
	} as typeof writeHead;
}
