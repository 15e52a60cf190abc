#!/usr/bin/env node
// The module graph's two rules, run by `npm run lint` (plain JS and no dependencies, so it needs no build):
//   1. no import cycles (a cycle is printed as its path);
//   2. rooms have one door: a room is a folder under src/lib/domain with an index.ts. For an import from file F to
//      file G, let R be the outermost room that holds G but not F; if there is one, G must be R/index.ts.
// A room may name side doors in its index.ts, on a line `// side doors: a.ts b.ts — why`: modules the app must be
// able to load one by one (a door that re-exports them all would load every one of them with any page).
// One more exception: a test (*.test.ts, *.spec.ts) may import a room's test helpers (test-fixtures.ts, testing.ts), which
// are no part of what the room offers the app.
// Every import counts: static, `import type`, `export … from` and dynamic `import('…')`. Specifiers that are relative
// or use the `$lib` alias (src/lib) are followed; packages and virtual modules are not.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = /\.(ts|js|mjs|svelte)$/;
const SKIP = new Set(['node_modules', '.svelte-kit', 'build', 'dist']);
const EXTENSIONS = ['', '.ts', '.js', '.svelte', '.mjs', '/index.ts', '/index.js'];

/** Every source file under the given folders, as absolute paths. */
export function listFiles(root, folders) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      if (SKIP.has(name)) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name) && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const folder of folders) if (existsSync(join(root, folder))) walk(join(root, folder));
  return files;
}

const STATIC =
  /(?:^|[;\n])[ \t]*(?:import|export)(?:[ \t]+type)?[ \t]*(?:[\w$*{}\s,]+?\s+from\s*)?['"]([^'"\n]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** The module specifiers a file's text imports. */
export function importsOf(text) {
  const found = [];
  for (const pattern of [STATIC, DYNAMIC]) for (const match of text.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** The file a specifier names, or undefined for packages, virtual modules and anything not on disk. */
export function resolveImport(root, from, specifier) {
  const bare = specifier.split('?')[0];
  let base;
  if (bare.startsWith('.')) base = resolve(dirname(from), bare);
  else if (bare === '$lib' || bare.startsWith('$lib/')) base = join(root, 'src/lib', bare.slice(4));
  else return undefined;
  for (const ext of EXTENSIONS) {
    const path = base + ext;
    if (existsSync(path) && statSync(path).isFile()) return path;
    // TypeScript lets `./x.js` name `./x.ts`.
    if (ext === '' && /\.js$/.test(path) && existsSync(path.replace(/\.js$/, '.ts')))
      return path.replace(/\.js$/, '.ts');
  }
  return undefined;
}

/** The import graph: file → the files it imports. */
export function buildGraph(root, files) {
  const graph = new Map();
  for (const file of files) {
    const targets = new Set();
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolveImport(root, file, specifier);
      if (target && target !== file) targets.add(target);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** One cycle per strongly connected component of more than one file (Tarjan), each as a closed path. */
export function findCycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  let next = 0;
  const connect = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(cyclePath(graph, new Set(component), v));
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  return cycles;
}

/** A shortest path from start back to itself inside a component (breadth-first). */
function cyclePath(graph, component, start) {
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of graph.get(v) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = previous.get(u)) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/** The rooms: folders under src/lib/domain (at any depth) holding an index.ts, outermost first. */
export function findRooms(root, files) {
  const domain = join(root, 'src/lib/domain') + sep;
  const rooms = new Set();
  for (const file of files)
    if (file.startsWith(domain) && /[\\/]index\.ts$/.test(file)) rooms.add(dirname(file));
  return [...rooms].sort((a, b) => a.length - b.length);
}

const TEST = /\.(test|spec)\.[jt]s$/;
const TEST_HELPER = /[\\/](test-fixtures|testing)\.ts$/;

/** The side doors a room's index.ts names (absolute paths). */
export function sideDoors(room) {
  const index = join(room, 'index.ts');
  const line = /^\/\/ side doors: ([^—\n]+)/m.exec(existsSync(index) ? readFileSync(index, 'utf8') : '');
  return new Set((line?.[1].trim().split(/\s+/) ?? []).map((file) => join(room, file)));
}

/** Imports that enter a room other than by its door (or a side door it names), as { from, to, door }. */
export function findBypasses(graph, rooms) {
  const sides = new Map(rooms.map((room) => [room, sideDoors(room)]));
  const inside = (file, room) => file.startsWith(room + sep);
  const bypasses = [];
  for (const [from, targets] of graph)
    for (const to of targets) {
      if (TEST.test(from) && TEST_HELPER.test(to)) continue;
      const room = rooms.find((r) => inside(to, r) && !inside(from, r));
      if (room && to !== join(room, 'index.ts') && !sides.get(room).has(to))
        bypasses.push({ from, to, door: join(room, 'index.ts') });
    }
  return bypasses;
}

/** Both checks over a project root; returns the problems as printable lines (none when all is well). */
export function checkModules(root, folders = ['src', 'bench', 'tests', 'scripts']) {
  const files = listFiles(root, folders);
  const graph = buildGraph(root, files);
  const rel = (file) => relative(root, file).split(sep).join('/');
  const problems = [];
  for (const cycle of findCycles(graph)) problems.push(`import cycle: ${cycle.map(rel).join(' → ')}`);
  for (const { from, to, door } of findBypasses(graph, findRooms(root, files)))
    problems.push(`door bypassed: ${rel(from)} imports ${rel(to)}; import ${rel(door)} instead`);
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = checkModules(process.cwd());
  if (problems.length) {
    console.error(
      `check-modules: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`
    );
    process.exitCode = 1;
  }
}
