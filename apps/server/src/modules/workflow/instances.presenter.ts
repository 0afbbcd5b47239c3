import type { ActionResult } from './instances.service.ts';

/** What every action answers. */
export interface ActionResponse {
  instance: { id: string; title: string; status: string; revision: number };
}

export function presentActionResult(result: ActionResult): ActionResponse {
  return {
    instance: {
      id: result.id,
      title: result.title,
      status: result.status,
      revision: result.revision,
    },
  };
}
