/** Questions the format tests share (unit tests and tests/e2e/teach-formats.spec.ts), written once. */

/** A single-answer choice about the Alaska summit: Anchorage (right) or Moscow. */
export const summitChoice = (
  id: string,
  prompt = 'Where did they meet?',
  more: { timeLimit?: number } = {}
) => ({
  id,
  type: 'choice' as const,
  prompt,
  explanation: '',
  skill: 'general',
  multiple: false,
  options: [
    { text: 'Anchorage', weight: 100 },
    { text: 'Moscow', weight: 0 }
  ],
  ...more
});
