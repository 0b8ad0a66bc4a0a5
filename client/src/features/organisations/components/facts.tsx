import { Anchor, Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One term and its value in a description list (`<dl>`): "Phases: Primary". */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Box component="dd" m={0}>
        {children}
      </Box>
    </div>
  );
}

/** Shows the site's address, which says more than a repeated "Website" link text would. */
export function WebsiteLink({ url }: { url: string }) {
  return (
    <Anchor href={url} style={{ overflowWrap: 'anywhere' }}>
      {displayHost(url)}
    </Anchor>
  );
}

function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
