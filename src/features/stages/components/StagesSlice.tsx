import { BenchmarksPanel } from './BenchmarksPanel';
import { ModalitiesPanel } from './ModalitiesPanel';
import { ParameterScalePanel } from './ParameterScalePanel';
import { ReleaseTimelinePanel } from './ReleaseTimelinePanel';
import { PanelSlot } from '../../../shared/ui/PanelSlot';

/**
 * The stages of the race. Filters: vendor and region apply to every panel;
 * the time range applies to the timeline, parameter scale and modalities (by
 * release date), not to the benchmark scores.
 */
export function StagesSlice() {
  return (
    <div className="slice__grid">
      <PanelSlot panel={ReleaseTimelinePanel} />
      <PanelSlot panel={ParameterScalePanel} />
      <PanelSlot panel={BenchmarksPanel} />
      <PanelSlot panel={ModalitiesPanel} />
    </div>
  );
}
