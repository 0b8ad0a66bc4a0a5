import { createElement, type ComponentType, type ReactNode } from 'react';

/** A screen's props: none to pass when every prop is optional. */
type ScreenProps<C> = C extends ComponentType<infer P> ? (object extends P ? [props?: P] : [props: P]) : never;

/**
 * A route's screen in its own chunk, loaded the first time the route matches. Use it as the
 * route's `lazy` in a feature's `routes.tsx`, with a literal `import()` so the bundler can split the
 * module off, and the name of the component it exports (then its props, if it takes any):
 *
 *   { path: paths.signIn, lazy: lazyScreen(() => import('./routes/sign-in-page'), 'SignInPage') },
 *
 * The router loads every matched route's chunk at once (a thread's forum gate and thread screen
 * together, no waterfall) and keeps the current page on screen while a navigation's chunks arrive;
 * on the first load the app shell shows a loading state in <main> meanwhile (`app/routes.tsx`).
 * A page must not import a screen statically, or the screen rides in the page's chunk.
 */
export function lazyScreen<M, K extends keyof M>(load: () => Promise<M>, name: K, ...[props]: ScreenProps<M[K]>) {
  return async (): Promise<{ element: ReactNode }> => {
    const screen = (await load())[name] as ComponentType<object>;
    return { element: createElement(screen, props as object | undefined) };
  };
}
