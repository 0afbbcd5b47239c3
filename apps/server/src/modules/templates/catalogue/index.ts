import type { ProcessTemplate } from '../template.types.ts';
import { adverseEvent } from './adverse-event.ts';
import { archiveBorrow } from './archive-borrow.ts';
import { archiveReturn } from './archive-return.ts';
import { badge } from './badge.ts';
import { budgetAdjust } from './budget-adjust.ts';
import { budgetRequest } from './budget-request.ts';
import { contract } from './contract.ts';
import { deviceAdverseEvent } from './device-adverse-event.ts';
import { deviceRepairFee } from './device-repair-fee.ts';
import { dispatch } from './dispatch.ts';
import { expense } from './expense.ts';
import { firstMaterial } from './first-material.ts';
import { incomeCertificate } from './income-certificate.ts';
import { itRequirement } from './it-requirement.ts';
import { leave } from './leave.ts';
import { manuscript } from './manuscript.ts';
import { notice } from './notice.ts';
import { noticeFiling } from './notice-filing.ts';
import { partyRequest } from './party-request.ts';
import { pettyPurchase } from './petty-purchase.ts';
import { purchaseJustification } from './purchase-justification.ts';
import { reception } from './reception.ts';
import { repair } from './repair.ts';
import { researchExpense } from './research-expense.ts';
import { researchTravel } from './research-travel.ts';
import { sealUse } from './seal.ts';
import { sealEngraving } from './seal-engraving.ts';
import { signage } from './signage.ts';
import { systemLaunch } from './system-launch.ts';
import { travelExpense } from './travel-expense.ts';

/**
 * Every template of the gallery: 请假申请 and the named processes of the
 * tender (000 §2(3).4), in its order.
 */
export const templateCatalogue: readonly ProcessTemplate[] = [
  leave,
  partyRequest,
  manuscript,
  dispatch,
  sealUse,
  notice,
  archiveBorrow,
  archiveReturn,
  contract,
  noticeFiling,
  sealEngraving,
  reception,
  badge,
  signage,
  deviceAdverseEvent,
  adverseEvent,
  researchExpense,
  researchTravel,
  incomeCertificate,
  travelExpense,
  budgetAdjust,
  budgetRequest,
  expense,
  pettyPurchase,
  purchaseJustification,
  repair,
  firstMaterial,
  deviceRepairFee,
  itRequirement,
  systemLaunch,
];
