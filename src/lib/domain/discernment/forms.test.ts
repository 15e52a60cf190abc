import { describe, expect, it } from 'vitest';
import { checkFormsFile } from './forms';
import { formsFixture as file, checkItemFixture as item } from './testing';

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
