import type { LocalDate } from '../calendar/local-date.js';
import type { PlanStatus } from '../plan/vocabulary.js';
import { SIGNER_OFFICE_LABELS, type SignerOffice } from './authorities.js';
import { type PlanningIssue, type PlanningResult, planningIssue, resultOf } from './planning-issue.js';

export type AdHocOrderIssueCode =
  | 'ad_hoc_plan_not_published'
  | 'ad_hoc_decision_number_missing'
  | 'ad_hoc_decision_date_missing'
  | 'ad_hoc_orderer_missing'
  | 'ad_hoc_orderer_not_allowed';

/** Seed II.1.c and III.3: the Chairman; V.1: the Director of Sở Nội vụ; V.2: the Chief of VP UBND tỉnh. */
export const AD_HOC_ORDERERS: readonly SignerOffice[] = [
  'chairman_ppc',
  'director_home_affairs',
  'chief_of_office_ppc',
];

export interface AdHocOrder {
  decisionNumber: string;
  decisionDate: LocalDate | null;
  /** Who ordered it; checked against {@link AD_HOC_ORDERERS}. */
  orderedBy: string | null;
}

const isOrderer = (s: string): s is SignerOffice => (AD_HOC_ORDERERS as readonly string[]).includes(s);

/**
 * Whether an ad-hoc inspection may be added: only to a published plan, only with its ordering
 * decision (number, date) and by one who may order it. Its dates may fall outside the window.
 * @example checkAdHocOrder({ plan: { status: 'draft' }, order }) // { ok: false, … 'ad_hoc_plan_not_published' }
 */
export function checkAdHocOrder(input: {
  plan: { status: PlanStatus };
  order: AdHocOrder;
}): PlanningResult<AdHocOrderIssueCode> {
  const { plan, order } = input;
  const issues: PlanningIssue<AdHocOrderIssueCode>[] = [];
  const allowed = AD_HOC_ORDERERS.map((o) => SIGNER_OFFICE_LABELS[o]).join(', ');
  if (plan.status !== 'published') {
    issues.push(
      planningIssue(
        'ad_hoc_plan_not_published',
        'Chỉ thêm kiểm tra đột xuất vào kế hoạch đã ban hành; hãy ban hành kế hoạch trước.',
      ),
    );
  }
  if (order.decisionNumber.trim() === '') {
    issues.push(
      planningIssue(
        'ad_hoc_decision_number_missing',
        'Chưa có số văn bản chỉ đạo kiểm tra đột xuất; hãy nhập số văn bản.',
        { field: 'order.decisionNumber' },
      ),
    );
  }
  if (order.decisionDate === null) {
    issues.push(
      planningIssue('ad_hoc_decision_date_missing', 'Chưa có ngày của văn bản chỉ đạo kiểm tra đột xuất.', {
        field: 'order.decisionDate',
      }),
    );
  }
  const by = order.orderedBy?.trim() ?? '';
  if (by === '') {
    issues.push(
      planningIssue(
        'ad_hoc_orderer_missing',
        `Chưa ghi người chỉ đạo kiểm tra đột xuất; chỉ ${allowed} được chỉ đạo.`,
        {
          field: 'order.orderedBy',
        },
      ),
    );
  } else if (!isOrderer(by)) {
    issues.push(
      planningIssue(
        'ad_hoc_orderer_not_allowed',
        `Kiểm tra đột xuất chỉ do ${allowed} chỉ đạo (mục II.1.c, V.1, V.2 của Kế hoạch).`,
        { field: 'order.orderedBy' },
      ),
    );
  }
  return resultOf(issues);
}
