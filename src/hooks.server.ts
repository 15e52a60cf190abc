import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reachable, readClientGraph, type ClientGraph } from './build/client-graph';

/**
 * Pages whose stylesheets are written into the page itself when it is prerendered. The home page is the first screen
 * of a first visit: each stylesheet it links holds back the first paint by a round trip on a phone network, and when
 * the sheets arrive after the scripts the page paints only once those have run (Lighthouse, slow 4G: LCP 2.7 s in
 * such runs, 1.6 s in every run without linked sheets). Only the home page: every prerendered page is precached,
 * within a 1 MB budget, and the global sheet is 6 KB; later pages come from the service worker's cache, where a linked
 * sheet costs no round trip. Kit's own `inlineStyleThreshold` (svelte.config.js) is one size for every page.
 */
const INLINED_PAGES = new Set(['/']);

/** A stylesheet link as Kit writes it into a prerendered page (`./_app/immutable/assets/<name>.css`). */
const STYLESHEET_LINK = /<link href="\.\/(_app\/immutable\/assets\/[\w.-]+\.css)" rel="stylesheet">/g;

/** Where the client build's files are while Kit prerenders (the project root is the working directory). */
const CLIENT_OUTPUT = join('.svelte-kit', 'output', 'client');

/**
 * Replaces each linked stylesheet by its rules in a <style> (allowed by the policy's style-src 'unsafe-inline'),
 * keeping the link disabled as Kit does for the sheets it inlines, so that the client does not fetch it again when a
 * later page needs it.
 */
export function inlineStylesheets(html: string, read: (file: string) => string): string {
  return html.replace(STYLESHEET_LINK, (link, file: string) => {
    const rules = read(file);
    if (/<\/style/i.test(rules)) throw new Error(`${file} holds "</style", which cannot be inlined`);
    return `<style>${rules}</style>${link.replace('rel="stylesheet">', 'rel="stylesheet" disabled media="(max-width: 0)">')}`;
  });
}

/** A module preload as Kit writes it into a prerendered page (`./` or `../` and so on, then the file). */
const MODULEPRELOAD_LINK =
  /<link href="((?:\.\.?\/)+)(_app\/immutable\/[\w./~-]+\.js)" rel="modulepreload">/g;

/**
 * Adds a module preload for every chunk that the page's preloaded chunks import statically and Kit left out. Kit walks
 * the client manifest depth first and skips a chunk it has already met behind a lazy import (the app state imports
 * the storage code lazily, for one), so whether a page preloads it depends on the order of imports in a chunk; a chunk
 * left out is found only once its importer has arrived and been parsed, a round trip later.
 */
export function completeModulepreloads(html: string, graph: ClientGraph): string {
  const links = [...html.matchAll(MODULEPRELOAD_LINK)];
  if (!links.length) return html;
  const keyOf = new Map(Object.entries(graph).map(([key, chunk]) => [chunk.file, key]));
  const listed = new Set(links.map((link) => link[2]));
  const keys = [...listed].flatMap((file) => keyOf.get(file) ?? []);
  // Static imports only: a chunk behind a lazy import is fetched when it is needed.
  const missing = [...reachable(graph, keys, false)].filter(
    (file) => file.endsWith('.js') && !listed.has(file)
  );
  if (!missing.length) return html;
  const [last] = links.at(-1)!;
  const prefix = links[0][1];
  const added = missing.map((file) => `<link href="${prefix}${file}" rel="modulepreload">`).join('');
  return html.replace(last, `${last}${added}`);
}

/** The client build's graph, read once per prerender. */
let clientGraph: ClientGraph | null | undefined;

export const handle: Handle = ({ event, resolve }) => {
  if (!building) return resolve(event);
  const graph = (clientGraph ??= readClientGraph());
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const complete = graph ? completeModulepreloads(html, graph) : html;
      return INLINED_PAGES.has(event.url.pathname)
        ? inlineStylesheets(complete, (file) => readFileSync(join(CLIENT_OUTPUT, file), 'utf8'))
        : complete;
    }
  });
};
