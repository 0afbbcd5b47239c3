import { ColumnWidthOutlined, EyeInvisibleOutlined, HolderOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button } from 'antd';
import type { WidgetSlot } from '../api/types.ts';
import { workbenchMessages as m } from '../messages.ts';
import { defaultSpans, widgetIcons } from '../widgets/widgetIcons.tsx';

interface Props {
  slot: WidgetSlot;
  onSpan: (span: 1 | 2) => void;
  onHide: () => void;
}

/** A widget as a card to drag in the layout editor: handle, name and hint, width, hide. */
export function SortableTile({ slot, onSpan, onHide }: Props) {
  const sortable = useSortable({ id: slot.widget });
  const span = slot.span ?? defaultSpans[slot.widget];
  return (
    <div
      ref={sortable.setNodeRef}
      className="yw-edit-tile"
      data-span={span}
      data-dragging={sortable.isDragging}
      data-testid={`edit-tile-${slot.widget}`}
      style={{
        transform: CSS.Translate.toString(sortable.transform),
        transition: sortable.transition,
      }}
    >
      <button
        type="button"
        className="yw-edit-handle"
        aria-label={m.dragHandleOf(m.widgets[slot.widget])}
        data-testid={`drag-${slot.widget}`}
        {...sortable.attributes}
        {...sortable.listeners}
      >
        <HolderOutlined />
      </button>
      <span className="yw-edit-icon">{widgetIcons[slot.widget]}</span>
      <span className="yw-edit-text">
        <span className="yw-edit-name">{m.widgets[slot.widget]}</span>
        <span className="yw-edit-hint">{m.widgetHints[slot.widget]}</span>
      </span>
      <Button
        size="small"
        type="text"
        icon={<ColumnWidthOutlined />}
        onClick={() => onSpan(span === 2 ? 1 : 2)}
      >
        {span === 2 ? m.toHalf : m.toFull}
      </Button>
      <Button
        size="small"
        type="text"
        icon={<EyeInvisibleOutlined />}
        onClick={onHide}
        data-testid={`hide-${slot.widget}`}
      >
        {m.hide}
      </Button>
    </div>
  );
}
