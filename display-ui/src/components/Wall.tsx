/** The wall display: now calling, recent calls, counters, waiting, results ready, notices. */
import { useDisplay } from '../model/display';
import { ClosedNotice } from './ClosedNotice';
import { CounterGrid } from './CounterGrid';
import { Header } from './Header';
import { NowCalling } from './NowCalling';
import { ReadyBoard } from './ReadyBoard';
import { RecentCalls } from './RecentCalls';
import { StoppedNotice } from './StoppedNotice';
import { Ticker } from './Ticker';
import { Waiting } from './Waiting';

/** Now calling; out of hours the closed-office notice instead, or above a call still being announced. */
function CallArea() {
  if (!useDisplay().wall.showsNowCalling.value) return <ClosedNotice size="wall" />;
  return <><ClosedNotice size="compact" /><NowCalling /></>;
}

// Reads only signals that change rarely (hasSnapshot): a delta re-renders the parts it touches, not the whole wall.
/** The whole wall screen: three columns on a landscape TV, three bands on a portrait screen (styles.css). */
export function Wall() {
  const { hasSnapshot } = useDisplay().wall;
  return (
    <div class="wall">
      <div class="top"><Header /><StoppedNotice /></div>
      {hasSnapshot.value ? (
        <main class="wall-main">
          <div class="col-call"><CallArea /><RecentCalls /></div>
          <div class="col-counters"><CounterGrid /></div>
          <div class="col-info"><Waiting /><ReadyBoard /></div>
        </main>
      ) : (
        <main class="wall-main"><p class="connecting">Đang kết nối…</p></main>
      )}
      <Ticker />
    </div>
  );
}
