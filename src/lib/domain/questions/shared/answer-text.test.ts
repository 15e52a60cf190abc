import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grade } from '../registry';
import { makeQuestion } from '../testing';
import { answerPattern, decimalSeparator, normalizeAnswerText, parseNumberInput } from './answer-text';

const shortAnswer = (answers: string[], extra: Record<string, unknown> = {}) =>
  makeQuestion({ id: 'q', type: 'short-answer', answers: answers.map((text) => ({ text })), ...extra });
const typed = (question: ReturnType<typeof shortAnswer>, text: string) =>
  grade(question, { type: 'short-answer', text }).correct;

/** What students type, and whether it counts: [accepted answer(s), typed, right?, question options]. */
const SHORT_ANSWERS: [string[], string, boolean, Record<string, unknown>?][] = [
  [['Paris'], 'Paris.', true],
  [['Paris'], 'paris', true],
  [['Paris'], 'PARIS!', true],
  [['Paris'], '“Paris”', true],
  [['Paris'], '«\u00a0Paris\u00a0»', true],
  [['Paris'], '"Paris"', true],
  [['Paris'], "'paris'", true],
  [['Paris'], '¿Paris?', true],
  [['Paris'], 'Paris...', true],
  [['Paris'], 'Parish', false],
  [['Paris'], 'Pari', false],
  [['Paris'], 'Paris, France', false],
  [['New York'], '  New   York ', true],
  [['New York'], 'new\tyork', true],
  [['New York'], 'NewYork', false],
  [["don't"], 'don’t', true],
  [["don't"], 'don´t', true],
  [["don't"], 'dont', false],
  [['Zürich'], 'Zurich', true],
  [['Zurich'], 'Zürich', true],
  [['Zürich'], 'Zurich', false, { accentsMatter: true }],
  [['Zürich'], 'zürich', true, { accentsMatter: true }],
  [['São Paulo'], 'sao paulo', true],
  [['Kraków'], 'Krakow', true],
  [['Straße'], 'STRASSE', true],
  [['København'], 'Kobenhavn', true],
  [['Москва'], 'москва', true],
  [['мой'], 'мои', false],
  [['ёж'], 'еж', true],
  [['NATO'], 'nato', false, { caseSensitive: true }],
  [['NATO'], 'NATO.', true, { caseSensitive: true }],
  [['C#'], 'C', false],
  [['C#'], 'c#', true],
  [['50%'], '50', false],
  [['-5'], '5', false],
  [['U.S.A.'], 'u.s.a', true],
  [['lateral reading'], 'Lateral reading.', true],
  [['lateral reading'], 'lateral-reading', false],
  [['Joint Base Elmendorf*'], 'Joint Base Elmendorf-Richardson.', true],
  [['Joint Base Elmendorf*'], 'Joint Base', false],
  [['*reading'], 'Lateral Reading', true],
  [['a\\*b'], 'a*b', true],
  [['a\\*b'], 'axb', false],
  [['H2O'], 'H₂O', true],
  [['102'], '10²', false],
  [['Ｐａｒｉｓ'], 'paris', true],
  [['office'], 'oﬃce', true],
  [['Reuters'], 'Reu\u200bters', true],
  [['Reuters'], '', false],
  [['Reuters'], '   .  ', false]
];

describe('short answers: what students type', () => {
  it.each(SHORT_ANSWERS)('%j: %j is right: %s', (answers, text, right, extra) => {
    expect(typed(shortAnswer(answers, extra), text)).toBe(right);
  });
});

/** Answers as teachers write them: words of letters, digits and inner apostrophes or hyphens. */
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9'-]{0,8}[A-Za-zÀ-ÿ0-9]$/);
const answerText = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u202f', '\n');
const surrounding = fc.constantFrom('.', '!', '?', '…', '"', "'", '“', '”', '«', '»', '„', ',', ';', ' ');

