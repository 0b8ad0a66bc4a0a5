/**
 * The client's layout rules, checked from the source text (paths relative to `client/src`):
 * a feature reaches another feature only through its public surface (`features/<name>/index.ts`),
 * features depend on one another without cycles, and `shared/` depends on no feature.
 */
export interface BoundaryReport {
  /** "features/forums/x.tsx imports features/communities/routes/community-layout" */
  violations: string[];
  /** "communities → forums → communities" */
  cycles: string[];
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bvi\.mock\(\s*)['"]([^'"]+)['"]/g;

/** `a/b/c.ts` + `../d` → `a/d`. */
function resolve(fromFile: string, specifier: string): string {
  const parts = fromFile.split('/').slice(0, -1);
  for (const step of specifier.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

/** `features/forums/routes/x.tsx` → `forums`; undefined outside a feature folder. */
function featureOf(path: string): string | undefined {
  const [top, name, ...rest] = path.split('/');
  return top === 'features' && name && rest.length > 0 ? name : undefined;
}

export function checkFeatureBoundaries(sources: Record<string, string>): BoundaryReport {
  const violations: string[] = [];
  const edges = new Map<string, Set<string>>();
  for (const [file, text] of Object.entries(sources)) {
    const from = featureOf(file);
    for (const [, specifier = ''] of text.matchAll(SPECIFIER)) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(file, specifier).replace(/\/index$/, '');
      const [top, name, ...deeper] = target.split('/');
      if (top !== 'features' || !name || name === from) continue;
      if (file.startsWith('shared/')) violations.push(`${file} imports ${target} (shared code depends on no feature)`);
      else if (deeper.length > 0) violations.push(`${file} imports ${target} (use features/${name}/index.ts)`);
      if (from) edges.set(from, (edges.get(from) ?? new Set()).add(name));
    }
  }
  return { violations, cycles: findCycles(edges) };
}

/** Every cycle in the feature graph, each reported once, starting from its alphabetically first feature. */
function findCycles(edges: Map<string, Set<string>>): string[] {
  const found = new Set<string>();
  const walk = (path: string[]) => {
    for (const next of edges.get(path.at(-1) ?? '') ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) {
        const loop = path.slice(at);
        const first = loop.indexOf([...loop].sort()[0] ?? '');
        const rotated = [...loop.slice(first), ...loop.slice(0, first)];
        found.add([...rotated, rotated[0]].join(' → '));
      } else {
        walk([...path, next]);
      }
    }
  };
  for (const start of edges.keys()) walk([start]);
  return [...found].sort();
}
