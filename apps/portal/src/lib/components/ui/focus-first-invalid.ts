import { tick } from 'svelte';

/**
 * A Svelte action for a form: each time its answer changes and a field is marked invalid, the
 * first such field takes the focus, so that a keyboard or screen-reader user lands where to fix.
 * @example <form use:focusFirstInvalid={form}>
 */
export function focusFirstInvalid(node: HTMLElement, answer: unknown) {
  const focus = async () => {
    await tick();
    node.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };
  if (answer) void focus();
  return {
    update(next: unknown) {
      if (next) void focus();
    },
  };
}
