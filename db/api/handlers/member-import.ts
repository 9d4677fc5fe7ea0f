import type { HandlerMap } from '../registry';

// The spreadsheet libraries take about half a second to load (exceljs most of it); load them on
// the first import rather than on every start of the app.
const service = () => import('../../members/import/service');

export const memberImportHandlers: HandlerMap = {
  'members.importPreview': async (input, { session }) => (await service()).previewImport(session.requireStore(), input),
  'members.importApply': async (input, { session, actor }) =>
    (await service()).applyImport(session.requireStore(), input, actor),
  'members.importErrorsSheet': async (input, { session }) =>
    (await service()).importErrorsSheet(session.requireStore(), input),
};
