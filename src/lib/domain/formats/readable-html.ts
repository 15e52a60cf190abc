/**
 * A saved web page reduced to its article with Mozilla's Readability (the library behind Firefox's Reader View):
 * the main text without navigation, share buttons, related links or comments, plus what the page says about
 * itself — the headline, the outlet (`og:site_name`), the publication date and the address. It reads a parsed
 * `Document` it is given (linkedom in Node, the browser's DOMParser on the page), so it never touches a global.
 * Readability changes the document it reads: pass one parsed for this call.
 */
import { Readability } from '@mozilla/readability';
import { articleFromHtml, MAX_ARTICLE_CHARS, type ArticleInput } from './article-input';

export interface PageArticle extends ArticleInput {
  /** The outlet as the page names itself; absent when it does not. */
  outlet?: string;
  /** `YYYY-MM-DD` when the page gives a date. */
  published?: string;
  url?: string;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function meta(page: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = clean(
      page
        .querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)
        ?.getAttribute('content')
    );
    if (value) return value;
  }
  return undefined;
}

/** `YYYY-MM-DD` from an ISO date or date-time; undefined for anything else (a date never guessed). */
function isoDay(value: string | null | undefined): string | undefined {
  return /^(\d{4}-\d{2}-\d{2})/.exec(clean(value))?.[1];
}

/** An http(s) address, or nothing. */
function webAddress(value: string | null | undefined): string | undefined {
  const url = clean(value);
  return /^https?:\/\/\S+$/i.test(url) ? url : undefined;
}

/** The article of a parsed page, or undefined when Readability finds no article text in it. */
export function readableArticle(page: Document): PageArticle | undefined {
  // Read what Readability may remove before it runs.
  const headings = [...page.querySelectorAll('h1')].map((h) => clean(h.textContent)).filter(Boolean);
  const outlet = meta(page, 'og:site_name', 'application-name');
  const published = isoDay(
    meta(page, 'article:published_time', 'datePublished', 'date', 'DC.date.issued') ??
      page.querySelector('time[datetime]')?.getAttribute('datetime')
  );
  const url = webAddress(
    page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(page, 'og:url')
  );
  const parsed = new Readability(page).parse();
  if (!parsed?.content) return undefined;
  const text = articleFromHtml(parsed.content).text.slice(0, MAX_ARTICLE_CHARS);
  if (!text.trim()) return undefined;
  // The page title often carries a section or the outlet ("Asia-pacific - Headline - Outlet"): the article's own
  // headline is the <h1> that title contains (not the site banner's <h1>, which it does not).
  const pageTitle = clean(parsed.title);
  const headline = headings.find((h) => h.length >= 10 && pageTitle.includes(h));
  return {
    text,
    title: headline ?? (pageTitle || headings[0]),
    outlet: outlet || clean(parsed.siteName) || undefined,
    published: published ?? isoDay(parsed.publishedTime),
    url
  };
}
