/**
 * The holiday list's yearly check: GET /api/holidays/check (supervisor/admin) -> HolidayCheckView, shown on
 * the supervisor's board, and the same warnings in the log at start-up. The list is hours.holidays from the site
 * config, or without office hours the built-in one the reports count deadlines with.
 */
import type { AppContext } from '../app/context';
import { allow } from '../app/access';
import { localParts } from '../core/day';
import { holidayGaps, yearsToCheck } from '../core/holiday-check';
import type { HolidayCheckView } from '../contract';
import { json, principalOf } from './admin/http';
import { officeDaysOff } from './dossiers/calendar';
import type { Feature } from './feature';

/** The gaps in this year's list, and from October in next year's. */
function holidayCheck(ctx: Pick<AppContext, 'config' | 'now'>): HolidayCheckView {
  const list = officeDaysOff(ctx.config.hours).holidays.map((date) => ({ date }));
  const years = yearsToCheck(localParts(ctx.now(), ctx.config.timeZone).date);
  return { years, gaps: years.flatMap((y) => holidayGaps(list, y)), source: ctx.config.hours ? 'config' : 'built-in' };
}

export const holidaysFeature: Feature = {
  name: 'holidays',
  routes(r, ctx) {
    for (const gap of holidayCheck(ctx).gaps) ctx.log.warn(`hours.holidays: ${gap.message} [check the Government's notice]`);
    r.get('/holidays/check', json((req) => {
      allow(principalOf(ctx, req), ['supervisor', 'admin']);
      return holidayCheck(ctx);
    }));
  },
};
