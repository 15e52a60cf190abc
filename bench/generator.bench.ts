// Generator throughput: MB of article text per second and ms per article, over the corpus repeated until there is
// at least 1 MB of text (each copy is generated as its own one-article pack, as for a teacher's pasted article),
// plus the corpus-wide pack with its cross-article checks. Target: ≥ 1 MB/s.
// Each copy is a deep copy (fresh sentence objects, as a pasted article would be), so that nothing cached on
// one copy's objects can serve another. The figures are meant to describe a long-lived worker or CLI run, so the
// measured passes follow a warm-up of about half a megabyte; the warm-up's own rate is printed too, so the cold cost
// is not hidden. V8 keeps optimising well past the warm-up (on a 2-core machine the first measured pass spends a
// third of its CPU time in background compilation and GC), and a shared machine adds noise: so the 1 MB is
// generated three times, each pass is printed, and the median pass is the figure compared with the target.
import { loadArticles } from '../src/cli/corpus-loader';
import type { Article } from '../src/lib/domain/corpus/article';
import { defaultAnalyzers } from '../src/lib/domain/generate';
import { generatePack } from '../src/lib/domain/generate';
import type { Analyzers } from '../src/lib/domain/generate';

const TARGET_MB_PER_S = 1;
const MIN_BYTES = 1024 * 1024;
const WARM_UP_BYTES = 512 * 1024;

const corpus = await loadArticles('content/articles');
const bytes = (a: Article) => Buffer.byteLength(a.text, 'utf8');

/** The corpus repeated, as deep copies with their own ids, until there are at least `minBytes` of text. */
function repeated(label: string, minBytes: number): { copies: Article[]; total: number } {
  const copies: Article[] = [];
  let total = 0;
  for (let round = 0; total < minBytes; round++)
    for (const article of corpus) {
      copies.push({ ...structuredClone(article), id: `${article.id}-${label}${round}` });
      total += bytes(article);
    }
  return { copies, total };
}
const { copies, total } = repeated('', MIN_BYTES);

// Each analysis step is timed, to tell the analysis (quotes, claims, checks) from the generator's own work.
const spent = new Map<string, number>();
const timed = Object.fromEntries(
  Object.entries(defaultAnalyzers).map(([name, step]) => [
    name,
    (...args: unknown[]) => {
      const t = performance.now();
      try {
        return (step as (...a: unknown[]) => unknown)(...args);
      } finally {
        spent.set(name, (spent.get(name) ?? 0) + performance.now() - t);
      }
    }
  ])
) as unknown as Analyzers;

const one = (article: Article, seed: number) =>
  generatePack([article], { id: article.id, title: article.title, seed, analyzers: timed });

// Warm up the JIT, the heap and the NLP model, so the figures describe steady work.
const warmUp = repeated('warm-up-', WARM_UP_BYTES);
const warmUpCpu = process.cpuUsage();
const warmUpStarted = performance.now();
warmUp.copies.forEach((article, i) => one(article, i));
const warmUpSeconds = (performance.now() - warmUpStarted) / 1000;
const warmUpUsed = process.cpuUsage(warmUpCpu);
const warmUpMb = warmUp.total / 1024 / 1024;
spent.clear();

interface Pass {
  seconds: number;
  cpuSeconds: number;
  questions: number;
  perArticle: number[];
  /** Milliseconds in each analysis step during this pass. */
  steps: Map<string, number>;
}

function measuredPass(): Pass {
  spent.clear();
  let questions = 0;
  const perArticle: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  copies.forEach((article, i) => {
    const t = performance.now();
    questions += one(article, i).questions.length;
    perArticle.push(performance.now() - t);
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    questions,
    perArticle,
    steps: new Map(spent)
  };
}

const passes = [measuredPass(), measuredPass(), measuredPass()];
const median = [...passes].sort((a, b) => a.seconds - b.seconds)[1];
const { seconds, cpuSeconds, questions, perArticle } = median;
const analysis = [...median.steps.values()].reduce((a, b) => a + b, 0) / 1000;

const corpusStart = performance.now();
const corpusPack = generatePack(corpus, {
  id: 'corpus',
  title: 'Corpus',
  seed: 1,
  analyzers: defaultAnalyzers
});
const corpusMs = performance.now() - corpusStart;

const mb = total / 1024 / 1024;
const rate = mb / seconds;
const steps = [...median.steps.entries()]
  .map(([name, ms]) => `${name} ${((ms / 1000 / seconds) * 100).toFixed(0)}%`)
  .join(', ');
const sorted = [...perArticle].sort((a, b) => a - b);
const mean = perArticle.reduce((a, b) => a + b, 0) / perArticle.length;
const p95 = sorted[Math.floor(sorted.length * 0.95)];
console.log(
  `articles: ${copies.length} (${corpus.length} corpus articles repeated), ${mb.toFixed(2)} MB of text, ${questions} questions`
);
console.log(
  `warm-up first (fresh process, ${warmUp.copies.length} articles, ${warmUpMb.toFixed(2)} MB): ${(warmUpMb / warmUpSeconds).toFixed(2)} MB/s, ${(warmUpMb / ((warmUpUsed.user + warmUpUsed.system) / 1e6)).toFixed(2)} MB/s per CPU second`
);
console.log(
  `measured passes over the ${mb.toFixed(2)} MB: ${passes.map((p) => `${(mb / p.seconds).toFixed(2)} MB/s`).join(', ')} (in order; the median pass is reported below)`
);
console.log(
  `ms per article (median pass): mean ${mean.toFixed(1)}, p95 ${p95.toFixed(1)}, max ${sorted[sorted.length - 1].toFixed(1)}`
);
console.log(
  `corpus-wide pack (${corpus.length} articles, cross-article checks): ${corpusMs.toFixed(0)} ms, ${corpusPack.questions.length} questions`
);
console.log(
  `time in analysis steps: ${steps}; question builders and validation ${(((seconds - analysis) / seconds) * 100).toFixed(0)}%`
);
console.log(
  `builders and validation alone: ${(mb / (seconds - analysis)).toFixed(2)} MB/s; per CPU second (the machine may be shared): ${(mb / cpuSeconds).toFixed(2)} MB/s end to end`
);
console.log(
  `generator throughput (median of 3 passes): ${rate.toFixed(2)} MB/s end to end (target ≥ ${TARGET_MB_PER_S} MB/s) ${rate >= TARGET_MB_PER_S ? 'OK' : 'BELOW TARGET'}`
);
