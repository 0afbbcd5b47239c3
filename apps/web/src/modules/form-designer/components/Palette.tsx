import { useDraggable } from '@dnd-kit/core';
import { Typography } from 'antd';
import { formDesignerMessages as m } from '../messages.ts';
import { paletteGroups, type PaletteType } from '../model/palette.ts';
import { fieldIcon } from './fieldIcons.tsx';

/** The drag id of a palette item; the canvas tells new fields from moved ones by it. */
export const paletteId = (type: PaletteType) => `palette:${type}`;

function PaletteItem({ type, onAdd }: { type: PaletteType; onAdd: (type: PaletteType) => void }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: paletteId(type) });
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={`fd-palette-item${isDragging ? ' is-dragging' : ''}`}
      data-type={type}
      onClick={() => onAdd(type)}
      {...attributes}
      {...listeners}
    >
      <span className="fd-palette-icon">{fieldIcon(type)}</span>
      {m.types[type]}
    </button>
  );
}

/** The field types, grouped, to drag onto the canvas (a click adds at the end). */
export function Palette({ onAdd }: { onAdd: (type: PaletteType) => void }) {
  return (
    <aside className="fd-palette" aria-label={m.palette}>
      <div className="fd-panel-title">{m.palette}</div>
      <Typography.Text type="secondary" className="fd-palette-hint">
        {m.paletteHint}
      </Typography.Text>
      {paletteGroups.map(({ group, types }) => (
        <section key={group}>
          <div className="fd-palette-group">{m.groups[group]}</div>
          <div className="fd-palette-grid">
            {types.map((type) => (
              <PaletteItem key={type} type={type} onAdd={onAdd} />
            ))}
          </div>
        </section>
      ))}
    </aside>
  );
}
