/** What the server must do after a command: send these and schedule these. */
export interface Notification {
  to: string;
  kind: 'task' | 'cc' | 'urge' | 'timeout' | 'result';
  instance: string;
  task?: string;
}

export interface TimerRequest {
  instance: string;
  task: string;
  dueAt: string;
}

export interface Effects {
  notifications: Notification[];
  timers: TimerRequest[];
}
