import { useViewStore, viewStateOf } from '../filters/store';
import { useLang } from '../i18n/i18n';
import { useSourceIndex } from '../ui/useSources';
import { useVendorIndex } from '../ui/useVendors';
import type { ExportEnv } from './exportPanel';

/** A function giving the export environment at the moment of export (current filters, names, sources). */
export function useExportEnv(): () => ExportEnv {
  const lang = useLang();
  const vendors = useVendorIndex();
  const sources = useSourceIndex();
  return () => ({
    lang,
    view: viewStateOf(useViewStore.getState()),
    vendorName: (id) => vendors.get(id)?.name[lang],
    sourceOf: (id) => sources.get(id),
    now: new Date(),
  });
}
