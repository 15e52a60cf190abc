// Import of 5,000 questions in each registered format: the file is written by the format's own writer from a pack
// of questions that format holds (every plain type for JSON, GIFT and Moodle XML; single-answer choice for Aiken and
// Kahoot), then read back through the registry (detect, parse, validate) as the teacher's import page does.
// Target: ≤ 1 s per format. Node only; import.bench.ts measures GIFT in Chromium with storage as well.
import { assemblePack } from '../src/lib/domain/packs/build';
import type { Question } from '../src/lib/domain/packs/schema';
import {
  EXPORT_FORMATS,
  FORMATS,
  READ_FORMATS,
  exportPack,
  importBytes,
  type ExportFormat
} from '../src/lib/domain/formats';

const TARGET_MS = 1000;
const QUESTIONS = 5000;
const RUNS = 5;
const base = { skill: 'general', explanation: 'Because the source says so.' } as const;

const choice = (i: number): Question => ({
  ...base,
  id: `c${i}`,
  type: 'choice',
  prompt: `Which city hosted meeting ${i}?`,
  multiple: false,
  options: [
    { text: `Anchorage ${i}`, weight: 100, feedback: 'Right' },
    { text: 'Moscow', weight: 0 },
    { text: 'Geneva', weight: 0 }
  ]
});

/** Every plain type, with feedback, categories and tags, so readers do real work. */
const kinds: ((i: number) => Question)[] = [
  choice,
  (i) => ({
    ...base,
    id: `t${i}`,
    type: 'true-false',
    prompt: `Statement ${i} is true & proven.`,
    answer: i % 2 === 0,
    feedbackTrue: 'Yes',
    feedbackFalse: 'No'
  }),
  (i) => ({
    ...base,
    id: `n${i}`,
    type: 'numerical',
    prompt: `When was it (${i})?`,
    answers: [
      { value: 1800 + i, tolerance: 2, weight: 100 },
      { min: 1800 + i, max: 1810 + i, weight: 50 }
    ]
  }),
  (i) => ({
    ...base,
    id: `m${i}`,
    type: 'matching',
    prompt: `Match ${i}: capitals.`,
    pairs: [
      { left: 'Canada', right: 'Ottawa' },
      { left: 'Italy', right: 'Rome' },
      { left: '', right: 'Paris' }
    ]
  }),
  (i) => ({
    ...base,
    id: `s${i}`,
    type: 'short-answer',
    prompt: `Grant is buried in tomb ${i}: _____`,
    caseSensitive: false,
    answers: [
      { text: 'entombed', weight: 100 },
      { text: 'buried', weight: 50 }
    ]
  }),
  (i) => ({ ...base, id: `o${i}`, type: 'open-response', prompt: `Write about source ${i}.` })
];

const mixed = Array.from({ length: QUESTIONS }, (_, i) => ({
  ...kinds[i % kinds.length](i),
  // Grouped by category, as Moodle exports are (GIFT and Moodle XML write a category line or element per group).
  tags: [`category:$course$/top/Unit ${Math.floor(i / 715)}`, `unit-${i % 7}`]
}));
const choices = Array.from({ length: QUESTIONS }, (_, i) => choice(i));
/** Which pack each format is measured with: the questions it holds without loss. */
const HOLDS_EVERY_TYPE: ExportFormat[] = ['json', 'gift', 'moodle-xml'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const toBuffer = (data: string | Uint8Array): ArrayBuffer => {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

// Formats written and read (an Anki deck is written only).
for (const format of EXPORT_FORMATS.filter((id) => (READ_FORMATS as readonly string[]).includes(id))) {
  const questions = HOLDS_EVERY_TYPE.includes(format) ? mixed : choices;
  const file = await exportPack(assemblePack({ id: `bench-${format}`, title: 'Bench' }, questions), format);
  const buffer = toBuffer(file.data);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let imported = 0;
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await importBytes(file.fileName, buffer.slice(0));
    const took = performance.now() - started;
    const used = process.cpuUsage(cpu);
    if (!result.ok) throw new Error(`${format}: ${result.problems[0]?.message}`);
    imported = result.preview.pack.questions.length;
    // The first run loads the reader: not counted.
    if (run > 0) {
      times.push(took);
      cpuTimes.push((used.user + used.system) / 1000);
    }
  }
  const ms = median(times);
  // CPU time says how much work it was when the machine is shared (wall time then includes waiting for a core).
  console.log(
    `${FORMATS[format].label.padEnd(28)} ${String(imported).padStart(5)} questions, ${(buffer.byteLength / 1024).toFixed(0).padStart(5)} KB: ${ms.toFixed(0).padStart(5)} ms (CPU ${median(cpuTimes).toFixed(0)} ms; target ≤ ${TARGET_MS} ms) ${ms <= TARGET_MS ? 'ok' : 'OVER TARGET'}`
  );
}
