/** One legend entry; `vendorId` makes it a toggle of the shared vendor filter. */
export interface LegendItem {
  key: string;
  label: string;
  color: string;
  vendorId?: string;
  /** Marker style, so ranges and bounds read as what they are. */
  shape?: 'square' | 'line' | 'open-circle' | 'dashed';
}
