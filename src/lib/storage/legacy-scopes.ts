/**
 * Gives progress written before scopes (database version 3, backup version 1) its scope, the same way for the
 * database upgrade and for restoring an old backup. A card follows the scope of the latest answer that wrote it.
 */
import type { AttemptRecord, CardRecord, ScheduleRecord } from './records';
import { scopeOf, type Scope } from './scope';

export interface LegacyProgress<A> {
  attempts: readonly A[];
  cards: readonly CardRecord[];
}

export interface LegacyContext {
  /** Ids of the built-in packs, when the app knows them. */
  builtInPackIds: ReadonlySet<string> | null;
  /** Ids of the packs stored as own packs; without the built-in list, any other pack is taken as built in. */
  storedPackIds: ReadonlySet<string>;
}

type LegacyAttempt = Omit<AttemptRecord, 'scope'>;

/**
 * Without the built-in list, a pack that is not stored is taken as built in, except for a quiz answer: a quiz link
 * may have carried a stranger's pack, so its answers stay with the quiz.
 */
function isBuiltInPack(attempt: Pick<LegacyAttempt, 'packId' | 'quizId'>, context: LegacyContext): boolean {
  if (context.builtInPackIds) return context.builtInPackIds.has(attempt.packId);
  return !attempt.quizId && !context.storedPackIds.has(attempt.packId);
}

function legacyAttemptScope(
  attempt: Pick<LegacyAttempt, 'packId' | 'quizId'>,
  context: LegacyContext
): Scope {
  return scopeOf({
    packId: attempt.packId,
    quizId: attempt.quizId,
    builtIn: isBuiltInPack(attempt, context)
  });
}

export function scopeLegacyProgress<A extends LegacyAttempt>(
  progress: LegacyProgress<A>,
  context: LegacyContext
): { attempts: (A & { scope: Scope })[]; schedules: ScheduleRecord[] } {
  const attempts = progress.attempts.map((a) => ({ ...a, scope: legacyAttemptScope(a, context) }));
  const latest = new Map<string, A & { scope: Scope }>();
  for (const a of attempts) {
    const key = JSON.stringify([a.packId, a.questionId]);
    const seen = latest.get(key);
    if (!seen || a.at > seen.at || (a.at === seen.at && a.id > seen.id)) latest.set(key, a);
  }
  const schedules = progress.cards.map((card) => ({
    scope:
      latest.get(JSON.stringify([card.packId, card.questionId]))?.scope ??
      legacyAttemptScope({ packId: card.packId }, context),
    questionId: card.questionId,
    packId: card.packId,
    due: card.due,
    card: card.card
  }));
  return { attempts, schedules };
}
