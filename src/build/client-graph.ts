/**
 * The client build's module graph, as Vite's manifest describes it: each output file with what it imports statically
 * and lazily. Build-time code (read by vite.config.ts to shape the precache, and by tests/e2e/pwa-build.spec.ts to
 * check it), never part of the app.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ClientChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}
export type ClientGraph = Record<string, ClientChunk>;

export const CLIENT_OUTPUT = '.svelte-kit/output/client';

/** The graph of the last client build, or null before there is one. */
export function readClientGraph(): ClientGraph | null {
  const manifest = join(CLIENT_OUTPUT, '.vite/manifest.json');
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as ClientGraph) : null;
}

/** Every output file (scripts and their styles) reachable from `keys`, by static imports, and lazy ones if `lazy`. */
export function reachable(graph: ClientGraph, keys: string[], lazy: boolean): Set<string> {
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = graph[key];
    if (seen.has(key) || !chunk) return;
    seen.add(key);
    [chunk.file, ...(chunk.css ?? [])].forEach((file) => files.add(file));
    [...(chunk.imports ?? []), ...(lazy ? (chunk.dynamicImports ?? []) : [])].forEach(visit);
  };
  keys.forEach(visit);
  return files;
}

/**
 * Kit's generated route node (`nodes/<n>.js`) of each page and layout, with the route files it loads (read from the
 * generated module, which names them) and whether it belongs to the teacher area.
 */
export function routeNodes(graph: ClientGraph): { key: string; source: string; teach: boolean }[] {
  return Object.keys(graph)
    .filter((key) => /generated\/client-optimized\/nodes\/\d+\.js$/.test(key) && existsSync(key))
    .map((key) => {
      const source = readFileSync(key, 'utf8');
      return { key, source, teach: /src\/routes\/teach\//.test(source) };
    });
}

/** Kit's start and app entries: what every page loads first. */
export function appEntries(graph: ClientGraph): string[] {
  return Object.keys(graph).filter((key) => /\/entry\//.test(graph[key].file));
}

/**
 * The files only the /teach pages load: their route code, components and styles. Everything a student page loads,
 * statically or lazily, is left out (the app entry's lazy imports are all the route nodes, so only its static ones
 * count).
 */
export function teachOnlyFiles(graph: ClientGraph): Set<string> {
  const nodes = routeNodes(graph);
  const student = new Set([
    ...reachable(graph, appEntries(graph), false),
    ...reachable(
      graph,
      nodes.filter((n) => !n.teach).map((n) => n.key),
      true
    )
  ]);
  const teach = reachable(
    graph,
    nodes.filter((n) => n.teach).map((n) => n.key),
    false
  );
  return new Set([...teach].filter((file) => !student.has(file)));
}
