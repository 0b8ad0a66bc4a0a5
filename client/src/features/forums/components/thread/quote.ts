import type { Post } from '@commonroom/contracts';

/** What the reader selected, when the selection is inside `container` (one post); otherwise null. */
export function selectedTextIn(container: HTMLElement | null, selection: Selection | null): string | null {
  const selected = selection?.toString().trim();
  const inside = container && selection?.anchorNode && container.contains(selection.anchorNode);
  return selected && inside ? selected : null;
}

/**
 * The text to quote from a post: what the reader selected inside it, or else the whole post's
 * text, paragraph by paragraph. The HTML is only parsed (never run) to read its text.
 */
export function quotableText(post: Post, container: HTMLElement | null, selection: Selection | null): string {
  const selected = selectedTextIn(container, selection);
  if (selected) return selected;
  const body = new DOMParser().parseFromString(post.html ?? '', 'text/html').body;
  return [...body.children]
    .map((block) => block.textContent?.trim() ?? '')
    .filter((text) => text !== '')
    .join('\n\n');
}

/** `> **Name** [wrote](#post-N):` and the quoted lines, ready to answer underneath. */
export function quoteMarkdown(post: Post, text: string): string {
  const name = post.author.displayName.replace(/[*_[\]\\]/g, '');
  const lines = text
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
  return `> **${name}** [wrote](#post-${post.number}):\n${lines}\n`;
}
