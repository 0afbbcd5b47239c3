import type { Migration } from 'kysely';
import * as organisation from './20261123T1900_organisation.ts';
import * as identity from './20261123T1901_identity.ts';
import * as audit from './20261123T1902_audit.ts';
import * as authSecurityPolicy from './20261123T1930_auth_security_policy.ts';
import * as orgSearch from './20261123T1932_org_search.ts';
import * as orgCatalogue from './20261123T1933_org_catalogue.ts';
import * as workflowDefinitions from './20261123T1940_workflow_definitions.ts';
import * as workflowInstances from './20261123T1941_workflow_instances.ts';
import * as workflowOrgVersion from './20261123T1942_workflow_org_version.ts';
import * as workflowAdminRole from './20261123T1943_workflow_admin_role.ts';
import * as workflowProcessRights from './20261123T2140_workflow_process_rights.ts';
import * as workbench from './20261123T2130_workbench.ts';
import * as budget from './20261123T2150_budget.ts';
import * as benchProbe from './20261123T2200_bench_probe.ts';
import * as eventsNotify from './20261123T2205_events_notify.ts';
import * as files from './20261123T2210_files.ts';
import * as notifyOutbox from './20261123T2215_notify_outbox.ts';
import * as workflowTaskOnBehalf from './20261123T2300_workflow_task_on_behalf.ts';
import * as workflowListIndexes from './20261123T2310_workflow_list_indexes.ts';
import * as budgetClaims from './20261124T0020_budget_claims.ts';
import * as auditPending from './20261124T0030_audit_pending.ts';
import * as workflowStartedIndex from './20261124T0040_workflow_started_index.ts';
import * as workflowStartedLiveIndex from './20261124T0300_workflow_started_live_index.ts';
import * as sessionCacheNotify from './20261124T0400_session_cache_notify.ts';
import * as workflowListTotals from './20261124T0410_workflow_list_totals.ts';
import * as deferredNotify from './20261124T0500_deferred_notify.ts';
import * as workflowCacheNotify from './20261124T0510_workflow_cache_notify.ts';
import * as notifyOutboxWhenDelivered from './20261205T2000_notify_outbox_when_delivered.ts';
import * as workflowInstanceFillfactor from './20261205T2010_workflow_instance_fillfactor.ts';
import * as workflowProcessesCacheNotify from './20261205T2020_workflow_processes_cache_notify.ts';
import * as personSearchReadingsColumn from './20261206T0500_person_search_readings_column.ts';
import * as queueTablesKeepPages from './20261206T0510_queue_tables_keep_pages.ts';
import * as deferredNotifyInOrder from './20261206T1700_deferred_notify_in_order.ts';

/**
 * Every migration, by timestamped name. Forward only: there are no `down`s,
 * and a migration that has run is never edited. Listed statically so the
 * production bundle carries them.
 */
export const migrations: Record<string, Migration> = {
  '20261123T1900_organisation': organisation,
  '20261123T1901_identity': identity,
  '20261123T1902_audit': audit,
  '20261123T1930_auth_security_policy': authSecurityPolicy,
  '20261123T1932_org_search': orgSearch,
  '20261123T1933_org_catalogue': orgCatalogue,
  '20261123T1940_workflow_definitions': workflowDefinitions,
  '20261123T1941_workflow_instances': workflowInstances,
  '20261123T1942_workflow_org_version': workflowOrgVersion,
  '20261123T1943_workflow_admin_role': workflowAdminRole,
  '20261123T2140_workflow_process_rights': workflowProcessRights,
  '20261123T2130_workbench': workbench,
  '20261123T2150_budget': budget,
  '20261123T2200_bench_probe': benchProbe,
  '20261123T2205_events_notify': eventsNotify,
  '20261123T2210_files': files,
  '20261123T2215_notify_outbox': notifyOutbox,
  '20261123T2300_workflow_task_on_behalf': workflowTaskOnBehalf,
  '20261123T2310_workflow_list_indexes': workflowListIndexes,
  '20261124T0020_budget_claims': budgetClaims,
  '20261124T0030_audit_pending': auditPending,
  '20261124T0040_workflow_started_index': workflowStartedIndex,
  '20261124T0300_workflow_started_live_index': workflowStartedLiveIndex,
  '20261124T0400_session_cache_notify': sessionCacheNotify,
  '20261124T0410_workflow_list_totals': workflowListTotals,
  '20261124T0500_deferred_notify': deferredNotify,
  '20261124T0510_workflow_cache_notify': workflowCacheNotify,
  '20261205T2000_notify_outbox_when_delivered': notifyOutboxWhenDelivered,
  '20261205T2010_workflow_instance_fillfactor': workflowInstanceFillfactor,
  '20261205T2020_workflow_processes_cache_notify': workflowProcessesCacheNotify,
  '20261206T0500_person_search_readings_column': personSearchReadingsColumn,
  '20261206T0510_queue_tables_keep_pages': queueTablesKeepPages,
  '20261206T1700_deferred_notify_in_order': deferredNotifyInOrder,
};
