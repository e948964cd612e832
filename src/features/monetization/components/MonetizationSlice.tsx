import { PricingPanel } from './PricingPanel';
import { ReachPanel } from './ReachPanel';
import { RevenueGrowthPanel } from './RevenueGrowthPanel';
import { RevenueLossPanel } from './RevenueLossPanel';
import { PanelSlot } from '../../../shared/ui/PanelSlot';

export function MonetizationSlice() {
  return (
    <div className="slice__grid">
      <PanelSlot panel={RevenueGrowthPanel} />
      <PanelSlot panel={RevenueLossPanel} />
      <PanelSlot panel={ReachPanel} />
      <PanelSlot panel={PricingPanel} />
    </div>
  );
}
