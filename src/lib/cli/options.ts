/** Options of node:util's parseArgs that each take a text value, by name: `--week 2023-09-04`. */
export function textOptions<K extends string>(...names: K[]): Record<K, { type: 'string' }> {
	return Object.fromEntries(names.map((name) => [name, { type: 'string' }])) as Record<K, { type: 'string' }>;
}
