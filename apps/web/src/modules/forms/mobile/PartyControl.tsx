import { CheckOutlined } from '@ant-design/icons';
import { Button, List, Popup, SearchBar } from 'antd-mobile';
import { useState } from 'react';
import { useDepartmentSearch, usePeopleSearch } from '../../org/index.ts';
import { mobileFormMessages as m } from './messages.ts';
import { usePartyNames } from './usePartyNames.ts';

interface Option {
  id: string;
  name: string;
  detail: string;
}

function useOptions(kind: 'person' | 'department', text: string): Option[] {
  const people = usePeopleSearch(kind === 'person' ? text : '', 30).data ?? [];
  const departments = useDepartmentSearch(kind === 'department' ? text : '').data ?? [];
  if (!text.trim()) return [];
  return kind === 'person'
    ? people.map((p) => ({
        id: p.id,
        name: p.name,
        detail: `${p.departmentName ?? ''} ${p.employeeNo}`,
      }))
    : departments.map((d) => ({ id: d.id, name: d.name, detail: d.code }));
}

/** 人员 / 科室: a bottom sheet that searches by name, pinyin, initials or number. */
export function PartyControl({
  kind,
  value,
  onChange,
  multiple,
  disabled,
}: {
  kind: 'person' | 'department';
  value: string | string[] | null;
  onChange: (value: string | string[] | null) => void;
  multiple: boolean;
  disabled: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  // Names of what was picked here; ids from elsewhere (a draft) show as a count.
  const [names, setNames] = useState<Record<string, string>>({});
  const options = useOptions(kind, text);
  const chosen = Array.isArray(value) ? value : value ? [value] : [];
  const known = usePartyNames(kind === 'person' ? chosen.filter((id) => !names[id]) : []);
  const nameOf = (id: string) => names[id] ?? known.get(id);
  const label = chosen.length
    ? chosen.every((id) => nameOf(id))
      ? chosen.map((id) => nameOf(id)).join(m.listSeparator)
      : m.picked.replace('{n}', String(chosen.length))
    : m.choose;

  const pick = (option: Option) => {
    setNames((old) => ({ ...old, [option.id]: option.name }));
    if (!multiple) {
      onChange(option.id);
      setOpen(false);
      return;
    }
    onChange(
      chosen.includes(option.id) ? chosen.filter((id) => id !== option.id) : [...chosen, option.id],
    );
  };

  return (
    <>
      <button
        type="button"
        className={`yw-mf-trigger${chosen.length ? '' : ' is-empty'}`}
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      <Popup
        visible={open}
        onMaskClick={() => setOpen(false)}
        bodyClassName="yw-mf-sheet"
        destroyOnClose
      >
        <div className="yw-mf-sheet-body">
          <SearchBar
            placeholder={kind === 'person' ? m.searchPerson : m.searchDepartment}
            value={text}
            onChange={setText}
          />
          <List className="yw-mf-sheet-list">
            {options.map((option) => (
              <List.Item
                key={option.id}
                onClick={() => pick(option)}
                description={option.detail}
                arrowIcon={false}
                extra={
                  chosen.includes(option.id) ? <CheckOutlined className="yw-mf-check" /> : null
                }
              >
                {option.name}
              </List.Item>
            ))}
          </List>
          {!text.trim() && <p className="yw-mf-sheet-hint">{m.typeHint}</p>}
          {multiple && (
            <Button block color="primary" onClick={() => setOpen(false)}>
              {m.done}
            </Button>
          )}
        </div>
      </Popup>
    </>
  );
}
