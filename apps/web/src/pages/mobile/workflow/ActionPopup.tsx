import { Button, Popup, Selector, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { mobileWorkflowMessages as m } from './messages.ts';
import { PersonSearchList, type PickedPerson } from './PersonSearchList.tsx';
import { PhraseChips } from './PhraseChips.tsx';
import { useInstanceAction } from './queries.ts';
import type { InstanceView } from './types.ts';

/** The decisions that take a comment: 同意, 驳回, 退回 (to a node), 转办 (to a person). */
export type Decision = 'approve' | 'reject' | 'return' | 'transfer';

/** Nodes this instance has passed that a return may go back to (start = the initiator). */
function returnTargets(view: InstanceView): { label: string; value: string }[] {
  const current = new Set(view.myTasks.map((task) => task.node));
  return view.graph.nodes
    .filter((node) => node.progress === 'passed' && !current.has(node.id))
    .filter((node) => node.type === 'start' || node.type === 'approval')
    .map((node) => ({ value: node.id, label: node.type === 'start' ? m.initiator : node.name }));
}

/** A bottom sheet for one decision: its target, a comment with 常用意见, and confirm. */
export function ActionPopup({
  view,
  decision,
  onClose,
}: {
  view: InstanceView;
  decision: Decision | null;
  onClose: () => void;
}) {
  const action = useInstanceAction(view.id);
  const [comment, setComment] = useState('');
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const targets = decision === 'return' ? returnTargets(view) : [];
  const nodes = new Set(view.myTasks.map((task) => task.node));
  const node = nodes.size > 1 ? view.myTasks[0]?.node : undefined;

  const confirm = async () => {
    if (!decision) return;
    if (decision === 'transfer' && !person) {
      Toast.show({ content: m.pickPerson });
      return;
    }
    const body: Record<string, unknown> = { node, comment: comment.trim() || undefined };
    if (decision === 'return' && returnTo) body.to = returnTo;
    if (decision === 'transfer' && person) body.to = person.id;
    try {
      await action.mutateAsync({ action: decision, body });
      Toast.show({ icon: 'success', content: m.done });
      setComment('');
      onClose();
    } catch (error) {
      Toast.show({ icon: 'fail', content: isApiError(error) ? error.message : String(error) });
    }
  };

  return (
    <Popup
      visible={decision !== null}
      onMaskClick={onClose}
      onClose={onClose}
      bodyClassName="yw-mw-sheet"
      showCloseButton
      destroyOnClose
    >
      {decision && (
        <div className="yw-mw-sheet-body" data-testid="mobile-action-sheet">
          <div className="yw-mw-sheet-title">{m.actions[decision]}</div>
          {decision === 'return' && targets.length > 0 && (
            <div className="yw-mw-sheet-field">
              <div className="yw-mw-sheet-label">{m.returnTo}</div>
              <Selector
                options={targets}
                value={returnTo ? [returnTo] : []}
                onChange={(values) => setReturnTo(values[0] ?? null)}
              />
            </div>
          )}
          {decision === 'transfer' && (
            <div className="yw-mw-sheet-field">
              <div className="yw-mw-sheet-label">
                {m.transferTo}
                {person && <strong> {person.name}</strong>}
              </div>
              <PersonSearchList value={person} onChange={setPerson} />
            </div>
          )}
          <TextArea
            className="yw-mw-comment-box"
            placeholder={m.commentPlaceholder}
            value={comment}
            onChange={setComment}
            rows={3}
            maxLength={2000}
            autoSize={{ minRows: 3, maxRows: 6 }}
          />
          <PhraseChips
            onPick={(text) => setComment((old) => (old ? `${old}${m.phraseGlue}${text}` : text))}
          />
          <Button
            block
            color={
              decision === 'approve' ? 'primary' : decision === 'reject' ? 'danger' : 'default'
            }
            size="large"
            loading={action.isPending}
            onClick={() => void confirm()}
            className="yw-mw-sheet-confirm"
          >
            {m.confirmAction(m.actions[decision])}
          </Button>
        </div>
      )}
    </Popup>
  );
}
