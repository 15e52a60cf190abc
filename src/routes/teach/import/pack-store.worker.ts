/**
 * An imported pack checked and written in a Web Worker, so storing a large one never freezes the page
 * ($lib/state/pack-store.ts). One message in (the pack), the stored packs' summaries out, or why it was not saved.
 */
import * as storage from '$lib/storage';
import { packStoreReply, type PackStoreRequest } from '$lib/state/pack-store';

onmessage = async (event: MessageEvent<PackStoreRequest>) => {
  postMessage(await packStoreReply(storage, event.data));
};
