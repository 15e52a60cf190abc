/**
 * A backup file read, parsed and checked in a Web Worker, so restoring a big backup never freezes the page: bytes read
 * out as they grow, then the checked backup or why it is refused. Nothing is stored here; the page asks first, and
 * Cancel on the page ends this worker.
 */
import { checkBackup } from '$lib/storage';
import { backupRead, parseBackupText, type BackupReply, type BackupRequest } from '$lib/state/backup-read';
import { readWithProgress } from '$lib/state/read-file';

const post = (reply: BackupReply) => postMessage(reply);

onmessage = async (event: MessageEvent<BackupRequest>) => {
  const { file, builtInPackIds } = event.data;
  try {
    const buffer = await readWithProgress(file, (read, total) => post({ type: 'progress', read, total }));
    post({ type: 'checking' });
    const parsed = parseBackupText(new TextDecoder().decode(buffer));
    const ids = builtInPackIds && new Set(builtInPackIds);
    post({ type: 'done', result: parsed.ok ? backupRead(checkBackup(parsed.data, ids)) : parsed });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
