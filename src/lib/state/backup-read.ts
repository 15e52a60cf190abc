/**
 * A backup file's text parsed and checked in full, the work a restore does before it asks anything: in a Web Worker
 * made by the settings page (settings/backup.worker.ts), so a big backup never freezes the page, or on the page when
 * there is no worker. Storage's own `checkBackup` does the checking; nothing is written here.
 */
import { parseJsonInert } from '$lib/domain/encoding';
import type { Backup, BackupCheck } from '$lib/storage';
import type { WorkerEnd } from './worker-job';

export type BackupRead =
  | { ok: true; backup: Backup }
  | { ok: false; problem: 'empty' | 'not-json' }
  | { ok: false; problem: 'invalid'; path: string; message: string };

/** What the page sends the backup worker: the file, and the built-in pack ids (a version 1 backup needs them). */
export interface BackupRequest {
  type: 'read';
  file: File;
  builtInPackIds: string[] | null;
}

/** Bytes of the backup file read so far, then that all are and the backup is being parsed and checked. */
export type BackupUpdate = { type: 'progress'; read: number; total: number } | { type: 'checking' };

export type BackupReply = BackupUpdate | WorkerEnd<BackupRead>;

/** The file's text as JSON, or why it is not a backup file at all (no storage code is needed for that). */
export function parseBackupText(
  text: string
): { ok: true; data: unknown } | Extract<BackupRead, { ok: false }> {
  if (!text.trim()) return { ok: false, problem: 'empty' };
  try {
    return { ok: true, data: parseJsonInert(text) };
  } catch {
    return { ok: false, problem: 'not-json' };
  }
}

/** A storage check's answer as a `BackupRead`. */
export const backupRead = (checked: BackupCheck): BackupRead =>
  checked.ok ? checked : { ok: false, problem: 'invalid', path: checked.path, message: checked.message };
