import { Box } from '@mantine/core';
import { lazy, Suspense } from 'react';

const LazyAccount = lazy(() => import('./signed-in-tools').then((m) => ({ default: m.SignedInAccount })));
const LazySearchBox = lazy(() => import('./signed-in-tools').then((m) => ({ default: m.SearchBox })));

/** The signed-in account corner, loaded once someone is signed in (empty for the moment it loads). */
export function SignedInAccount() {
  return (
    <Suspense fallback={null}>
      <LazyAccount />
    </Suspense>
  );
}

/** The site search box; while its code loads, an empty box of its size keeps the header still. */
export function SearchBox() {
  return (
    <Suspense fallback={<Box w={{ base: 160, md: 240 }} h={36} />}>
      <LazySearchBox />
    </Suspense>
  );
}
