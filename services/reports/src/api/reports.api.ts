import { GRPC_SERVICE_NAMES, reportsPackage, type reportsV1 } from '@ejournal/contracts';
import type { AsyncHandlers, GrpcServiceBinding } from '@ejournal/kit';
import type { Names } from '../peers';
import type { ReportsStore } from '../store/reports.store';
import { attendanceSheetApi } from './attendance-sheet.api';
import { fillingControlApi } from './filling-control.api';
import { movementListApi } from './movement-list.api';
import { regionOverviewApi } from './region-overview.api';
import { summarySheetApi } from './summary-sheet.api';

/** The reports service's calls: filling control, the class's summary sheet, chart, attendance and movements, the region's view. */
export function reportsApi(store: ReportsStore, names: Names): GrpcServiceBinding {
  const handlers: AsyncHandlers<reportsV1.ReportsServiceHandlers> = { ...fillingControlApi(store, names), ...summarySheetApi(store, names), ...attendanceSheetApi(store, names), ...movementListApi(store, names), ...regionOverviewApi(store) };
  return { name: GRPC_SERVICE_NAMES.reports, definition: reportsPackage().ReportsService.service, handlers };
}
