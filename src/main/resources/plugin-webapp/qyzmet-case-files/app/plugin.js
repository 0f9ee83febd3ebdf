/*
 * Qyzmet case files (Tasklist plugin). The plugin exists for its resource,
 * /camunda/api/tasklist/plugin/qyzmet-case-files/{engine}/files/{fileId}, which serves a file of an
 * application's electronic case file on the worker's Tasklist session; the task forms link to it
 * (form variable caseFiles). Tasklist loads every plugin's module, so this one is here and adds
 * nothing to the screens.
 */
export default [];
