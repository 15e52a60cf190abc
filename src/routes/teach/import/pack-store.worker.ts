/**
 * An imported pack checked and written in a Web Worker, so storing a large one never freezes the page
 * ($lib/state/worker-writes.ts). One message in (the pack), the stored packs' summaries out, or why it was not saved.
 */
import * as storage from '$lib/storage';
import { savePackAndList, writeInWorker, type PackStoreRequest } from '$lib/state/worker-writes';

onmessage = async (event: MessageEvent<PackStoreRequest>) => {
  postMessage(await writeInWorker(storage, event.data, savePackAndList));
};
