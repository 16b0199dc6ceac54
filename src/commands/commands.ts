/*
 * The ribbon's function file (manifest FunctionFile → commands.html), as in
 * Microsoft's template. The Home-tab button opens the task pane through a
 * ShowTaskpane action and needs no code; Office still loads this page, so it
 * must call Office.onReady and may register functions for ExecuteFunction
 * actions.
 */

Office.onReady(() => {
  // Nothing to initialise: the task pane does the work.
});

/**
 * A no-op ExecuteFunction handler (kept so that a future ribbon button can run
 * without opening the pane). Office requires `event.completed()`.
 */
function action(event: Office.AddinCommands.Event): void {
  event.completed();
}

// Office.actions.associate exists only in hosts with the shared runtime / newer
// Office.js; older hosts look the function up on the global object.
if (typeof Office !== "undefined" && Office.actions && typeof Office.actions.associate === "function") {
  Office.actions.associate("action", action);
}
(globalThis as unknown as Record<string, unknown>).action = action;
