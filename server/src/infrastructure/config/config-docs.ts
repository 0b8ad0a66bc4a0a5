import { VARIABLES } from './config.definition';

/** The README's configuration table, generated from the variable definitions. */
export function configurationMarkdown(): string {
  const rows = Object.entries(VARIABLES).map(([name, definition]) => {
    const fallback = 'defaultText' in definition ? definition.defaultText : defaultOf(definition.schema);
    return `| \`${name}\` | ${definition.group} | ${definition.description} | ${fallback} |`;
  });
  return ['| Variable | Group | What it does | Default |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}

function defaultOf(schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }): string {
  const result = schema.safeParse(undefined);
  if (!result.success || result.data === undefined) return 'unset';
  return `\`${String(result.data)}\``;
}
