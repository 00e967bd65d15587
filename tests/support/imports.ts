import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";

/** Reads a module's text; tests pass an in-memory tree to prove the checks catch a bad one. */
export type ReadModule = (file: string) => string | undefined;

const fromDisk: ReadModule = (file) => (existsSync(file) ? readFileSync(file, "utf8") : undefined);

/** Every `.ts` file under `dir`, recursively, as absolute paths. */
export function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/**
 * The project modules `file` refers to: static imports and re-exports (type-only ones too),
 * `import()` (also in type positions) and `require()`, resolved the way TypeScript's
 * CommonJS resolution does (`x.ts`, `x/index.ts`). Packages and Node built-ins are left out.
 * @throws Error naming the file and specifier when a relative one resolves to no module.
 */
export function importsOf(file: string, read: ReadModule = fromDisk): string[] {
  const text = read(file);
  if (text === undefined) throw new Error(`${file}: no such module`);
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((ref) => ref.fileName)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => {
      const base = resolve(dirname(file), specifier.replace(/\.js$/, ""));
      const found = [`${base}.ts`, join(base, "index.ts")].find((candidate) => read(candidate) !== undefined);
      if (!found) throw new Error(`${file}: cannot resolve "${specifier}"`);
      return found;
    });
}

/** The import graph reachable from `entries`: module → the project modules it refers to. */
export function importGraph(entries: readonly string[], read: ReadModule = fromDisk): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [...entries];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (graph.has(file)) continue;
    const imports = importsOf(file, read);
    graph.set(file, imports);
    pending.push(...imports.filter((next) => !graph.has(next)));
  }
  return graph;
}

/**
 * The import cycles of a graph: its strongly connected components of more than one
 * module, and modules that import themselves (Tarjan's algorithm).
 */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string): number => {
    const order = index.size;
    index.set(node, order);
    low.set(node, order);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const reached = index.has(next) ? (stack.includes(next) ? index.get(next) : undefined) : visit(next);
      if (reached !== undefined) low.set(node, Math.min(low.get(node) ?? order, reached));
    }
    const lowest = low.get(node) ?? order;
    if (lowest !== order) return lowest;
    const component = stack.splice(stack.indexOf(node));
    if (component.length > 1 || graph.get(node)?.includes(node)) cycles.push(component.sort());
    return Number.POSITIVE_INFINITY;
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
