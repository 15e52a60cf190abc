/**
 * A backup restored in a Web Worker, so a big one never freezes the page. Two jobs, each in a worker of its own:
 * - read: the file read, parsed and checked, bytes read out as they grow, then the checked backup or why it is
 *   refused. Nothing is stored then; the page asks first, and Cancel on the page ends this worker.
 * - restore: once the learner confirmed, the backup written in one transaction ($lib/state/worker-writes.ts), the
 *   stored packs' summaries out.
 */
import * as storage from '$lib/storage';
import { backupRead, parseBackupText, type BackupReply, type BackupRequest } from '$lib/state/backup-read';
import { readWithProgress } from '$lib/state/read-file';
import { restoreAndList, writeInWorker, type RestoreRequest } from '$lib/state/worker-writes';

const post = (reply: BackupReply) => postMessage(reply);

onmessage = async (event: MessageEvent<BackupRequest | RestoreRequest>) => {
  const request = event.data;
  if (request.type === 'restore') {
    postMessage(await writeInWorker(storage, request, restoreAndList));
    return;
  }
  try {
    const buffer = await readWithProgress(request.file, (read, total) =>
      post({ type: 'progress', read, total })
    );
    post({ type: 'checking' });
    const parsed = parseBackupText(new TextDecoder().decode(buffer));
    const ids = request.builtInPackIds && new Set(request.builtInPackIds);
    post({ type: 'done', result: parsed.ok ? backupRead(storage.checkBackup(parsed.data, ids)) : parsed });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
