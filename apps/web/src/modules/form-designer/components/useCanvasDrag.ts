import {
  PointerSensor,
  KeyboardSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useState } from 'react';
import type { PaletteType } from '../model/palette.ts';
import type { DesignerState } from '../model/useDesignerState.ts';
import { canvasId } from './Canvas.tsx';

/** Drag handling: palette items become new fields where dropped; canvas cards reorder. */
export function useCanvasDrag(state: DesignerState, labelOf: (type: PaletteType) => string) {
  const [dragging, setDragging] = useState<PaletteType | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragStart = (event: DragStartEvent) => {
    const id = String(event.active.id);
    setDragging(id.startsWith('palette:') ? (id.slice(8) as PaletteType) : null);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    if (!over) return;
    const activeId = String(active.id);
    const overId = String(over.id);
    const overIndex = state.fields.findIndex((f) => f.key === overId);
    if (activeId.startsWith('palette:')) {
      const type = activeId.slice(8) as PaletteType;
      state.add(type, labelOf(type), overId === canvasId || overIndex < 0 ? undefined : overIndex);
      return;
    }
    const from = state.fields.findIndex((f) => f.key === activeId);
    if (from >= 0 && overIndex >= 0 && from !== overIndex) state.move(from, overIndex);
  };
  return { sensors, onDragStart, onDragEnd, onDragCancel: () => setDragging(null), dragging };
}
