import { ContactsScreen } from '../../modules/org/index.ts';

/** 通讯录: open to every signed-in person. */
export function ContactsPage() {
  return <ContactsScreen />;
}
