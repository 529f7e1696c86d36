/** The counter's actions: label, shortcut key, and what each does. */
import type { CounterModel } from '../../model/counter';

export interface ActionDef { key: string; label: string; run(): void; enabled(): boolean; primary?: boolean }

/** Every action of a counter's model with its keyboard shortcut (shown on its button). */
export function counterActions({ act, counter, dialog }: Pick<CounterModel, 'act' | 'counter' | 'dialog'>): ActionDef[] {
  const serving = () => !!counter.value?.current;
  const open = () => counter.value?.status === 'open';
  return [
    { key: 'N', label: 'Gọi số tiếp theo', run: () => void act('callNext'), enabled: open, primary: true },
    { key: 'R', label: 'Gọi lại', run: () => void act('recall'), enabled: serving },
    { key: 'V', label: 'Vắng mặt', run: () => void act('noShow'), enabled: serving },
    { key: 'C', label: 'Chuyển', run: () => { dialog.value = 'transfer'; }, enabled: serving },
    { key: 'S', label: 'Gọi số cụ thể', run: () => { dialog.value = 'pick'; }, enabled: open },
    { key: 'H', label: 'Hoàn thành', run: () => void act('complete'), enabled: serving, primary: true },
    {
      key: 'P', label: 'Tạm dừng', enabled: () => !!counter.value && counter.value.status !== 'closed',
      run: () => { if (counter.value?.status === 'paused') void act('resume'); else dialog.value = 'pause'; },
    },
  ];
}

/** The keyboard shortcuts of these actions, ignored while typing or while a dialog is open. */
export function shortcuts(actions: ActionDef[], { dialog }: Pick<CounterModel, 'dialog'>): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key === 'Escape') { dialog.value = null; return; }
    const el = e.target as HTMLElement | null;
    if (dialog.value || e.ctrlKey || e.altKey || e.metaKey || (el && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
    const a = actions.find((x) => x.key === e.key.toUpperCase());
    if (a && a.enabled()) { e.preventDefault(); a.run(); }
  };
}
