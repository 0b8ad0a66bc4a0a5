import type { ChangeEvent } from 'react';

interface SchemaFormLike<K extends string> {
  field(name: K): { name: string; value: string; error: string | undefined };
  setValue(name: K, value: string): void;
}

/**
 * `form.field(name)` for any text control, <textarea> and <select> as well as <input>: the
 * shared helper types its change handler for <input> only, which React 19's types do not let
 * the others accept.
 */
export function fieldProps<K extends string>(form: SchemaFormLike<K>, name: K) {
  const { name: fieldName, value, error } = form.field(name);
  return {
    name: fieldName,
    value,
    error,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      form.setValue(name, event.currentTarget.value),
  };
}
