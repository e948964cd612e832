import { useViewStore } from '../../../shared/filters/store';
import { regionExcludesChina } from '../model/region';
import { useChinaMessages } from './common';
import { CloudPanel } from './CloudPanel';
import { CommercialisationPanel } from './CommercialisationPanel';
import { PlayersPanel } from './PlayersPanel';
import { UsagePanel } from './UsagePanel';
import './china.css';
import { PanelSlot } from '../../../shared/ui/PanelSlot';

/**
 * The China market slice. Its panels always ask for Chinese vendors
 * (region = cn). When the shared region filter is set to US, they show the
 * frame's empty state and this banner says why, instead of ignoring the filter.
 */
export function ChinaSlice() {
  const m = useChinaMessages();
  const excluded = useViewStore((s) => regionExcludesChina(s.region));
  return (
    <>
      {excluded ? (
        <p className="china-banner" role="status">
          {m.regionExcluded}
        </p>
      ) : (
        <p className="china-scope">{m.regionScope}</p>
      )}
      <div className="slice__grid">
        <PanelSlot panel={PlayersPanel} />
        <PanelSlot panel={UsagePanel} />
        <PanelSlot panel={CloudPanel} />
        <PanelSlot panel={CommercialisationPanel} />
      </div>
    </>
  );
}
