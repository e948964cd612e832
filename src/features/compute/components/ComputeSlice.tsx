import './compute.css';
import { ChipsTimelinePanel } from './ChipsTimelinePanel';
import { DoublingCurvesPanel } from './DoublingCurvesPanel';
import { TokenPricePanel } from './TokenPricePanel';
import { TrainingCostPanel } from './TrainingCostPanel';
import { PanelSlot } from '../../../shared/ui/PanelSlot';

/** Compute and cost: the claimed growth of compute, what it cost, what tokens cost, and the chips behind it. */
export function ComputeSlice() {
  return (
    <div className="slice__grid">
      <PanelSlot panel={DoublingCurvesPanel} />
      <PanelSlot panel={ChipsTimelinePanel} />
      <PanelSlot panel={TrainingCostPanel} />
      <PanelSlot panel={TokenPricePanel} />
    </div>
  );
}
