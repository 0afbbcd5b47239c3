import { CopyOutlined, DeleteOutlined, HolderOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { FieldDefinition } from '@yuanwu/form-engine';
import { Button, Tooltip } from 'antd';
import type { MouseEvent } from 'react';
import { formDesignerMessages as m } from '../messages.ts';
import { spanOf } from '../model/palette.ts';
import { fieldIcon } from './fieldIcons.tsx';

interface Props {
  field: FieldDefinition;
  selected: boolean;
  onSelect: () => void;
  onRemove: () => void;
  onDuplicate: () => void;
}

/** What the canvas says about a field besides its label. */
function summary(field: FieldDefinition): string {
  if (field.type === 'select' || field.type === 'multiselect') return field.options.join(' / ');
  if (field.type === 'table') return field.columns.map((column) => column.label).join(' · ');
  if (field.type === 'formula') return field.formula ? `= ${field.formula}` : '';
  return field.placeholder ?? '';
}

/** One field on the canvas: drag to reorder, click to edit, with its width in the grid. */
export function FieldCard({ field, selected, onSelect, onRemove, onDuplicate }: Props) {
  const sortable = useSortable({ id: field.key });
  const style = {
    gridColumn: `span ${spanOf(field)}`,
    transform: CSS.Translate.toString(sortable.transform),
    transition: sortable.transition,
  };
  const stop = (action: () => void) => (event: MouseEvent) => {
    event.stopPropagation();
    action();
  };
  const classes = ['fd-card', `fd-card-${field.type}`];
  if (selected) classes.push('is-selected');
  if (sortable.isDragging) classes.push('is-dragging');
  return (
    <div
      ref={sortable.setNodeRef}
      style={style}
      className={classes.join(' ')}
      data-key={field.key}
      onClick={stop(onSelect)}
      {...sortable.attributes}
    >
      <span className="fd-card-handle" {...sortable.listeners} aria-label="drag">
        <HolderOutlined />
      </span>
      <div className="fd-card-body">
        <div className="fd-card-label">
          {field.required && <span className="fd-required">*</span>}
          {field.label || field.key}
        </div>
        {field.type !== 'section' && (
          <div className="fd-card-meta">
            <span className="fd-card-type">
              {fieldIcon(field.type)} {m.types[field.type] ?? field.type}
            </span>
            <span className="fd-card-summary">{summary(field)}</span>
          </div>
        )}
      </div>
      <div className="fd-card-tools">
        <Tooltip title={m.duplicate}>
          <Button size="small" type="text" icon={<CopyOutlined />} onClick={stop(onDuplicate)} />
        </Tooltip>
        <Tooltip title={m.remove}>
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            onClick={stop(onRemove)}
          />
        </Tooltip>
      </div>
    </div>
  );
}
