import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { isApiError } from '../api/api-error';

/**
 * The part of a zod schema a form needs, typed structurally so the client does not depend on
 * zod itself: every contract request schema fits.
 */
export interface FormSchema<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}

type FieldErrors<V> = Partial<Record<keyof V & string, string>>;

interface SchemaFormOptions<V extends Record<string, string>, T> {
  /** The contract's request schema: the same rules, and messages, as the server. */
  schema: FormSchema<T>;
  initialValues: V;
  /** Shapes what was typed into the schema's input, e.g. leaving out an optional field. */
  toInput?: (values: V) => unknown;
  /** Checks the schema cannot make, such as "required for this account". */
  validate?: (values: V) => FieldErrors<V>;
}

/**
 * Form state for a contract schema: what was typed (never cleared by an error), one message
 * per field from the schema or from the server's `details.issues` (`body.<field>`), and focus
 * on the first field with a problem, so keyboard and screen-reader users land on it.
 */
export function useSchemaForm<V extends Record<string, string>, T>(options: SchemaFormOptions<V, T>) {
  const { schema, toInput, validate } = options;
  const [values, setValues] = useState<V>(options.initialValues);
  const [errors, setErrors] = useState<FieldErrors<V>>({});
  /** A failure about the whole form (wrong password, no connection), shown above the button. */
  const [formError, setFormError] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusPending = useRef(false);

  // Focus after the messages render, so the field is announced with its message.
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const showErrors = useCallback((next: FieldErrors<V>) => {
    focusPending.current = Object.keys(next).length > 0;
    setErrors(next);
  }, []);

  const setValue = useCallback((name: keyof V & string, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
  }, []);

  /** Props for a Mantine input: name, value, onChange and error. */
  const field = (name: keyof V & string) => ({
    name,
    value: values[name],
    error: errors[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => setValue(name, event.currentTarget.value),
  });

  /** Validates, then calls `onValid` with the schema's output (trimmed, lower-cased…). */
  const handleSubmit = (onValid: (data: T) => void) => (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const next: FieldErrors<V> = validate ? validate(values) : {};
    const parsed = schema.safeParse(toInput ? toInput(values) : values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const name = String(issue.path[0] ?? '') as keyof V & string;
        if (Object.hasOwn(values, name) && !next[name]) next[name] = issue.message;
      }
    }
    showErrors(next);
    if (parsed.success && Object.keys(next).length === 0) onValid(parsed.data);
  };

  /**
   * Shows a server error: `validation_failed` issues under their fields, anything else (or
   * issues about no field here) for the whole form.
   */
  const showServerError = (error: unknown) => {
    const next: FieldErrors<V> = {};
    for (const issue of isApiError(error) ? error.issues : []) {
      const name = issue.path.replace(/^body\./, '') as keyof V & string;
      if (Object.hasOwn(values, name) && !next[name]) next[name] = issue.message;
    }
    if (Object.keys(next).length === 0) {
      setFormError(error);
      return;
    }
    showErrors(next);
  };

  return { values, setValue, errors, field, formRef, handleSubmit, formError, showServerError };
}
