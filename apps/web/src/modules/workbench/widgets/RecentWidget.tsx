import dayjs from 'dayjs';
import { useFavourites, useRecentProcesses, useToggleFavourite } from '../hooks/queries.ts';
import { workbenchMessages as m } from '../messages.ts';
import { ProcessTile } from './ProcessTile.tsx';
import { WidgetCard } from './WidgetCard.tsx';

/** 最近发起: the processes I started lately, to start again; a star keeps one among favourites. */
export function RecentWidget() {
  const recent = useRecentProcesses();
  const favourites = useFavourites();
  const toggle = useToggleFavourite();
  const starred = new Set((favourites.data?.items ?? []).map((item) => item.processKey));
  const items = recent.data?.items ?? [];
  return (
    <WidgetCard
      widget="recent"
      more="/workflow/catalogue"
      loading={recent.isLoading}
      failed={recent.isError}
      empty={items.length === 0 && m.empty.recent}
    >
      <div className="yw-proc-grid">
        {items.map((item) => (
          <ProcessTile
            key={item.processKey}
            processKey={item.processKey}
            name={item.name}
            hint={m.lastStarted(dayjs(item.lastStartedAt).format('MM-DD HH:mm'))}
            starred={starred.has(item.processKey)}
            onStar={(on) => toggle.mutate({ processKey: item.processKey, on })}
          />
        ))}
      </div>
    </WidgetCard>
  );
}
