// "Next" to the next question on screen: the time from the click to the end of the first frame that shows the next
// question (measured after that frame's paint), and whether that was the first frame after the click.
import type { Page } from '@playwright/test';
import type { Pack } from '../src/lib/domain/packs/schema';
import { answerRight, currentQuestion, nextButton } from '../tests/e2e/helpers/study';

declare global {
  interface Window {
    __nextPaints?: { ms: number; frames: number }[];
  }
}

/**
 * Installed in the page: on each click of "Next", counts animation frames until one shows another question, and takes
 * the time once that frame is painted (a message posted from its animation-frame callback arrives after the paint).
 * The listener is on the capture phase, so it runs before the app's own handler: the first frame counted is the next.
 */
const WATCH_NEXT = `(() => {
  const seen = (window.__nextPaints = []);
  const shown = () => document.querySelector('[data-question-id]')?.getAttribute('data-question-id');
  document.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button || !/^\\s*Next\\b/.test(button.textContent ?? '')) return;
    const before = shown();
    let frames = 0;
    const frame = () => {
      frames++;
      const now = shown();
      if (now && now !== before) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => seen.push({ ms: performance.now() - event.timeStamp, frames });
        channel.port2.postMessage(null);
      } else if (frames < 120) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, true);
})()`;

/** Answers a session of `pack` right at `cpu`× CPU slowdown and times every "Next" but the last. */
export async function nextPaints(page: Page, url: string, pack: Pack, cpu: number) {
  await page.goto(url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  // A string, so tsx leaves it as written (its helpers do not exist in the page).
  await page.evaluate(WATCH_NEXT);
  const total = Number(
    await page.getByRole('progressbar', { name: 'Session progress' }).getAttribute('aria-valuemax')
  );
  for (let position = 1; position < total; position++) {
    await answerRight(page, await currentQuestion(page, pack, position));
    await nextButton(page).click();
  }
  await currentQuestion(page, pack, total);
  const seen = await page.evaluate(() => window.__nextPaints ?? []);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return seen;
}
