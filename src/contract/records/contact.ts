// The communication log (seed 003): periodic reviews and daily contacts with a customer, a supplier or a
// third party — who, when, what, and follow-ups with owners and due dates. Zod-free (the browser imports
// it); the schema is in contact-payloads.ts.

export type { Contact, FollowUp } from './contact-payloads';
import type { Changed } from './changed';
import type { Contact } from './contact-payloads';

export const PARTY_KINDS = ['customer', 'supplier', 'thirdParty'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const CONTACT_KINDS = ['review', 'daily'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CONTACT = { list: 'contact.list', save: 'contact.save', remove: 'contact.remove' } as const;

/** A contact as the log lists it: with its party's name (null when the party is gone), the display names
 * of its follow-ups' owners (by account id; absent when Jira no longer knows one), and which follow-ups
 * (by index) are open past their due date where the service works. */
export type ContactItem = Contact &
  Changed & {
    readonly partyName: string | null;
    readonly ownerNames: Readonly<Record<string, string>>;
    readonly overdue: readonly number[];
  };
