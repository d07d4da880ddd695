import { router } from '../init.js';
import { addTarget } from './targets/add-target.procedure.js';
import { importCommit, importPreview, importTemplate } from './targets/import-targets.procedure.js';
import { removeTarget } from './targets/remove-target.procedure.js';

/** A plan's targets: picked from the org-unit tree as at the plan's date, or imported from Excel. */
export const targetsRouter = router({
  add: addTarget,
  remove: removeTarget,
  importPreview,
  importCommit,
  importTemplate,
});
