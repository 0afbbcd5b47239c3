import { describe, expect, it } from 'vitest';
import { templateCatalogue } from '../apps/server/src/modules/templates/catalogue/index.ts';
import type {
  ProcessDefinition,
  ProcessEdge,
} from '../apps/web/src/modules/process-designer/model/definition.ts';
import { fromGraph } from '../apps/web/src/modules/process-designer/model/fromGraph.ts';
import { toGraph } from '../apps/web/src/modules/process-designer/model/toGraph.ts';

/*
 * Issue 5: an administrator installs a template and changes it in the nested (DingTalk-style)
 * designer. The designer edits only graphs whose branches meet at their own join; any other
 * graph opens read-only as a flow chart. This test lives here because it needs both sides:
 * the server's catalogue and the web's converter (the web may not import server code).
 * No browser and no server: it runs in a few milliseconds with the browser tests.
 */

/** The template as the designer receives it: the JSON the API serves. */
function asDesigned(definition: unknown): ProcessDefinition {
  return JSON.parse(JSON.stringify(definition)) as ProcessDefinition;
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const edgeKey = (edge: ProcessEdge) => `${edge.from}→${edge.to}`;
const byEnds = (a: ProcessEdge, b: ProcessEdge) => edgeKey(a).localeCompare(edgeKey(b));

describe('every template opens as branches in the nested designer', () => {
  it.each(templateCatalogue.map((template) => [template.name, template] as const))(
    '%s: graph → nested → the same graph',
    (_name, template) => {
      const graph = asDesigned(template.definition);
      const nested = fromGraph(graph);
      expect(nested, `${template.key} does not read as nested blocks`).not.toBeNull();
      const back = toGraph(nested!);
      expect(back.key).toBe(graph.key);
      expect(back.name).toBe(graph.name);
      expect(back.form).toEqual(graph.form);
      expect(back.dedupe).toBe(graph.dedupe);
      expect([...back.nodes].sort(byId)).toEqual([...graph.nodes].sort(byId));
      expect([...back.edges].sort(byEnds)).toEqual([...graph.edges].sort(byEnds));
    },
  );
});
