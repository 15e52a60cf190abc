/**
 * Hostile payloads and a watch on the page for anything they could make happen: a dialog, a script that ran
 * (`window.__pwned`), an uncaught error or console error, a Content-Security-Policy violation, or an element the app
 * does not make itself (a script, frame or object added after load, an `on…` attribute, a `javascript:` address, an
 * image from a stranger's address).
 */
import { expect, type Page } from '@playwright/test';

export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1" onclick="window.__pwned=1">click</a>',
  '<svg onload="window.__pwned=1"></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>'
] as const;

/** Every payload in one string, after a label naming the field it sits in. */
export const hostile = (field: string): string => `${field} ${PAYLOADS.join(' ')}`;

/** A pattern that finds the payload shown as text (what a reader sees when it is inert). */
export const SHOWN_AS_TEXT = /<script>window\.__pwned=1<\/script>/;
/** What a format that reads HTML as markup (Anki notes, card tables) keeps of the payload: its words, as text. */
export const KEPT_AS_WORDS = /\[image: x\] javascript:window\.__pwned=1/;

export interface HostileWatch {
  /** Fails the test if any payload did anything; call at the end (and between steps if useful). */
  expectNothingRan(): Promise<void>;
}

/** Starts watching `page`; call before its first navigation. */
export async function watchForHostile(page: Page): Promise<HostileWatch> {
  const dialogs: string[] = [];
  const errors: string[] = [];
  const violations: string[] = [];
  const elements: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  await page.exposeBinding('__reportHostile', (_source, kind: string, detail: string) =>
    (kind === 'csp' ? violations : elements).push(detail)
  );
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportHostile: (kind: string, detail: string) => void })
      .__reportHostile;
    document.addEventListener('securitypolicyviolation', (event) =>
      report('csp', `${event.violatedDirective} ${event.blockedURI}`)
    );
    const suspicious = (el: Element): string | null => {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'frame'].includes(tag)) return `<${tag}>`;
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) return `<${tag} ${attr.name}>`;
        if (
          /^(href|src|action|formaction|xlink:href)$/i.test(attr.name) &&
          /^\s*(javascript|data|vbscript):/i.test(attr.value)
        )
          if (!(tag === 'img' && /^data:image\/(png|jpeg|gif|webp)/i.test(attr.value)))
            return `<${tag} ${attr.name}="${attr.value.slice(0, 40)}">`;
      }
      if (tag === 'img' && el.getAttribute('src') === 'x') return '<img src=x>';
      return null;
    };
    // The app's own page is in place by DOMContentLoaded (a static build); everything after it is watched.
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of Array.from(record.addedNodes)) {
          if (!(node instanceof Element)) continue;
          for (const el of [node, ...Array.from(node.querySelectorAll('*'))]) {
            const found = suspicious(el);
            if (found) report('element', found);
          }
        }
    });
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document, { childList: true, subtree: true })
    );
  });
  return {
    async expectNothingRan() {
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs, 'dialogs').toEqual([]);
      expect(violations, 'CSP violations').toEqual([]);
      expect(elements, 'elements the app does not make').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    }
  };
}
