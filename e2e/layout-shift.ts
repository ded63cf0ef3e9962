/**
 * Cumulative layout shift, as Lighthouse and Web Vitals compute it, for the browser tests and the
 * bench: Chromium reports every shift through the DevTools protocol (PerformanceTimeline), which works
 * with the page's scripts off too; shifts right after input do not count; the score is the worst
 * window of shifts less than a second apart and within five seconds.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** Starts watching a page (before it loads); the function returned gives its layout shift so far. */
export async function watchLayoutShift(context: BrowserContext, page: Page): Promise<() => number> {
  const cdp = await context.newCDPSession(page);
  const shifts: { time: number; value: number }[] = [];
  cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => {
    const shift = event.layoutShiftDetails;
    if (shift && !shift.hadRecentInput) shifts.push({ time: event.time, value: shift.value });
  });
  await cdp.send('PerformanceTimeline.enable', { eventTypes: ['layout-shift'] });
  return () => sessionWindow(shifts);
}

/** The largest sum of shifts less than 1 s apart within 5 s (times in seconds). */
export function sessionWindow(shifts: readonly { time: number; value: number }[]): number {
  let worst = 0;
  let sum = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.time - b.time)) {
    if (s.time - last > 1 || s.time - start > 5) [sum, start] = [0, s.time];
    sum += s.value;
    last = s.time;
    worst = Math.max(worst, sum);
  }
  return Number(worst.toFixed(4));
}
