import { Checkbox, InputNumber, Radio, Select, Space } from 'antd';
import type { FormSchema } from '@yuanwu/form-engine';
import { PersonPicker, useRoles } from '../../org/index.ts';
import type { AssigneeRule } from '../model/definition.ts';
import { designerMessages as m } from '../messages.ts';

type RuleKind = 'people' | 'role' | 'departmentHead' | 'superior' | 'field' | 'initiator';

function kindOf(rule: AssigneeRule): RuleKind {
  if ('people' in rule) return 'people';
  if ('role' in rule) return 'role';
  if ('departmentHead' in rule) return 'departmentHead';
  if ('superior' in rule) return 'superior';
  if ('field' in rule) return 'field';
  return 'initiator';
}

function blank(kind: RuleKind): AssigneeRule {
  switch (kind) {
    case 'people':
      return { people: [] };
    case 'role':
      return { role: '' };
    case 'departmentHead':
      return { departmentHead: 'initiator', level: 1 };
    case 'superior':
      return { superior: 'initiator' };
    case 'field':
      return { field: '' };
    case 'initiator':
      return { initiator: true };
  }
}

/** A role rule, limited to the initiator's own department (a ward's 护士长) when scoped. */
function withScope(role: string, scope: 'initiatorDepartment' | undefined): AssigneeRule {
  return scope ? { role, scope } : { role };
}

/** Who handles a node: people / role / department head (level) / superior / form field / initiator. */
export function AssigneeEditor({
  value,
  onChange,
  form,
}: {
  value: AssigneeRule;
  onChange: (rule: AssigneeRule) => void;
  form: FormSchema;
}) {
  const roles = useRoles();
  const kind = kindOf(value);
  const personFields = form.fields.filter((field) => field.type === 'person');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Radio.Group
        value={kind}
        onChange={(event) => onChange(blank(event.target.value as RuleKind))}
        optionType="button"
        size="small"
        options={(
          ['people', 'role', 'departmentHead', 'superior', 'field', 'initiator'] as const
        ).map((k) => ({ value: k, label: m.assignee[k] }))}
      />
      {'people' in value && (
        <PersonPicker
          multiple
          value={value.people}
          onChange={(people) => onChange({ people: Array.isArray(people) ? people : [] })}
          style={{ width: '100%' }}
        />
      )}
      {'role' in value && (
        <>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={m.assignee.pick}
            value={value.role || undefined}
            loading={roles.isLoading}
            options={(roles.data ?? []).map((role) => ({ value: role.code, label: role.name }))}
            onChange={(role: string) => onChange(withScope(role, value.scope))}
            style={{ width: '100%' }}
          />
          <Checkbox
            checked={value.scope === 'initiatorDepartment'}
            onChange={(event) =>
              onChange(
                withScope(value.role, event.target.checked ? 'initiatorDepartment' : undefined),
              )
            }
          >
            {m.assignee.roleScope}
          </Checkbox>
        </>
      )}
      {'departmentHead' in value && (
        <InputNumber
          min={1}
          max={20}
          addonBefore={m.assignee.levelBefore}
          addonAfter={m.assignee.levelAfter || undefined}
          value={value.level ?? 1}
          onChange={(level) => onChange({ departmentHead: 'initiator', level: level ?? 1 })}
        />
      )}
      {'field' in value && (
        <Select
          placeholder={m.assignee.pick}
          value={value.field || undefined}
          options={personFields.map((field) => ({ value: field.key, label: field.label }))}
          onChange={(field: string) => onChange({ field })}
          style={{ width: '100%' }}
        />
      )}
    </Space>
  );
}
