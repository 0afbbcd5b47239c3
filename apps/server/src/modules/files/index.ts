import type { AppModule } from '../../http/context.ts';
import { registerFileRoutes } from './files.routes.ts';
import { createFileStore } from './files.store.ts';

/**
 * 附件: uploads stored by content (sha256) under DATA_DIR/files, with a
 * metadata row each. Readable by the uploader and by whoever may read an
 * instance whose form references the file (asked of the workflow module).
 */
export const filesModule: AppModule = {
  name: 'files',
  registerRoutes(app, deps) {
    registerFileRoutes(app, deps, createFileStore(deps.config.dataDir));
  },
};