describe('short answers: each fold keeps a right answer right', () => {
  it('surrounding space, punctuation and quote marks', () => {
    fc.assert(
      fc.property(
        answerText,
        fc.array(surrounding, { maxLength: 3 }),
        fc.array(surrounding, { maxLength: 3 }),
        (a, before, after) => {
          expect(typed(shortAnswer([a]), before.join('') + a + after.join(''))).toBe(true);
        }
      )
    );
  });

  it('runs of white space between words', () => {
    fc.assert(
      fc.property(answerText, space, (a, s) => {
        expect(typed(shortAnswer([a]), a.replace(/ /g, s + s))).toBe(true);
      })
    );
  });

  it('case changes, unless case matters', () => {
    fc.assert(
      fc.property(answerText, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (a, upper) => {
        const changed = [...a].map((c, i) => (upper[i % 40] ? c.toUpperCase() : c.toLowerCase())).join('');
        expect(typed(shortAnswer([a]), changed)).toBe(true);
        if (changed !== a) expect(typed(shortAnswer([a], { caseSensitive: true }), changed)).toBe(false);
      })
    );
  });

  it('typographic apostrophes for straight ones', () => {
    fc.assert(
      fc.property(answerText, fc.constantFrom('’', '‘', 'ʼ', '´'), (a, apostrophe) => {
        expect(typed(shortAnswer([a]), a.replace(/'/g, apostrophe))).toBe(true);
      })
    );
  });

  it('accents left out, unless accents matter', () => {
    fc.assert(
      fc.property(answerText, (a) => {
        const plain = a.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        expect(typed(shortAnswer([a]), plain)).toBe(true);
        if (plain !== a.normalize('NFD').normalize('NFC'))
          expect(typed(shortAnswer([a], { accentsMatter: true }), plain)).toBe(false);
      })
    );
  });

  it('composed or decomposed accents alike, even when accents matter', () => {
    fc.assert(
      fc.property(answerText, (a) => {
        expect(typed(shortAnswer([a], { accentsMatter: true }), a.normalize('NFD'))).toBe(true);
      })
    );
  });

  it('and a wrong answer stays wrong: one more letter inside the word is not the answer', () => {
    fc.assert(
      fc.property(answerText, fc.constantFrom('x', 'q', 'z', '7'), (a, extra) => {
        const longer = a.slice(0, 1) + extra + a.slice(1);
        fc.pre(normalizeAnswerText(longer) !== normalizeAnswerText(a));
        expect(typed(shortAnswer([a]), longer)).toBe(false);
      })
    );
  });

  it('folds both sides the same way, so a fold of a fold changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        const once = normalizeAnswerText(s);
        expect(normalizeAnswerText(once)).toBe(once);
      })
    );
    // Found by the property above: NFKC makes three primes of a triple prime, which a second fold made apostrophes.
    expect(normalizeAnswerText('‴')).toBe("'''");
  });

  it('compiles each answer pattern once', () => {
    expect(answerPattern('Anchorage')).toBe(answerPattern('Anchorage'));
    expect(answerPattern('Anchorage', { caseSensitive: true })).not.toBe(answerPattern('Anchorage'));
  });
});

/** What students type for a number: [typed, pack language, read as (null: "not a number", told so)]. */
const NUMBERS: [string, string | undefined, number | null][] = [
  ['15', 'en', 15],
  ['15%', 'en', 15],
  ['15 %', 'en', 15],
  ['15\u00a0%', 'fr', 15],
  ['15 percent', 'en', 15],
  ['15 per cent', 'en', 15],
  ['15 Prozent', 'de', 15],
  ['+15', 'en', 15],
  ['-3.5', 'en', -3.5],
  ['−3.5', 'en', -3.5],
  ['1,000', 'en', 1000],
  ['1 000', 'en', 1000],
  ['1\u202f000', 'fr', 1000],
  ['1\u00a0000', 'fr', 1000],
  ['12,345,678', 'en', 12345678],
  ['1,000.5', 'en', 1000.5],
  ['1.000,5', 'de', 1000.5],
  ['1 000,5', 'fr', 1000.5],
  ['2,5', 'de', 2.5],
  ['2,5', 'en', 2.5],
  ['2.5', 'de', 2.5],
  ['1,000', 'de', 1],
  ['1.000', 'de', 1000],
  ['1.000', 'en', 1],
  ['0,500', 'en', 0.5],
  ["1'000", 'de-CH', 1000],
  ['1.5', 'de-CH', 1.5],
  ['.5', 'en', 0.5],
  ['15.', 'en', 15],
  ['-3e2', 'en', -300],
  ['１５', 'ja', 15],
  ['1945', undefined, 1945],
  ['15 km', 'en', null],
  ['fifteen', 'en', null],
  ['15-20', 'en', null],
  ['1,00,000', 'en', null],
  ['1.2.3', 'en', null],
  ['1,5.3', 'en', null],
  ['1 , 5', 'en', null],
  ['', 'en', null],
  ['%', 'en', null],
  ['1e400', 'en', null],
  ['0x10', 'en', null],
  ['Infinity', 'en', null]
];

