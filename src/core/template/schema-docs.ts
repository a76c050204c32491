import type { indicatorSchema, templateSchema } from './schema';

/** Hover help for each field of the template format, shown by editors through the JSON Schema. */
export interface SchemaDocs {
  description: string;
  template: Record<keyof typeof templateSchema.shape, string>;
  indicator: Record<keyof typeof indicatorSchema.shape, string>;
  target: Record<'op' | 'value' | 'min' | 'max' | 'better', string>;
}
