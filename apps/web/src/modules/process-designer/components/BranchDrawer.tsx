import { Alert, Checkbox, Drawer, Input, Segmented, Space } from 'antd';
import { holdsValue, parseExpression, type FormSchema } from '@yuanwu/form-engine';
import { useEffect, useMemo, useState } from 'react';
import { fromExpression, toExpression, type RuleGroups } from '../model/conditions.ts';
import type { Branch } from '../model/nested.ts';
import { designerMessages as m } from '../messages.ts';
import { ConditionBuilder } from './ConditionBuilder.tsx';

const numericTypes = new Set(['number', 'money', 'formula']);

/** The condition of one branch: visual builder or expression text, validated as typed. */
export function BranchDrawer({
  branch,
  form,
  canDefault,
  onChange,
  onClose,
}: {
  branch: Branch | null;
  form: FormSchema;
  canDefault: boolean;
  onChange: (branch: Branch) => void;
  onClose: () => void;
}) {
  const [mode, setMode] = useState<'visual' | 'text'>('visual');
  const [text, setText] = useState(branch?.when ?? '');
  useEffect(() => setText(branch?.when ?? ''), [branch?.key, branch?.when]);
  const groups = useMemo(() => fromExpression(text), [text]);
  const numeric = useMemo(
    () =>
      new Set(
        form.fields.filter((f) => holdsValue(f) && numericTypes.has(f.type)).map((f) => f.key),
      ),
    [form],
  );
  const fieldKeys = useMemo(() => new Set(form.fields.map((f) => f.key)), [form]);
  if (!branch) return <Drawer open={false} onClose={onClose} />;

  const parsed = text.trim() === '' ? null : parseExpression(text);
  const write = (when: string) => {
    setText(when);
    const rest = { ...branch };
    delete rest.when;
    onChange(when.trim() === '' ? rest : { ...rest, when });
  };
  const visual = mode === 'visual' && groups !== null;
  const unknownField = (groups ?? [])
    .flat()
    .find((rule) => rule.field && !fieldKeys.has(rule.field));
  return (
    <Drawer open width={560} title={m.condition.title} onClose={onClose} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        {canDefault && (
          <Checkbox
            checked={branch.isDefault === true}
            onChange={(event) => {
              const rest = { ...branch };
              delete rest.when;
              delete rest.isDefault;
              onChange(event.target.checked ? { ...rest, isDefault: true } : rest);
            }}
          >
            {m.condition.isDefault}
          </Checkbox>
        )}
        {!branch.isDefault && (
          <>
            <Segmented
              value={mode}
              onChange={(value) => setMode(value as 'visual' | 'text')}
              options={[
                { value: 'visual', label: m.condition.visual },
                { value: 'text', label: m.condition.text },
              ]}
            />
            {mode === 'visual' && groups === null && (
              <Alert type="info" showIcon message={m.condition.notVisual} />
            )}
            {visual ? (
              <ConditionBuilder
                form={form}
                value={groups.length === 0 ? [[]] : groups}
                onChange={(next: RuleGroups) => write(toExpression(next, numeric))}
              />
            ) : (
              <Input.TextArea
                rows={4}
                value={text}
                placeholder={m.condition.textHelp}
                onChange={(event) => write(event.target.value)}
                data-testid="condition-text"
                style={{ fontFamily: 'monospace' }}
              />
            )}
            {parsed && !parsed.ok && <Alert type="error" showIcon message={parsed.error.message} />}
            {parsed?.ok && unknownField && (
              <Alert type="error" showIcon message={m.condition.unknownField(unknownField.field)} />
            )}
            {parsed?.ok && !unknownField && (
              <Alert type="success" showIcon message={m.condition.valid} />
            )}
          </>
        )}
      </Space>
    </Drawer>
  );
}
