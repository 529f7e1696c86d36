/** Office hours as the display shows them: from the snapshot, then from the server's 'hours' pushes. */
import { computed, signal } from '@preact/signals';
import type { HoursView, ServiceView } from '@motcua/server/contract';
import { waitCell } from '@motcua/server/contract/wait-words';

/** What the closed-office notice says, or null while the office is open. */
export interface ClosedNotice { reason: string | null; reasonEn: string | null; next: string | null; nextEn: string | null }

const REASONS: Partial<Record<NonNullable<HoursView['closedReason']>, [string, string]>> = {
  break: ['Nghỉ trưa', 'Lunch break'],
  dayOff: ['Hôm nay không làm việc', 'Closed today'],
};

/** Makes the display's office hours: the latest hours and what the closed / stopped-issuing notices say. */
export function createHours() {
  /** The latest office hours; null from an older server that sends none (then the display never says "closed"). */
  const officeHours = signal<HoursView | null>(null);

  /** Takes the hours of a snapshot (absent on an older server) or of an 'hours' push. */
  const setHours = (h: HoursView | null | undefined): void => {
    officeHours.value = h && typeof h.open === 'boolean' ? h : null;
  };

  /** The notice shown on the wall and the counter screens when no session is under way. */
  const closedNotice = computed<ClosedNotice | null>(() => {
    const h = officeHours.value;
    if (!h || h.open) return null;
    const [reason, reasonEn] = h.closedReason === 'holiday'
      ? [`Nghỉ lễ${h.holidayName ? `: ${h.holidayName}` : ''}`, 'Public holiday']
      : REASONS[h.closedReason ?? 'afterHours'] ?? [null, null];
    return { reason, reasonEn, next: h.nextOpeningText, nextEn: h.nextOpeningTextEn };
  });

  /**
   * The wait a ticket taken now would have: "~25 phút", "~2 giờ 10 phút"; "Quá giờ" when it runs past closing (also for a
   * service nobody waits for whose counters call others first); nothing after hours or with no one ahead.
   */
  const waitShown = (s: Pick<ServiceView, 'estimatedWaitMinutes' | 'mayNotBeCalledToday'>): { text: string; late: boolean } => {
    const h = officeHours.value;
    return h && !h.open && h.closedReason !== 'break' ? { text: '—', late: false } : waitCell(s, 'Quá giờ');
  };

  /** In the last minutes of a session kiosks stop issuing: the waiting room is told, and when numbers are issued again. */
  const stoppedNotice = computed<{ next: string | null; nextEn: string | null } | null>(() => {
    const h = officeHours.value;
    if (!h || !h.open || h.issuing || h.closedReason !== 'stopped') return null;
    return { next: h.nextOpeningText, nextEn: h.nextOpeningTextEn };
  });

  return { officeHours, setHours, closedNotice, waitShown, stoppedNotice };
}
