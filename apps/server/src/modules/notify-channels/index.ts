import type { AppDeps, AppModule } from '../../http/context.ts';
import { configuredChannels } from './channels.ts';

export { outboxConnectionSettings } from './channels.ts';
import { createOutboxSweeper, type OutboxSweeper } from './outbox.sweeper.ts';

export { createEmailChannel } from './email.channel.ts';
export { createSmsChannel } from './sms.channel.ts';
export { createWecomChannel } from './wecom.channel.ts';

/** The notify-channels module of one app: it has no routes, only its outbox sweeper. */
export interface NotifyChannelsModule extends AppModule {
  sweeper(deps: AppDeps): OutboxSweeper;
}

/**
 * 消息通道: e-mail, SMS and WeCom delivery of workflow notifications through a
 * durable outbox (filled by a database trigger), swept by every server.
 */
export function createNotifyChannelsModule(): NotifyChannelsModule {
  const sweepers = new WeakMap<AppDeps, OutboxSweeper>();
  const sweeperOf = (deps: AppDeps) => {
    let sweeper = sweepers.get(deps);
    if (!sweeper) {
      sweeper = createOutboxSweeper(deps, configuredChannels(deps));
      sweepers.set(deps, sweeper);
    }
    return sweeper;
  };
  return {
    name: 'notify-channels',
    registerRoutes(app, deps) {
      const sweeper = sweeperOf(deps);
      app.addHook('onReady', (done) => {
        sweeper.start();
        done();
      });
      app.addHook('preClose', async () => sweeper.stop());
    },
    sweeper: sweeperOf,
  };
}

export const notifyChannelsModule = createNotifyChannelsModule();
