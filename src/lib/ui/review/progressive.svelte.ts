/**
 * Shows a long list a slice at a time: `step` more items per macrotask, so a 500-item review never
 * blocks the page for the whole list at once (one 1.2 s task for 480 cards otherwise).
 * Call during component initialisation.
 */
export function progressive(total: () => number, step = 25): { readonly shown: number } {
	let shown = $state(step);
	$effect(() => {
		if (shown >= total()) return;
		const timer = setTimeout(() => (shown += step), 0);
		return () => clearTimeout(timer);
	});
	return {
		get shown() {
			return shown;
		}
	};
}
