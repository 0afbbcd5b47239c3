import { StarFilled, StarOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { Link } from 'react-router';
import { workbenchMessages as m } from '../messages.ts';

// A stable pleasant colour per process, so the same process looks the same everywhere.
const palette = ['#1a6fe0', '#129c9a', '#7a5af8', '#e8833a', '#18a058', '#d9468f', '#3d7bd9'];
function colourOf(key: string): string {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length] ?? '#1a6fe0';
}

interface Props {
  processKey: string;
  name: string;
  hint?: string;
  starred: boolean;
  onStar: (on: boolean) => void;
}

/** One process to start with a click, with a star to keep it among the favourites. */
export function ProcessTile({ processKey, name, hint, starred, onStar }: Props) {
  return (
    <div className="yw-proc-tile">
      <Link to={`/workflow/start/${encodeURIComponent(processKey)}`} className="yw-proc-link">
        <span className="yw-proc-badge" style={{ background: colourOf(processKey) }}>
          {name.slice(0, 1)}
        </span>
        <span className="yw-proc-text">
          <span className="yw-proc-name">{name}</span>
          {hint && <span className="yw-proc-hint">{hint}</span>}
        </span>
      </Link>
      <Tooltip title={starred ? m.unfavourite : m.favourite}>
        <Button
          type="text"
          size="small"
          aria-label={starred ? m.unfavourite : m.favourite}
          icon={starred ? <StarFilled style={{ color: '#f5b301' }} /> : <StarOutlined />}
          onClick={() => onStar(!starred)}
        />
      </Tooltip>
    </div>
  );
}
