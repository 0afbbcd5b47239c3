import { z } from 'zod';

const handle = z.string().trim().min(1).max(100);

/** `POST /test/organisation`: a scenario's organisation (conformance README, `org`). */
export const organisationBody = z.strictObject({
  departments: z
    .array(
      z.object({
        id: handle,
        name: z.string().min(1).max(100),
        parent: handle.optional(),
        head: handle.optional(),
      }),
    )
    .max(1000),
  people: z
    .array(
      z.object({
        id: handle,
        name: z.string().min(1).max(100),
        dept: handle,
        superior: handle.optional(),
        roles: z.array(handle).optional(),
      }),
    )
    .max(5000),
  roles: z.array(z.object({ id: handle, name: z.string().min(1).max(100) })).max(1000),
  /** Every account gets this password (and need not change it). */
  password: z.string().min(8).max(100),
});

export type OrganisationInput = z.infer<typeof organisationBody>;

/** `POST /test/clock/advance`: an ISO 8601 duration. */
export const advanceBody = z.strictObject({ duration: z.string().min(2).max(50) });
