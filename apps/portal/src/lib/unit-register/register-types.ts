import type { AppRouter } from '@kiemtra/api';
import type { TRPCClient } from '@trpc/client';

/** The shapes the register's procedures return, read off the router's type. */
type Client = TRPCClient<AppRouter>;

export type RegisterImportPreview = Awaited<ReturnType<Client['orgUnits']['import']['preview']['mutate']>>;
export type RegisterEntry = Awaited<ReturnType<Client['orgUnits']['register']['query']>>['units'][number];
export type UnitDetail = Awaited<ReturnType<Client['orgUnits']['detail']['query']>>;
