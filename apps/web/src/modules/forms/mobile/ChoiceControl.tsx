import { Picker, Selector } from 'antd-mobile';
import { useState } from 'react';
import { mobileFormMessages as m } from './messages.ts';

/** 单选 / 多选: chips when the options fit on a phone, a wheel picker when they do not. */
export function ChoiceControl({
  options,
  value,
  onChange,
  multiple,
  disabled,
}: {
  options: string[];
  value: string | string[] | null;
  onChange: (value: string | string[] | null) => void;
  multiple: boolean;
  disabled: boolean;
}) {
  const [open, setOpen] = useState(false);
  const chosen = Array.isArray(value) ? value : value ? [value] : [];
  if (multiple || options.length <= 6) {
    return (
      <Selector
        className="yw-mf-selector"
        options={options.map((option) => ({ label: option, value: option }))}
        multiple={multiple}
        disabled={disabled}
        value={chosen}
        onChange={(values) => onChange(multiple ? values : (values[0] ?? null))}
        style={{ '--padding': '6px 14px' }}
      />
    );
  }
  return (
    <>
      <button
        type="button"
        className={`yw-mf-trigger${chosen.length ? '' : ' is-empty'}`}
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        {chosen[0] ?? m.choose}
      </button>
      <Picker
        visible={open}
        onClose={() => setOpen(false)}
        columns={[options.map((option) => ({ label: option, value: option }))]}
        value={chosen.slice(0, 1)}
        confirmText={m.done}
        cancelText={m.cancel}
        onConfirm={(values) => onChange(values[0] === undefined ? null : String(values[0]))}
      />
    </>
  );
}
