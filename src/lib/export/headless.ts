import { SnapshotError, type SnapshotRequest } from './cli';

export async function headlessSnapshot(_request: SnapshotRequest): Promise<Uint8Array> {
	throw new SnapshotError('not yet');
}
