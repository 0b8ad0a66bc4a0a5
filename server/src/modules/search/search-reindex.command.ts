import type { SearchDocumentKind, SearchEngine } from './search-engine';

const LABEL: Record<SearchDocumentKind, string> = {
  person: 'people',
  organisation: 'organisations',
  community: 'communities',
  forum_post: 'forum posts',
};

/**
 * The `search:reindex` command: rebuilds the configured engine's documents from PostgreSQL,
 * printing progress at most once a second (a line per batch would flood a terminal at a
 * million posts), then the counts.
 */
export async function runSearchReindex(
  engine: SearchEngine,
  write: (text: string) => void,
  intervalMs = 1000,
): Promise<Record<SearchDocumentKind, number>> {
  const started = Date.now();
  let latest: { kind: SearchDocumentKind; done: number } | undefined;
  let printed = latest;
  const timer = setInterval(() => {
    if (!latest || latest === printed) return;
    printed = latest;
    write(`  ${LABEL[latest.kind]}: ${latest.done.toLocaleString('en-GB')} written\n`);
  }, intervalMs);
  write(`Reindexing search (${engine.name})…\n`);
  try {
    const counts = await engine.reindex((kind, done) => void (latest = { kind, done }));
    const lines = (Object.keys(LABEL) as SearchDocumentKind[]).map(
      (kind) => `  ${LABEL[kind].padEnd(14)} ${counts[kind].toLocaleString('en-GB').padStart(10)}`,
    );
    write(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s:\n${lines.join('\n')}\n`);
    return counts;
  } finally {
    clearInterval(timer);
  }
}
