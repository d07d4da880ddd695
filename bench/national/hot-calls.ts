import type { Client, RunningApi } from './in-process-api.js';

/** One request as a page makes it: a name for the report and the calls it batches. */
export interface HotCall {
  name: string;
  run: () => Promise<unknown>;
}

/** Every role's home page as the portal loads it: the layout's auth.me, then the lists of the current plans. */
export const HOME_USERS = [
  'admin',
  'truongdoan',
  'thanhvien',
  'lanhdao',
  'sct',
  'sct.lanhdao',
  'tayson',
  'noivu.tayson',
];

const home = (client: Client) => () =>
  Promise.all([
    client.auth.me.query(),
    client.plans.list.query(),
    client.inspections.list.query(),
    client.reports.states.query(),
  ]);

/**
 * The hot paths of the issue measured on the seed's province (Bình Định, whose demo accounts see
 * the same 2024 plan whatever the rest of the database holds): each role's home page, the plan
 * page's procedures, one plan, one report, one visit's conclusion.
 */
export async function hotCalls(api: RunningApi): Promise<HotCall[]> {
  const clients = new Map<string, Client>();
  for (const username of HOME_USERS) clients.set(username, await api.signedIn(username));
  const admin = clients.get('admin') as Client;
  const plans = await admin.plans.list.query();
  const plan = plans.find((p) => p.year === 2024 && p.title.includes('Bình Định'));
  if (!plan) throw new Error('no 2024 Bình Định plan: is this the national or the seed database?');
  const visits = (await admin.inspections.list.query({ planId: plan.id, limit: 200 })).items;
  const sctVisit = visits.find((v) => v.orgUnitName === 'Sở Công Thương');
  if (!sctVisit) throw new Error('no visit to Sở Công Thương in the 2024 plan');
  const sct = clients.get('sct') as Client;
  const planInput = { planId: plan.id };
  // At national size the unit's report of the year before has an answer to every item.
  const earlier = (await sct.inspections.list.query({ year: 2023 })).items[0];
  return [
    ...(earlier
      ? [
          {
            name: 'reports.get (đã gửi, 2023)',
            run: () => sct.reports.get.query({ inspectionId: earlier.id }),
          },
        ]
      : []),
    ...HOME_USERS.map((username) => ({
      name: `trang chủ ${username}`,
      run: home(clients.get(username) as Client),
    })),
    { name: 'plans.get', run: () => admin.plans.get.query(planInput) },
    {
      name: 'trang kế hoạch',
      run: () =>
        Promise.all([
          admin.auth.me.query(),
          admin.plans.get.query(planInput),
          admin.plans.forEditing.query(planInput),
          admin.plans.checks.query(planInput),
          admin.inspections.list.query({ planId: plan.id, limit: 200 }),
        ]),
    },
    {
      name: 'inspections.list (kế hoạch)',
      run: () => admin.inspections.list.query({ planId: plan.id, limit: 200 }),
    },
    { name: 'reports.get', run: () => sct.reports.get.query({ inspectionId: sctVisit.id }) },
    { name: 'conclusions.get', run: () => admin.conclusions.get.query({ inspectionId: sctVisit.id }) },
    { name: 'rounds.list', run: () => admin.rounds.list.query(planInput) },
  ];
}
