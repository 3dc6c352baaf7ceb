import { asModuleId } from '../types.ts';

/** Id of the module whose path is the repository root (''): an empty id would be unreadable. */
export const ROOT_MODULE_ID = asModuleId('.');
