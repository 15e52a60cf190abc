/** Settings kept in the `meta` store, each checked on read and falling back to its default. */
import { z } from 'zod';
import { reportProblem, type SourcewiseDb } from './db';
import { guard, StorageError } from './errors';
import { describeZodError } from './records';
import { DEFAULT_DAILY_NEW, DEFAULT_SESSION_LENGTH } from '../domain/study/plan';

export const settingSchemas = {
  theme: z.enum(['light', 'dark', 'system']),
  /** The app has asked the browser for persistent storage (ask once, not on every visit). */
  persistenceAsked: z.boolean(),
  /** The first-visit welcome has been dismissed. */
  onboarded: z.boolean(),
  /** The session length last chosen when starting a pack. */
  sessionLength: z.union([z.literal(10), z.literal(20), z.literal('all')]),
  /** New questions a day (reviews are not limited). */
  dailyNewLimit: z.number().int().min(1).max(1000),
  /** New questions allowed today on top of the limit ("more today"), for the local day it was given. */
  extraNew: z.object({ day: z.string(), count: z.number().int().nonnegative() }),
  /** Days after a discernment check before the next one is offered. */
  checkAfterDays: z.number().int().min(0).max(365),
  /** Practice answers after a discernment check before the next one is offered. */
  checkAfterAnswers: z.number().int().min(0).max(10_000)
};

export type Settings = { [K in keyof typeof settingSchemas]: z.infer<(typeof settingSchemas)[K]> };
export type SettingKey = keyof Settings;

export const SETTING_DEFAULTS: Settings = {
  theme: 'system',
  persistenceAsked: false,
  onboarded: false,
  sessionLength: DEFAULT_SESSION_LENGTH,
  dailyNewLimit: DEFAULT_DAILY_NEW,
  extraNew: { day: '', count: 0 },
  checkAfterDays: 7,
  checkAfterAnswers: 50
};

const storageKey = (key: SettingKey) => `setting:${key}`;

export async function getSetting<K extends SettingKey>(db: SourcewiseDb, key: K): Promise<Settings[K]> {
  const value = await guard(() => db.get('meta', storageKey(key)));
  if (value === undefined) return SETTING_DEFAULTS[key];
  const parsed = settingSchemas[key].safeParse(value);
  if (parsed.success) return parsed.data as Settings[K];
  reportProblem(db, {
    store: 'meta',
    key: storageKey(key),
    message: `setting "${key}" was unreadable and is back to its default: ${describeZodError(parsed.error)}`
  });
  return SETTING_DEFAULTS[key];
}

export async function setSetting<K extends SettingKey>(
  db: SourcewiseDb,
  key: K,
  value: Settings[K]
): Promise<void> {
  const parsed = settingSchemas[key].safeParse(value);
  if (!parsed.success)
    throw new StorageError('invalid', `Setting "${key}" was not saved: ${describeZodError(parsed.error)}`);
  await guard(() => db.put('meta', parsed.data, storageKey(key)));
}
