/**
 * Storage: the IndexedDB database (idb) and its repositories. Every function takes an opened database
 * (`openSourcewiseDb`) and rejects only with a `StorageError` whose message can be shown as is.
 */
export {
  openSourcewiseDb,
  deleteSourcewiseDb,
  upgradeNeeded,
  DB_NAME,
  DB_VERSION,
  type SourcewiseDb,
  type OpenOptions
} from './db';
export {
  StorageError,
  isStorageError,
  STORAGE_MESSAGES,
  type StorageErrorKind,
  type StorageProblem
} from './errors';
export type {
  PackRecord,
  PackOrigin,
  AttemptRecord,
  CardRecord,
  ScheduleRecord,
  ClassRecord
} from './records';
export { BUILTIN_SCOPE, scopeOf, packScope, quizScope, type Scope } from './scope';
export { savePack, getPack, listPacks, listPackIds, deletePack, restorePack } from './packs';
export {
  recordAnswer,
  listAttempts,
  listCards,
  dueCards,
  countDue,
  saveSession,
  loadSession,
  clearSession,
  type AttemptQuery,
  type NewAttempt
} from './study';
export { answeredQuestions, readProgress, rebuildTallies, type StoredProgress } from './tallies';
export { getSetting, setSetting, SETTING_DEFAULTS, type Settings, type SettingKey } from './settings';
export { saveClassResult, listClassResults, deleteClassResult } from './classes';
export { getCheckRecord, saveCheckRecord } from './discernment';
export {
  exportAll,
  restoreAll,
  resetAll,
  checkBackup,
  summarizeBackup,
  type BackupSummary,
  type BackupCheck,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup
} from './backup';
export { storageStatus, requestPersistence, formatBytes, type StorageStatus } from './persistence';
