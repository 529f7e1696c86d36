/** The wall display: now calling, recent calls, counters, waiting, results ready, notices. */
import { snapshot } from '../../../ui-shared/src/connection';
import { CounterGrid } from './CounterGrid';
import { Header } from './Header';
import { NowCalling } from './NowCalling';
import { ReadyBoard } from './ReadyBoard';
import { RecentCalls } from './RecentCalls';
import { SoundOverlay } from './SoundOverlay';
import { Ticker } from './Ticker';
import { Waiting } from './Waiting';

/** The whole wall screen; CSS lays it out for landscape TVs and portrait screens. */
export function Wall() {
  return (
    <div class="wall">
      <Header />
      {snapshot.value ? (
        <main class="wall-main">
          <div class="col-call"><NowCalling /><RecentCalls /></div>
          <div class="col-info"><CounterGrid /><Waiting /><ReadyBoard /></div>
        </main>
      ) : (
        <main class="wall-main"><p class="connecting">Đang kết nối…</p></main>
      )}
      <Ticker />
      <SoundOverlay />
    </div>
  );
}
