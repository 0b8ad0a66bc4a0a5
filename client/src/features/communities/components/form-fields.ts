import type { ChangeEvent } from 'react';

/** The parts of `useSchemaForm`'s result that binding a field needs. */
interface BindableForm<V extends Record<string, string>> {
  values: V;
  errors: Partial<Record<keyof V & string, string>>;
  setValue: (name: keyof V & string, value: string) => void;
}

/**
 * Like `form.field(name)`, for any text control: a textarea or a native select as well as an
 * input (the shared helper's change handler is typed for inputs only).
 */
export function bindField<V extends Record<string, string>>(form: BindableForm<V>, name: keyof V & string) {
  return {
    name,
    value: form.values[name],
    error: form.errors[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      form.setValue(name, event.currentTarget.value),
  };
}
