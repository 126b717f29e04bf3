/** The name a person types once for their corrections, remembered in this browser. */
const KEY = 'parkmap.author';

export function rememberedAuthor(): string {
	try {
		return localStorage.getItem(KEY) ?? '';
	} catch {
		return ''; // storage blocked: the name is asked again
	}
}

export function rememberAuthor(name: string): void {
	try {
		localStorage.setItem(KEY, name.trim());
	} catch {
		// storage blocked: nothing to keep
	}
}
