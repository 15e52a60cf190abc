/**
 * Reading and checking an imported file in a Web Worker, so a large file never freezes the page. One message in (the
 * file, and how to read it when the teacher chose), progress out (bytes read, then "checking"), then the preview or
 * why the file is refused, with the same messages as on the page. Cancelling terminates the worker.
 */
import { importFile } from '$lib/domain/formats';
import { readWithProgress } from '$lib/state/read-file';
import type { ImportReply, ImportRequest } from '$lib/state/teach-import.svelte';

const post = (reply: ImportReply) => postMessage(reply);

onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file, as } = event.data;
  try {
    const result = await importFile(
      {
        name: file.name,
        size: file.size,
        arrayBuffer: async () => {
          const buffer = await readWithProgress(file, (read, total) =>
            post({ type: 'progress', read, total })
          );
          // The readers report no count: the page shows that the questions are being read and checked.
          post({ type: 'checking' });
          return buffer;
        }
      },
      as
    );
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
