import type { AppModule } from '../../http/context.ts';
import { registerFavouriteRoutes } from './favourites.routes.ts';
import { registerLayoutRoutes } from './layouts.routes.ts';
import { registerPhraseRoutes } from './phrases.routes.ts';

export type { WidgetSlot } from './workbench.schema.ts';

/** 工作台: widget layouts (per role, per person), favourite and recent processes, 常用意见. */
export const workbenchModule: AppModule = {
  name: 'workbench',
  registerRoutes(app, deps) {
    registerLayoutRoutes(app, deps);
    registerFavouriteRoutes(app, deps);
    registerPhraseRoutes(app, deps);
  },
};
