import { z } from 'zod';
import { Claim, Event, Metric, Model, Source, Stage, Vendor } from './resources';

/** The whole dataset as it lies in data/*.json: one array per resource, in display order. */
export const Dataset = z.object({
  sources: z.array(Source),
  vendors: z.array(Vendor),
  models: z.array(Model),
  metrics: z.array(Metric),
  events: z.array(Event),
  stages: z.array(Stage),
  claims: z.array(Claim),
});
export type Dataset = z.infer<typeof Dataset>;
