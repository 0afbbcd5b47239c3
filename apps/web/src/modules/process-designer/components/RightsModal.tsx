import { Form, Modal, Radio, Select, Skeleton, TreeSelect } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { PersonPicker, useDepartmentTree, useRoles, type DepartmentNode } from '../../org/index.ts';
import { designerApi } from '../api/designer.api.ts';
import type { ProcessRights } from '../api/types.ts';
import { designerMessages as m } from '../messages.ts';

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}
const toOptions = (nodes: DepartmentNode[]): TreeOption[] =>
  nodes.map((n) => ({ value: n.id, title: n.name, children: toOptions(n.children) }));

/** 发起权限 and 管理权限 of one process. */
export function RightsModal({
  processKey,
  onSave,
  onClose,
}: {
  processKey: string | null;
  onSave: (key: string, rights: ProcessRights) => Promise<void>;
  onClose: () => void;
}) {
  const loaded = useQuery({
    queryKey: ['process-designer', 'rights', processKey],
    queryFn: () => designerApi.rights(processKey ?? ''),
    enabled: processKey !== null,
  });
  const roles = useRoles(processKey !== null);
  const tree = useDepartmentTree();
  const [rights, setRights] = useState<ProcessRights>({ start: null, manage: null });
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (loaded.data) setRights(loaded.data);
  }, [loaded.data]);
  const roleOptions = useMemo(
    () => (roles.data ?? []).map((r) => ({ value: r.code, label: r.name })),
    [roles.data],
  );
  const start = rights.start;
  const manage = rights.manage;
  return (
    <Modal
      open={processKey !== null}
      title={m.rights.title}
      width={600}
      confirmLoading={saving}
      onCancel={onClose}
      onOk={async () => {
        if (!processKey) return;
        setSaving(true);
        try {
          await onSave(processKey, rights);
        } finally {
          setSaving(false);
        }
      }}
      destroyOnHidden
    >
      {loaded.isLoading ? (
        <Skeleton active />
      ) : (
        <Form layout="vertical">
          <Form.Item label={m.rights.start}>
            <Radio.Group
              value={start ? 'limited' : 'all'}
              onChange={(e) =>
                setRights({
                  ...rights,
                  start:
                    e.target.value === 'all' ? null : { departments: [], roles: [], people: [] },
                })
              }
              options={[
                { value: 'all', label: m.rights.startAll },
                { value: 'limited', label: m.rights.startLimited },
              ]}
            />
          </Form.Item>
          {start && (
            <>
              <Form.Item label={m.rights.departments}>
                <TreeSelect
                  multiple
                  treeDefaultExpandAll
                  treeData={toOptions(tree.data ?? [])}
                  value={start.departments}
                  onChange={(departments: string[]) =>
                    setRights({ ...rights, start: { ...start, departments } })
                  }
                />
              </Form.Item>
              <Form.Item label={m.rights.roles}>
                <Select
                  mode="multiple"
                  optionFilterProp="label"
                  options={roleOptions}
                  value={start.roles}
                  onChange={(r: string[]) =>
                    setRights({ ...rights, start: { ...start, roles: r } })
                  }
                />
              </Form.Item>
              <Form.Item label={m.rights.people}>
                <PersonPicker
                  multiple
                  value={start.people}
                  onChange={(p) =>
                    setRights({ ...rights, start: { ...start, people: Array.isArray(p) ? p : [] } })
                  }
                />
              </Form.Item>
            </>
          )}
          <Form.Item label={m.rights.manage}>
            <Radio.Group
              value={manage ? 'limited' : 'all'}
              onChange={(e) =>
                setRights({
                  ...rights,
                  manage: e.target.value === 'all' ? null : { roles: [], people: [] },
                })
              }
              options={[
                { value: 'all', label: m.rights.manageAll },
                { value: 'limited', label: m.rights.manageLimited },
              ]}
            />
          </Form.Item>
          {manage && (
            <>
              <Form.Item label={m.rights.roles}>
                <Select
                  mode="multiple"
                  optionFilterProp="label"
                  options={roleOptions}
                  value={manage.roles}
                  onChange={(r: string[]) =>
                    setRights({ ...rights, manage: { ...manage, roles: r } })
                  }
                />
              </Form.Item>
              <Form.Item label={m.rights.people}>
                <PersonPicker
                  multiple
                  value={manage.people}
                  onChange={(p) =>
                    setRights({
                      ...rights,
                      manage: { ...manage, people: Array.isArray(p) ? p : [] },
                    })
                  }
                />
              </Form.Item>
            </>
          )}
        </Form>
      )}
    </Modal>
  );
}
