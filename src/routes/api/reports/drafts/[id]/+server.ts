import { discardDraft } from '$lib/server/review';
import type { RequestHandler } from './$types';

/** Cancels a review: the draft is forgotten; nothing was stored. */
export const DELETE: RequestHandler = ({ params }) => {
	discardDraft(params.id);
	return new Response(null, { status: 204 });
};
