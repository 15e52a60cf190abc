// Types of check-modules.mjs, for its test (the script itself stays plain JS so `npm run lint` needs no build).
export function listFiles(root: string, folders: string[]): string[];
export function importsOf(text: string): string[];
export function resolveImport(root: string, from: string, specifier: string): string | undefined;
export function buildGraph(root: string, files: string[]): Map<string, string[]>;
export function findCycles(graph: Map<string, string[]>): string[][];
export function findRooms(root: string, files: string[]): string[];
export function findBypasses(
  graph: Map<string, string[]>,
  rooms: string[]
): { from: string; to: string; door: string }[];
export function checkModules(root: string, folders?: string[]): string[];
