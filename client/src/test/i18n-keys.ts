/** Looks a dotted key up in a resource object; undefined when any step is missing. */
export function lookUp(resources: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    if (node && typeof node === 'object' && part in node) return (node as Record<string, unknown>)[part];
    return undefined;
  }, resources);
}
