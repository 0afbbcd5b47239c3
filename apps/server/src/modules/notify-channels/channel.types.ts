import type { NotificationChannel } from '../workflow/index.ts';

/** How a channel reaches a person; a missing address means "skip silently". */
export interface PersonAddress {
  email: string | null;
  phone: string | null;
  /** The WeCom userid: the person's 工号 (employee number), as in the hospital's WeCom directory. */
  wecomUserId: string | null;
}

export type AddressLookup = (personId: string) => Promise<PersonAddress | null>;

export type { NotificationChannel, DeliveredNotification } from '../workflow/index.ts';

/** Builds a channel from what every channel needs. */
export type ChannelFactory = (addresses: AddressLookup) => NotificationChannel;
