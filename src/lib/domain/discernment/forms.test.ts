import { describe, expect, it } from 'vitest';
import { checkFormsFile, FORMS_FORMAT, FORMS_VERSION, type CheckItem, type FormsFile } from './forms';

function item(n: number, key: 'accurate' | 'altered'): CheckItem {
  const sentence = `Fact ${n} says ${n + 10} boats came.`;
  return key === 'accurate'
    ? {
        id: `i${n}`,
        statement: sentence,
        key,
        evidence: { sourceId: 's', sentence },
        detailKind: 'number',
        confidence: 0.85
      }
    : {
        id: `i${n}`,
        statement: sentence.replace(`${n + 10}`, '999'),
        key,
        change: { from: `${n + 10}`, to: '999' },
        evidence: { sourceId: 's', sentence },
        detailKind: 'number',
        confidence: 0.85
      };
}

function file(): FormsFile {
  const form = (offset: number) =>
    Array.from({ length: 20 }, (_, i) => item(offset + i, i % 2 ? 'altered' : 'accurate'));
  return {
    format: FORMS_FORMAT,
    version: FORMS_VERSION,
    edition: 'e1',
    seed: 1,
    sources: [{ id: 's', title: 'T', outlet: 'O' }],
    forms: { A: form(0), B: form(100) }
  };
}

describe('the forms file', () => {
  it('accepts two balanced forms', () => {
    expect(checkFormsFile(file())).toMatchObject({ ok: true });
  });

  it('refuses an unbalanced form, naming it', () => {
    const bad = file();
    bad.forms.B[1] = item(101, 'accurate');
    const result = checkFormsFile(bad);
    expect(result).toEqual({
      ok: false,
      message: 'the discernment forms file is not usable: forms.B: form B has 11 accurate items; it needs 10'
    });
  });

  it('refuses a fact used on both forms', () => {
    const bad = file();
    bad.forms.B[0] = { ...bad.forms.A[0], id: 'other' };
    expect(checkFormsFile(bad)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/used twice \(forms A and B\)/)
    });
  });

  it('refuses an "accurate" statement that is not what the source reports', () => {
    const bad = file();
    bad.forms.A[0] = { ...bad.forms.A[0], statement: 'Fact 0 says 11 boats came.' };
    expect(checkFormsFile(bad)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/forms\.A\[1\]\.statement: an accurate item states the sentence exactly/)
    });
  });

  it('refuses a form of the wrong length and a file of another kind', () => {
    const short = file();
    short.forms.A.pop();
    expect(checkFormsFile(short).ok).toBe(false);
    expect(checkFormsFile({ format: 'sourcewise-pack' })).toMatchObject({ ok: false });
  });
});
