import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import type { EntityClasses } from '../../src/infrastructure/database/entities';

/** One source file, by its path from `server/src` (posix separators). */
export interface SourceFile {
  path: string;
  text: string;
}

export interface Ownership {
  /** Table → owning module (or `infrastructure`), from the entity lists each module registers. */
  tables: ReadonlyMap<string, string>;
  /** Published view or function → owning module, from each module's `<module>.read-models.ts`. */
  readModels: ReadonlyMap<string, string>;
}

export interface Violation {
  file: string;
  line: number;
  rule: 'deep-import' | 'infrastructure-imports-feature' | 'foreign-table' | 'sql-in-service';
  detail: string;
}

const IMPORT = /(?:import|export)\s[^'"`;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)|require\(\s*'([^']+)'\s*\)/g;
const SQL_CALL = /\.query\(|\bcreateQueryBuilder\(/g;
const SERVICE_OR_CONTROLLER = /^modules\/.+\.(service|controller)\.ts$/;
const SQL_TABLE = /\b(?:FROM|JOIN|UPDATE|INSERT\s+INTO|DELETE\s+FROM)\s+"?([a-z_][a-z0-9_]*)"?/gi;

/**
 * Every `.ts` file under `root`, test code excluded (specs, shared contract suites and `testing/`
 * helpers set up whatever rows they need).
 */
export function readSources(root: string): SourceFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  return walk(root)
    .filter(
      (f) => f.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec|contract)\.ts$/.test(f) && !/[\\/]testing[\\/]/.test(f),
    )
    .map((f) => ({ path: relative(root, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }));
}

/** Table names of entity classes, keyed to the owner whose list registers them. */
export function tableOwners(entitiesByOwner: Record<string, EntityClasses>): Map<string, string> {
  const tables = getMetadataArgsStorage().tables;
  const owners = new Map<string, string>();
  for (const [owner, entities] of Object.entries(entitiesByOwner)) {
    for (const entity of entities) {
      const table = tables.find((t) => t.target === entity);
      if (table?.name) owners.set(table.name, owner);
    }
  }
  return owners;
}

const moduleOf = (path: string) => /^modules\/([^/]+)\//.exec(path)?.[1];
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Comments blanked out (same length, same line breaks), so prose naming a table is not SQL. */
function withoutComments(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[^:'"`])\/\/[^\n]*/g, (m, p: string) => p + blank(m.slice(p.length)));
}

function importViolations(file: SourceFile): Violation[] {
  const found: Violation[] = [];
  const from = moduleOf(file.path);
  for (const m of file.text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    if (!spec.startsWith('.')) continue;
    const target = posix.normalize(posix.join(dirname(file.path), spec));
    const to = moduleOf(`${target}/`);
    const line = lineAt(file.text, m.index);
    if (file.path.startsWith('infrastructure/') && target.startsWith('modules/')) {
      found.push({
        file: file.path,
        line,
        rule: 'infrastructure-imports-feature',
        detail: `infrastructure imports '${spec}'`,
      });
    } else if (from && to && to !== from && target !== `modules/${to}` && target !== `modules/${to}/index`) {
      found.push({
        file: file.path,
        line,
        rule: 'deep-import',
        detail: `imports '${spec}'; use '${posix.relative(dirname(file.path), `modules/${to}`)}' (its index)`,
      });
    }
  }
  return found;
}

function sqlViolations(file: SourceFile, ownership: Ownership): Violation[] {
  const from = moduleOf(file.path);
  if (!from) return [];
  const text = withoutComments(file.text);
  const found: Violation[] = [];
  for (const m of text.matchAll(SQL_TABLE)) {
    const name = m[1]!;
    const owner = ownership.tables.get(name);
    if (!owner || owner === from || ownership.readModels.has(name)) continue;
    found.push({
      file: file.path,
      line: lineAt(text, m.index),
      rule: 'foreign-table',
      detail: `SQL names '${name}', a table of ${owner}; read what ${owner} publishes`,
    });
  }
  return found;
}

/** Services compose repositories; SQL and query builders live in the module's repositories. */
function sqlCallViolations(file: SourceFile): Violation[] {
  if (!SERVICE_OR_CONTROLLER.test(file.path)) return [];
  const text = withoutComments(file.text);
  return [...text.matchAll(SQL_CALL)].map((m) => ({
    file: file.path,
    line: lineAt(text, m.index),
    rule: 'sql-in-service' as const,
    detail: `calls '${m[0]}'; move the SQL into a repository of the module`,
  }));
}

/** Every breach of the module rules in these files (docs/architecture.md, "Who owns which table"). */
export function findViolations(files: readonly SourceFile[], ownership: Ownership): Violation[] {
  return files.flatMap((f) => [...importViolations(f), ...sqlViolations(f, ownership), ...sqlCallViolations(f)]);
}

export const describeViolation = (v: Violation) => `${v.file}:${v.line} [${v.rule}] ${v.detail}`;
