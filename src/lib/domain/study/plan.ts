/**
 * Which questions a session asks, and in what order: due reviews first, then new questions up to the day's limit of
 * new ones (as Anki does: the limit caps only new questions), interleaved across types and skills and shuffled with a
 * seed. Pure: the cards, the time and the seed are arguments.
 */
import { seededRandom, shuffled } from '../hash';

/** The lengths a learner can choose when starting a pack. */
export const SESSION_LENGTHS = [10, 20, 'all'] as const;
export type SessionLength = (typeof SESSION_LENGTHS)[number];
export const DEFAULT_SESSION_LENGTH: SessionLength = 20;
/** New questions a day, unless the learner changes it in the settings. */
export const DEFAULT_DAILY_NEW = 20;

/** What the planner needs to know about one question of the pack. */
export interface PlanCandidate {
  id: string;
  type: string;
  skill: string;
  /** When its card is due (epoch ms); absent for a question without a card. */
  due?: number;
  /** Answered at least once on this device. A seen question without a card (not scored) is done. */
  seen: boolean;
  /** A reading card ("Read this first"): asked before the new questions, never interleaved among them. */
  intro?: boolean;
}

export interface PlanOptions {
  candidates: readonly PlanCandidate[];
  now: Date;
  seed: number;
  /** A length the learner chose, or any cap (the review queue's batch). */
  length: SessionLength | number;
  /** How many new questions the day's limit still allows. */
  newAllowed: number;
  /** Practise questions that are not due yet (the learner asked to, once nothing else is left). */
  ahead?: boolean;
}

export interface SessionPlan {
  questionIds: string[];
  /** Due reviews in the session. */
  due: number;
  /** New questions in the session. */
  fresh: number;
  /** New questions the session had room for but the day's limit left out. */
  heldBack: number;
  /** Seen questions that are not due yet (what "practise anyway" would ask). */
  notDue: number;
}

type Item = Pick<PlanCandidate, 'id' | 'type' | 'skill'>;

/**
 * Orders items so that two of the same type follow each other only when no other type is left, and, among the items
 * of the chosen type, one of another skill comes first. The type with the most items left goes next (ties: the type
 * whose next item comes first in the shuffled order), so a big type is spread over the whole session instead of piling
 * up at its end. Each step looks at the types, not at every item left, and stops after `limit` items: a session of 20
 * from a pack of thousands costs little more than from a pack of 20 (the first `limit` are the same either way).
 */
export function interleave<T extends Item>(
  items: readonly T[],
  random: () => number,
  previous?: Pick<Item, 'type' | 'skill'>,
  limit = Infinity
): T[] {
  // The items left of each type, in the shuffled order, with their place in it (for ties).
  const queues = new Map<string, { item: T; at: number }[]>();
  shuffled(items, random).forEach((item, at) => {
    const queue = queues.get(item.type);
    if (queue) queue.push({ item, at });
    else queues.set(item.type, [{ item, at }]);
  });
  const out: T[] = [];
  let last = previous;
  while (queues.size && out.length < limit) {
    let best: { item: T; at: number }[] | undefined;
    for (const [type, queue] of queues) {
      if (type === last?.type && queues.size > 1) continue;
      if (!best || queue.length > best.length || (queue.length === best.length && queue[0].at < best[0].at))
        best = queue;
    }
    const queue = best!;
    const index = Math.max(
      0,
      queue.findIndex((entry) => entry.item.skill !== last?.skill)
    );
    const [{ item }] = queue.splice(index, 1);
    if (!queue.length) queues.delete(item.type);
    out.push(item);
    last = item;
  }
  return out;
}

/** Plans a session; the same candidates, time and seed always give the same plan. */
export function planSession({
  candidates,
  now,
  seed,
  length,
  newAllowed,
  ahead = false
}: PlanOptions): SessionPlan {
  const t = now.getTime();
  const random = seededRandom(seed);
  const cap = length === 'all' ? Infinity : length;
  const byDue = (a: PlanCandidate, b: PlanCandidate) => a.due! - b.due! || a.id.localeCompare(b.id);
  const due = candidates.filter((c) => c.due !== undefined && c.due <= t).sort(byDue);
  const fresh = candidates.filter((c) => !c.seen && c.due === undefined);
  const notDue = candidates.filter((c) => c.due !== undefined && c.due > t).sort(byDue);

  const dueTaken = interleave(due.slice(0, cap), random);
  const room = Math.max(0, cap - dueTaken.length);
  const freshRoom = Math.min(room, fresh.length);
  const freshCount = Math.min(freshRoom, Math.max(0, newAllowed));
  const intros = fresh.filter((c) => c.intro);
  const others = interleave(
    fresh.filter((c) => !c.intro),
    random,
    dueTaken.at(-1),
    Math.max(0, freshCount - intros.length)
  );
  const freshTaken = [...intros, ...others].slice(0, freshCount);
  const aheadTaken = ahead
    ? interleave(notDue.slice(0, room - freshTaken.length), random, freshTaken.at(-1) ?? dueTaken.at(-1))
    : [];
  return {
    questionIds: [...dueTaken, ...freshTaken, ...aheadTaken].map((c) => c.id),
    due: dueTaken.length,
    fresh: freshTaken.length,
    heldBack: freshRoom - freshCount,
    notDue: notDue.length
  };
}

/**
 * New questions started on the local day of `now`: distinct questions whose first answer falls on that day. Pass
 * every answer of the questions answered today (earlier ones included), so a question seen before is not new.
 */
export function newStartedToday(
  attempts: readonly { questionId: string; at: number }[],
  now: Date,
  utcOffsetMinutes: number
): number {
  const first = new Map<string, number>();
  for (const a of attempts) first.set(a.questionId, Math.min(first.get(a.questionId) ?? Infinity, a.at));
  const start = startOfLocalDay(now, utcOffsetMinutes);
  return [...first.values()].filter((at) => at >= start && at < start + DAY_MS).length;
}

const DAY_MS = 86_400_000;

/** The instant the local day of `now` began (epoch ms). */
export function startOfLocalDay(now: Date, utcOffsetMinutes: number): number {
  const shift = utcOffsetMinutes * 60_000;
  return Math.floor((now.getTime() + shift) / DAY_MS) * DAY_MS - shift;
}

/**
 * The questions answered wrong recently, latest first: each question whose latest scored answer (at or after
 * `since`) was not fully right, ordered by that answer's time. A question answered right since is no longer missed.
 */
export function recentlyMissed(
  attempts: readonly { questionId: string; at: number; correct: boolean; graded?: boolean }[],
  since: number,
  limit = Infinity
): string[] {
  const latest = new Map<string, { at: number; correct: boolean }>();
  for (const a of attempts) {
    if (a.graded === false || a.at < since) continue;
    const prev = latest.get(a.questionId);
    if (!prev || a.at >= prev.at) latest.set(a.questionId, a);
  }
  return [...latest]
    .filter(([, a]) => !a.correct)
    .sort(([idA, a], [idB, b]) => b.at - a.at || idA.localeCompare(idB))
    .slice(0, limit)
    .map(([id]) => id);
}
