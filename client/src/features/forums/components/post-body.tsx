import { Typography } from '@mantine/core';

/**
 * A post's HTML. `html` always comes from the server, which cooked the author's Markdown and ran
 * it through its allow-list sanitizer (no scripts, no event handlers, no `javascript:` URLs):
 * that is why this, and only this, is set as HTML directly.
 */
export function PostBody({ html }: { html: string }) {
  return <Typography className="post-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
