/**
 * Reading and checking an imported file in a Web Worker, so a large file never freezes the page. One message in (the
 * file, and how to read it when the teacher chose), progress out (bytes read, then "checking"), then the preview or
 * why the file is refused, with the same messages as on the page. Cancelling terminates the worker.
 */
import { importFile } from '$lib/domain/formats';
import type { ImportReply, ImportRequest } from '$lib/state/teach-import.svelte';

const post = (reply: ImportReply) => postMessage(reply);
/** Progress is sent about every this many bytes. */
const STEP = 256 * 1024;

/** The file's bytes, read in chunks with the count sent as it grows; then "checking" (the readers give no count). */
async function readWithProgress(file: File): Promise<ArrayBuffer> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let read = 0;
  let told = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (read + value.length > bytes.length) throw new Error('the file changed while it was read');
    bytes.set(value, read);
    read += value.length;
    if (read - told >= STEP) {
      told = read;
      post({ type: 'progress', read, total: file.size });
    }
  }
  post({ type: 'checking' });
  return read === bytes.length ? bytes.buffer : bytes.slice(0, read).buffer;
}

onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file, as } = event.data;
  post({ type: 'progress', read: 0, total: file.size });
  try {
    const result = await importFile(
      { name: file.name, size: file.size, arrayBuffer: () => readWithProgress(file) },
      as
    );
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
