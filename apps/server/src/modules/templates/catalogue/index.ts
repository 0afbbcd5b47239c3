import type { ProcessTemplate } from '../template.types.ts';
import { leave } from './leave.ts';

/** Every template of the gallery, in the order the gallery lists them. */
export const templateCatalogue: readonly ProcessTemplate[] = [leave];
