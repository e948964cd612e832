import { ParameterScalePanel } from './ParameterScalePanel';

export function StagesSlice() {
  return (
    <div className="slice__grid">
      <ParameterScalePanel />
    </div>
  );
}
