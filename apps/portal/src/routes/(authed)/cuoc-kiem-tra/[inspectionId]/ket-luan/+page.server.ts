import type { FollowUpKind } from '@kiemtra/domain';
import { fail, redirect } from '@sveltejs/kit';
import { inspectionIdOf, type MutationInput, runAction } from '$lib/inspection-closure/actions';
import {
  earlierRecommendationsFromForm,
  findingFromForm,
  recommendationFromForm,
  textOf,
  versionFromForm,
} from '$lib/inspection-closure/form-data';
import { type Api, createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import { idempotencyKeyOf, newIdempotencyKey } from '$lib/server/idempotency';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const inspectionId = inspectionIdOf(event.params.inspectionId);
  const api = createApi(event);
  const [view, links] = await Promise.all([
    fromApi(api.conclusions.get.query({ inspectionId })),
    fromApi(api.followUps.links.query({ inspectionId })),
  ]);
  return {
    idempotencyKey: newIdempotencyKey(),
    view,
    links,
  };
};

type Finding = MutationInput<Api['findings']['add']>['finding'];
type Decision = MutationInput<Api['remediation']['decide']>['decision'];

type Earlier = MutationInput<Api['earlierConclusions']['add']>['conclusion'];

export const actions: Actions = {
  addEarlier: async (event) => {
    const form = await event.request.formData();
    const conclusion = {
      year: Number(textOf(form, 'earlierYear')),
      issuer: textOf(form, 'earlierIssuer'),
      documentNumber: textOf(form, 'earlierNumber'),
      date: textOf(form, 'earlierDate'),
      recommendations: earlierRecommendationsFromForm(form),
    } as Earlier;
    return runAction(
      'addEarlier',
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).earlierConclusions.add.mutate({
        inspectionId: inspectionIdOf(event.params.inspectionId),
        conclusion,
      }),
      'Đã nhập kết luận của năm trước; các kiến nghị chưa khắc phục được theo dõi cùng cuộc kiểm tra này.',
    );
  },
  openFollowUp: async (event) => {
    const form = await event.request.formData();
    const result = await tryApi(
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).followUps.open.mutate({
        inspectionId: inspectionIdOf(event.params.inspectionId),
        kind: (textOf(form, 'kind') === 're_inspection' ? 're_inspection' : 'follow_up') as FollowUpKind,
      }),
    );
    if (!result.ok)
      return fail(result.status, { action: 'openFollowUp', message: result.message, issues: result.issues });
    redirect(303, `/cuoc-kiem-tra/${result.value.id}`);
  },
  addFinding: async (event) => {
    const form = await event.request.formData();
    const inspectionId = inspectionIdOf(event.params.inspectionId);
    const finding = findingFromForm(form) as Finding;
    return runAction(
      'addFinding',
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).findings.add.mutate({
        inspectionId,
        finding,
      }),
      'Đã thêm nội dung đánh giá.',
    );
  },
  updateFinding: async (event) => {
    const form = await event.request.formData();
    const finding = findingFromForm(form) as Finding;
    return runAction(
      `finding:${textOf(form, 'findingId')}`,
      createApi(event).findings.update.mutate({
        findingId: textOf(form, 'findingId'),
        expectedVersion: versionFromForm(form),
        finding,
      }),
      'Đã lưu nội dung đánh giá.',
    );
  },
  removeFinding: async (event) => {
    const form = await event.request.formData();
    return runAction(
      `finding:${textOf(form, 'findingId')}`,
      createApi(event).findings.remove.mutate({
        findingId: textOf(form, 'findingId'),
        expectedVersion: versionFromForm(form),
      }),
      'Đã xóa nội dung đánh giá.',
    );
  },
  addRecommendation: async (event) => {
    const form = await event.request.formData();
    const inspectionId = inspectionIdOf(event.params.inspectionId);
    return runAction(
      'addRecommendation',
      createApi(event, { idempotencyKey: idempotencyKeyOf(form) }).conclusions.addRecommendation.mutate({
        inspectionId,
        recommendation: recommendationFromForm(form),
      }),
      'Đã thêm kiến nghị.',
    );
  },
  updateRecommendation: async (event) => {
    const form = await event.request.formData();
    const recommendationId = textOf(form, 'recommendationId');
    const recommendation = recommendationFromForm(form);
    const result = await tryApi(
      createApi(event).conclusions.updateRecommendation.mutate({
        recommendationId,
        expectedVersion: versionFromForm(form),
        recommendation,
      }),
    );
    if (!result.ok) {
      // On a 409 the page reloads the other person's version and keeps this one beside it.
      return fail(result.status, {
        action: `recommendation:${recommendationId}`,
        message: result.message,
        issues: result.issues,
        conflict: result.status === 409,
        mine: recommendation,
      });
    }
    return { action: `recommendation:${recommendationId}`, done: 'Đã lưu kiến nghị.' };
  },
  removeRecommendation: async (event) => {
    const form = await event.request.formData();
    return runAction(
      `recommendation:${textOf(form, 'recommendationId')}`,
      createApi(event).conclusions.removeRecommendation.mutate({
        recommendationId: textOf(form, 'recommendationId'),
        expectedVersion: versionFromForm(form),
      }),
      'Đã xóa kiến nghị.',
    );
  },
  saveAssessment: async (event) => {
    const form = await event.request.formData();
    return runAction(
      'saveAssessment',
      createApi(event).conclusions.saveAssessment.mutate({
        inspectionId: inspectionIdOf(event.params.inspectionId),
        expectedVersion: versionFromForm(form),
        generalAssessment: textOf(form, 'generalAssessment'),
      }),
      'Đã lưu đánh giá chung.',
    );
  },
  issue: async (event) => {
    const form = await event.request.formData();
    return runAction(
      'issue',
      createApi(event).conclusions.issue.mutate({
        inspectionId: inspectionIdOf(event.params.inspectionId),
        expectedVersion: versionFromForm(form),
        notice: { date: textOf(form, 'date') },
      }),
      'Đã ban hành thông báo kết luận; đơn vị được kiểm tra đã xem được kết luận và kiến nghị.',
    );
  },
  decide: async (event) => {
    const form = await event.request.formData();
    const decision = (
      textOf(form, 'decision') === 'returned'
        ? { decision: 'returned', reason: textOf(form, 'reason') }
        : { decision: 'accepted' }
    ) as Decision;
    return runAction(
      `recommendation:${textOf(form, 'recommendationId')}`,
      createApi(event).remediation.decide.mutate({
        recommendationId: textOf(form, 'recommendationId'),
        expectedVersion: versionFromForm(form),
        decision,
      }),
      decision.decision === 'accepted' ? 'Đã chấp nhận báo cáo khắc phục.' : 'Đã trả lại báo cáo khắc phục.',
    );
  },
  carryOver: async (event) => {
    const form = await event.request.formData();
    return runAction(
      `recommendation:${textOf(form, 'recommendationId')}`,
      createApi(event).remediation.carryOver.mutate({
        recommendationId: textOf(form, 'recommendationId'),
        expectedVersion: versionFromForm(form),
        reason: textOf(form, 'reason'),
      }),
      'Đã chuyển tiếp theo dõi kiến nghị.',
    );
  },
  close: async (event) => {
    const form = await event.request.formData();
    return runAction(
      'close',
      createApi(event).remediation.close.mutate({
        inspectionId: inspectionIdOf(event.params.inspectionId),
        expectedVersion: versionFromForm(form),
      }),
      'Đã kết thúc cuộc kiểm tra.',
    );
  },
};
