/** The kiosk frame: top bar, status banner, the current screen, the idle countdown. */
import { useKiosk } from '../model/kiosk';
import { ClosedScreen } from './ClosedScreen';
import { Home } from './Home';
import { IdleCountdown } from './IdleCountdown';
import { Lookup } from './Lookup';
import { ProcedurePage } from './ProcedurePage';
import { ScanScreen } from './ScanScreen';
import { Services } from './Services';
import { StatusBanner } from './StatusBanner';
import { TicketShown } from './TicketShown';
import { TopBar } from './TopBar';

const SCREENS = { home: Home, services: Services, ticket: TicketShown, lookup: Lookup, procedure: ProcedurePage, scan: ScanScreen, closed: ClosedScreen };

/** The whole kiosk. */
export function App() {
  const { largeText, screen } = useKiosk().nav;
  const Current = SCREENS[screen.value];
  return (
    <div class={`kiosk ${largeText.value ? 'large' : ''}`}>
      <TopBar />
      <StatusBanner />
      <main class="screen" key={screen.value}><Current /></main>
      <IdleCountdown />
    </div>
  );
}
