/*
 * Qyzmet receipts (Tasklist plugin). The plugin exists for its resource,
 * /camunda/api/tasklist/plugin/qyzmet-receipts/{engine}/receipts/{applicationId}?lang=kk|ru, which
 * serves the applicant's receipt as PDF on the worker's Tasklist session; the forms link to it.
 * Tasklist loads every plugin's module, so this one is here and adds nothing to the screens.
 */
export default [];
