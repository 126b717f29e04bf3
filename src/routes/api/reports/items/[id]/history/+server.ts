import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/pipeline';
import type { RequestHandler } from './$types';

/** The corrections of one item, oldest first, with who made them and when. */
export const GET: RequestHandler = async ({ params }) => json((await appStore()).history(params.id));
