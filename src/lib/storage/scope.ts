/**
 * Progress scopes: every schedule and attempt belongs to one, so no pack can touch another's progress.
 * `builtin` is shared by all built-in packs (the corpus pack and the article packs hold the same questions);
 * `pack:<id>` is one own pack (authored, imported, generated); `quiz:<id>` holds the questions a classroom quiz link
 * carries that are not in a built-in pack.
 */
// Plain functions only (no zod): records.ts holds the schema of a stored scope.
export const BUILTIN_SCOPE = 'builtin';
export type Scope = typeof BUILTIN_SCOPE | `pack:${string}` | `quiz:${string}`;

export const SCOPE_PATTERN = /^(builtin|pack:.+|quiz:.+)$/s;

export const packScope = (packId: string): Scope => `pack:${packId}`;
export const quizScope = (quizId: string): Scope => `quiz:${quizId}`;

/**
 * The scope an answer belongs to. `builtIn` says whether the question was read from a built-in pack (not merely
 * whether a pack claims a built-in id); a quiz answer on anything else is kept with its quiz.
 */
export function scopeOf(where: { packId: string; builtIn: boolean; quizId?: string }): Scope {
  if (where.builtIn) return BUILTIN_SCOPE;
  return where.quizId ? quizScope(where.quizId) : packScope(where.packId);
}
