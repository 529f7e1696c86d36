/** The context a screen's model is given to its components through, and the hook that reads it (one per screen). */
import { createContext, type Context } from 'preact';
import { useContext } from 'preact/hooks';

/** A context for a screen's model and its `use...()` hook, which throws when rendered outside the provider. */
export function modelContext<M>(name: string): { Context: Context<M | null>; use: () => M } {
  const Context = createContext<M | null>(null);
  const use = (): M => {
    const m = useContext(Context);
    if (!m) throw new Error(`use${name} outside ${name}Context`);
    return m;
  };
  return { Context, use };
}
