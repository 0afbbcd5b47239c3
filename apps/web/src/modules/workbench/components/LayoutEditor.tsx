import { PlusOutlined } from '@ant-design/icons';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  rectSortingStrategy,
  SortableContext,
  sortableKeyboardCoordinates,
} from '@dnd-kit/sortable';
import { Button, Typography } from 'antd';
import { widgetNames, type WidgetSlot } from '../api/types.ts';
import { workbenchMessages as m } from '../messages.ts';
import { defaultSpans } from '../widgets/widgetIcons.tsx';
import '../workbench.css';
import { SortableTile } from './SortableTile.tsx';

interface Props {
  value: WidgetSlot[];
  onChange: (next: WidgetSlot[]) => void;
}

/** Choose and order widgets: drag (mouse or keyboard) to sort, toggle width, hide and add back. */
export function LayoutEditor({ value, onChange }: Props) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const shown = new Set(value.map((slot) => slot.widget));
  const hidden = widgetNames.filter((name) => !shown.has(name));

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = value.findIndex((slot) => slot.widget === active.id);
    const to = value.findIndex((slot) => slot.widget === over.id);
    if (from >= 0 && to >= 0) onChange(arrayMove(value, from, to));
  };
  const update = (index: number, patch: Partial<WidgetSlot> | null) =>
    onChange(
      patch === null
        ? value.filter((_, at) => at !== index)
        : value.map((slot, at) => (at === index ? { ...slot, ...patch } : slot)),
    );

  return (
    <div className="yw-editor">
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={value.map((slot) => slot.widget)} strategy={rectSortingStrategy}>
          <div className="yw-edit-grid" data-testid="layout-editor">
            {value.map((slot, index) => (
              <SortableTile
                key={slot.widget}
                slot={slot}
                onSpan={(span) => update(index, { span })}
                onHide={() => update(index, null)}
              />
            ))}
          </div>
        </SortableContext>
      </DndContext>
      <div className="yw-edit-tray">
        <Typography.Text type="secondary">{m.hidden}</Typography.Text>
        {hidden.length === 0 ? (
          <Typography.Text type="secondary">{m.noneHidden}</Typography.Text>
        ) : (
          hidden.map((name) => (
            <Button
              key={name}
              icon={<PlusOutlined />}
              onClick={() => onChange([...value, { widget: name, span: defaultSpans[name] }])}
              data-testid={`add-${name}`}
            >
              {m.widgets[name]}
            </Button>
          ))
        )}
      </div>
    </div>
  );
}
