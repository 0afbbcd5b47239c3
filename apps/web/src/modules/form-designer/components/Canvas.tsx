import { useDroppable } from '@dnd-kit/core';
import { rectSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import { Empty } from 'antd';
import { formDesignerMessages as m } from '../messages.ts';
import type { DesignerState } from '../model/useDesignerState.ts';
import { FieldCard } from './FieldCard.tsx';

/** The drop target id of the canvas itself (dropping past the last field). */
export const canvasId = 'form-canvas';

/** The form's fields on the 4-column grid, sortable by drag. */
export function Canvas({ state }: { state: DesignerState }) {
  const { setNodeRef, isOver } = useDroppable({ id: canvasId });
  return (
    <div
      ref={setNodeRef}
      className={`fd-canvas${isOver ? ' is-over' : ''}`}
      onClick={() => state.select(null)}
    >
      {state.fields.length === 0 ? (
        <Empty className="fd-canvas-empty" description={m.canvasEmpty} />
      ) : (
        <SortableContext items={state.fields.map((f) => f.key)} strategy={rectSortingStrategy}>
          <div className="fd-grid">
            {state.fields.map((field) => (
              <FieldCard
                key={field.key}
                field={field}
                selected={state.selectedKey === field.key}
                onSelect={() => state.select(field.key)}
                onRemove={() => state.remove(field.key)}
                onDuplicate={() => state.duplicate(field.key)}
              />
            ))}
          </div>
        </SortableContext>
      )}
    </div>
  );
}
