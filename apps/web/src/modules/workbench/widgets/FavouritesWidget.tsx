import { PlusOutlined } from '@ant-design/icons';
import { Button, Popover, Select } from 'antd';
import { useState } from 'react';
import { useProcessOptions } from '../../workflow/index.ts';
import { useFavourites, useToggleFavourite } from '../hooks/queries.ts';
import { workbenchMessages as m } from '../messages.ts';
import { ProcessTile } from './ProcessTile.tsx';
import { WidgetCard } from './WidgetCard.tsx';

function categoryName(category: unknown): string | undefined {
  if (typeof category === 'string') return category;
  if (category && typeof category === 'object' && 'name' in category) {
    return String(category.name);
  }
  return undefined;
}

/** 常用流程: my starred processes, one click to start; add one from every process I can see. */
function AddFavourite({ taken }: { taken: string[] }) {
  const [open, setOpen] = useState(false);
  const processes = useProcessOptions();
  const toggle = useToggleFavourite();
  const options = (processes.data?.items ?? [])
    .filter((process) => !taken.includes(process.key))
    .map((process) => ({ value: process.key, label: process.name }));
  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      content={
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 240 }}
          placeholder={m.pickProcess}
          loading={processes.isLoading}
          options={options}
          onChange={(processKey: string) =>
            toggle.mutate({ processKey, on: true }, { onSuccess: () => setOpen(false) })
          }
        />
      }
    >
      <Button type="text" size="small" icon={<PlusOutlined />}>
        {m.addFavourite}
      </Button>
    </Popover>
  );
}

export function FavouritesWidget() {
  const favourites = useFavourites();
  const toggle = useToggleFavourite();
  const items = favourites.data?.items ?? [];
  return (
    <WidgetCard
      widget="favourites"
      more="/workflow/catalogue"
      loading={favourites.isLoading}
      failed={favourites.isError}
      empty={items.length === 0 && m.empty.favourites}
      extra={<AddFavourite taken={items.map((item) => item.processKey)} />}
    >
      <div className="yw-proc-grid">
        {items.map((item) => (
          <ProcessTile
            key={item.processKey}
            processKey={item.processKey}
            name={item.name}
            hint={categoryName(item.category)}
            starred
            onStar={(on) => toggle.mutate({ processKey: item.processKey, on })}
          />
        ))}
      </div>
    </WidgetCard>
  );
}
