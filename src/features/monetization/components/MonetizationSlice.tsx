import { PricingPanel } from './PricingPanel';
import { ReachPanel } from './ReachPanel';
import { RevenueGrowthPanel } from './RevenueGrowthPanel';
import { RevenueLossPanel } from './RevenueLossPanel';

export function MonetizationSlice() {
  return (
    <div className="slice__grid">
      <RevenueGrowthPanel />
      <RevenueLossPanel />
      <ReachPanel />
      <PricingPanel />
    </div>
  );
}