describe('numbers: what students type', () => {
  it.each(NUMBERS)('%j in %s reads as %s', (text, language, value) => {
    expect(parseNumberInput(text, language)).toBe(value);
  });

  it('reads 15% as right where 15 is the answer, with the tolerance of the answer', () => {
    const q = makeQuestion({ id: 'n', type: 'numerical', answers: [{ value: 15, tolerance: 0.5 }] });
    for (const text of ['15%', '15 percent', '15,4', '+14.5'])
      expect(grade(q, { type: 'numerical', value: parseNumberInput(text, 'de') ?? NaN }).correct).toBe(true);
    expect(grade(q, { type: 'numerical', value: parseNumberInput('16%', 'en') ?? NaN }).correct).toBe(false);
  });

  it('takes the decimal mark from the language, "." when it is missing or not a language', () => {
    expect(decimalSeparator('de')).toBe(',');
    expect(decimalSeparator('pt-BR')).toBe(',');
    expect(decimalSeparator('en')).toBe('.');
    expect(decimalSeparator('de-CH')).toBe('.');
    expect(decimalSeparator(undefined)).toBe('.');
    expect(decimalSeparator('not a language')).toBe('.');
  });
});

const LANGUAGES = ['en', 'de', 'fr', 'de-CH', 'pt-BR', undefined];
const SEPARATORS: Record<',' | '.', string[]> = {
  '.': [',', ' ', '\u202f', '\u00a0'],
  ',': ['.', ' ', '\u202f', '\u00a0']
};

/** `n` as a person writes it: thousands grouped with `group`, `decimal` as the decimal mark. */
function written(n: number, decimal: string, group: string): string {
  const [whole, fraction] = Math.abs(n).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${n < 0 ? '-' : ''}${grouped}${decimal}${fraction}`;
}

describe('numbers: each way of writing a number reads as that number', () => {
  const cents = fc.integer({ min: -1e11, max: 1e11 }).map((c) => c / 100);

  it('thousands separators and the language’s decimal mark', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom(...LANGUAGES), fc.nat(3), (n, language, g) => {
        const decimal = decimalSeparator(language);
        const text = written(n, decimal, SEPARATORS[decimal][g]);
        expect(parseNumberInput(text, language)).toBeCloseTo(n, 6);
      })
    );
  });

  it('whole numbers grouped in threes, in any language', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e12 }), fc.constantFrom(...LANGUAGES), (n, language) => {
        const group = decimalSeparator(language) === ',' ? '.' : ',';
        expect(parseNumberInput(n.toLocaleString('en').replace(/,/g, group), language)).toBe(n);
        expect(parseNumberInput(n.toLocaleString('en').replace(/,/g, '\u202f'), language)).toBe(n);
      })
    );
  });

  it('a leading +, surrounding space and a percent sign or word change nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.constantFrom('', '+'),
        fc.constantFrom('', '%', ' %', ' percent', '\u00a0%'),
        space,
        (n, sign, percent, s) => {
          expect(parseNumberInput(`${s}${sign}${n}${percent}${s}`, 'en')).toBe(n);
        }
      )
    );
  });

  it('a unit or any other word after the number is not read as a number', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom('km', 'people', 'kg', 'ans', 'x'), (n, unit) => {
        expect(parseNumberInput(`${n} ${unit}`, 'en')).toBeNull();
      })
    );
  });
});
