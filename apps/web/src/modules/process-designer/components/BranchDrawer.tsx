import { Alert, Checkbox, Drawer, Input, Segmented, Space } from 'antd';
import { holdsValue, parseExpression, type FormSchema } from '@yuanwu/form-engine';
import { useEffect, useMemo, useState } from 'react';
import { fromExpression, toExpression, type RuleGroups } from '../model/conditions.ts';
import type { Branch } from '../model/nested.ts';
import { designerMessages as m } from '../messages.ts';
import { ConditionBuilder } from './ConditionBuilder.tsx';

const numericTypes = new Set(['number', 'money', 'formula']);

/** The rules of an expression; an empty one starts with one rule to fill in. */
function rulesOf(when: string): RuleGroups | null {
  const groups = fromExpression(when);
  if (groups === null) return null;
  const nonEmpty = groups.filter((group) => group.length > 0);
  return nonEmpty.length > 0 ? nonEmpty : [[{ field: '', op: '>', value: '' }]];
}

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
  // The visual rules as the user has them, incomplete ones included: the expression leaves
  // out a rule without a field or value, so reading the rules back from it would make a
  // freshly added rule vanish before it could be filled in.
  const [groups, setGroups] = useState<RuleGroups | null>(() => rulesOf(branch?.when ?? ''));
  useEffect(() => {
    setText(branch?.when ?? '');
    setGroups(rulesOf(branch?.when ?? ''));
    // Only another branch resets the editor; its own writes must not.
  }, [branch?.key]);
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
  const typed = (when: string) => {
    write(when);
    setGroups(rulesOf(when));
  };
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
                value={groups}
                onChange={(next: RuleGroups) => {
                  setGroups(next);
                  write(toExpression(next, numeric));
                }}
              />
            ) : (
              <Input.TextArea
                rows={4}
                value={text}
                placeholder={m.condition.textHelp}
                onChange={(event) => typed(event.target.value)}
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
