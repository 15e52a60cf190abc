import { describe, expect, it } from 'vitest';
import { questionSchema } from '$lib/domain/packs/schema';
import { SUGGESTED_TIME_LIMITS, timeLimitFromInput, timeLimitText } from './time-limit';

const question = (timeLimit: number | undefined) => ({
  id: 'q',
  type: 'true-false',
  prompt: 'Timed?',
  skill: 'general',
  answer: true,
  ...(timeLimit === undefined ? {} : { timeLimit })
});

describe('the time limit field', () => {
  it('reads seconds, and an empty box as no time limit of its own', () => {
    expect(timeLimitFromInput('30')).toBe(30);
    expect(timeLimitFromInput(' 45 ')).toBe(45);
    expect(timeLimitFromInput('')).toBeUndefined();
    expect(timeLimitFromInput('  ')).toBeUndefined();
  });

  it('keeps what the browser could not read as a number, so validation marks it', () => {
    expect(timeLimitFromInput('', true)).toBeNaN();
    expect(timeLimitFromInput('1e999')).toBeNaN();
  });

  it('passes on values the pack validation then refuses with one message', () => {
    for (const text of ['3', '500', '7.5', '-10']) {
      const result = questionSchema.safeParse(question(timeLimitFromInput(text)));
      expect(result.success, text).toBe(false);
      expect(result.error!.issues[0].message).toBe('a time limit is whole seconds from 5 to 240');
    }
    expect(questionSchema.safeParse(question(timeLimitFromInput('', true))).success).toBe(false);
    expect(questionSchema.safeParse(question(timeLimitFromInput('30'))).success).toBe(true);
  });

  it('shows a stored limit, and nothing for none', () => {
    expect(timeLimitText(30)).toBe('30');
    expect(timeLimitText(undefined)).toBe('');
    expect(timeLimitText(NaN)).toBe('');
  });

  it('suggests only values the pack accepts', () => {
    for (const seconds of SUGGESTED_TIME_LIMITS)
      expect(questionSchema.safeParse(question(seconds)).success).toBe(true);
  });
});
