import { newId } from '@yuanwu/kernel';
import type { VirtualUser } from '../seed/sessions.ts';
import { fillForm } from './forms.ts';
import { fillContext, pick, type LoadWorld } from './world.ts';

interface Paged<T> {
  items: T[];
  total: number;
}
interface ListItem {
  instanceId: string;
  node: string | null;
}

/** 打开工作台: the badge counts and the first page of 待办, as the home page loads them. */
export async function openWorkbench(world: LoadWorld, user: VirtualUser, pageSize: number) {
  await Promise.all([
    world.http.call('workbench: counts', user, 'GET', '/api/v1/workflow/counts'),
    world.http.call(
      'workbench: todo list',
      user,
      'GET',
      `/api/v1/workflow/todo?pageSize=${pageSize}`,
    ),
  ]);
}

/** 处理待办: open one to-do and approve it (sometimes return or transfer it). */
export async function handleTask(world: LoadWorld, user: VirtualUser, pageSize: number) {
  const todo = await world.http.call<Paged<ListItem>>(
    'workbench: todo list',
    user,
    'GET',
    `/api/v1/workflow/todo?pageSize=${pageSize}`,
  );
  const item = pick(todo.body?.items ?? []);
  if (item === undefined) return;
  const opened = await world.http.call<{
    tasks?: { node: string; assignee: string; state: string }[];
  }>('open instance', user, 'GET', `/api/v1/workflow/instances/${item.instanceId}`);
  const roll = Math.random();
  const headers = { 'idempotency-key': newId() };
  const base = `/api/v1/workflow/instances/${item.instanceId}`;
  const node = item.node ?? undefined;
  if (roll < 0.8) {
    await world.http.call(
      'action: approve',
      user,
      'POST',
      `${base}/approve`,
      { node, comment: '同意' },
      headers,
    );
  } else if (roll < 0.9) {
    await world.http.call(
      'action: return',
      user,
      'POST',
      `${base}/return`,
      { node, comment: '请补充材料' },
      headers,
    );
  } else {
    // As a person would: not to a colleague who already handles this step (a co-signer).
    const handling = new Set(
      (opened.body?.tasks ?? [])
        .filter((task) => task.node === node && (task.state === 'open' || task.state === 'waiting'))
        .map((task) => task.assignee),
    );
    const other = pick(
      world.users.filter(
        (u) => u.departmentId === user.departmentId && u !== user && !handling.has(u.personId),
      ),
    );
    if (other === undefined) return;
    await world.http.call(
      'action: transfer',
      user,
      'POST',
      `${base}/transfer`,
      { node, to: other.personId },
      headers,
    );
  }
}

/** 发起流程: the catalogue, the start form, then submit a filled form. */
export async function startProcess(world: LoadWorld, user: VirtualUser) {
  await world.http.call('start: catalogue', user, 'GET', '/api/v1/workflow/processes');
  const process = pick(world.startable);
  if (process === undefined) return;
  await world.http.call(
    'start: form',
    user,
    'GET',
    `/api/v1/workflow/processes/${process.key}/form`,
  );
  const form = fillForm(process.fields, fillContext(world, user));
  if (form === null) return;
  await world.http.call(
    'action: start',
    user,
    'POST',
    '/api/v1/workflow/instances',
    { processKey: process.key, form },
    {
      'idempotency-key': newId(),
    },
  );
}

/** 我发起的 → one of them (the instance page with its history and chart). */
export async function openStarted(world: LoadWorld, user: VirtualUser, pageSize: number) {
  const started = await world.http.call<Paged<ListItem>>(
    'list: started',
    user,
    'GET',
    `/api/v1/workflow/started?pageSize=${pageSize}`,
  );
  const item = pick(started.body?.items ?? []);
  if (item)
    await world.http.call(
      'open instance',
      user,
      'GET',
      `/api/v1/workflow/instances/${item.instanceId}`,
    );
}

/** 已办, paged back in time like someone looking for an old request. */
export async function pageDone(world: LoadWorld, user: VirtualUser, pageSize: number) {
  for (let page = 1; page <= 3; page += 1) {
    await world.http.call(
      'list: done (paged)',
      user,
      'GET',
      `/api/v1/workflow/done?page=${page}&pageSize=${pageSize}`,
    );
  }
}

export async function readNotifications(world: LoadWorld, user: VirtualUser, pageSize: number) {
  await world.http.call(
    'notifications',
    user,
    'GET',
    `/api/v1/workflow/notifications?pageSize=${pageSize}`,
  );
}

/** 通讯录: a colleague found by pinyin initials as typed, two keystrokes then three. */
export async function searchPerson(world: LoadWorld, user: VirtualUser) {
  const other = pick(world.users);
  const initials = other?.initials ?? 'zw';
  for (const length of [2, 3]) {
    const q = encodeURIComponent(initials.slice(0, length));
    await world.http.call(
      'person search (pinyin)',
      user,
      'GET',
      `/api/v1/org/people/search?q=${q}`,
    );
  }
}

/** 登录: the password check included (argon2), at the rate people actually log in. */
export async function logIn(world: LoadWorld, user: VirtualUser) {
  await world.http.call('login', null, 'POST', '/api/v1/auth/login', {
    username: user.username,
    password: world.demoPassword,
  });
}
