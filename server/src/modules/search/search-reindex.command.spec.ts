import type { SearchDocumentKind, SearchEngine } from './search-engine';
import { runSearchReindex } from './search-reindex.command';

describe('search:reindex', () => {
  it('prints the latest progress at most once an interval, then the counts per kind', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const engine = {
      name: 'meilisearch',
      async reindex(onProgress?: (kind: SearchDocumentKind, done: number) => void) {
        for (let done = 1000; done <= 5000; done += 1000) onProgress?.('forum_post', done);
        await gate;
        onProgress?.('forum_post', 5500);
        return { person: 40_000, organisation: 12, community: 3, forum_post: 5500 };
      },
    } as unknown as SearchEngine;
    const output: string[] = [];

    const run = runSearchReindex(engine, (text) => output.push(text), 20);
    await new Promise((resolve) => setTimeout(resolve, 70));
    release();
    await expect(run).resolves.toEqual({ person: 40_000, organisation: 12, community: 3, forum_post: 5500 });

    // Five batches arrived before the first tick: one line, with the latest count; no repeats while nothing moved.
    expect(output.filter((line) => line.includes('written'))).toEqual(['  forum posts: 5,000 written\n']);
    expect(output[0]).toBe('Reindexing search (meilisearch)…\n');
    expect(output.at(-1)).toMatch(
      /^Done in \d+\.\d s:\n {2}people +40,000\n {2}organisations +12\n {2}communities +3\n {2}forum posts +5,500\n$/,
    );
  });
});
