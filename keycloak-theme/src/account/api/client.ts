import { accessEndpoints, adminEndpoints, adminExports, apiRoot, createCaller, createDownloader } from "@efp/contract";

type ApiParams = { baseUrl: string; realm: string; token: () => Promise<string>; unreachableMessage: () => string };

/**
 * The efp-access API of the realm, called with the person's own token. It decides who may do
 * what; the pages only show what it answers. A failure it does not explain, or no answer at all,
 * shows `unreachableMessage`.
 */
export function createAccessApi(params: ApiParams) {
  return accessEndpoints(
    createCaller({ root: apiRoot(params.baseUrl, params.realm, "efp-access"), token: params.token, unexplained: params.unreachableMessage }),
  );
}

/**
 * The efp-admin API (EFP ADMIN's screens), with the same person's token once it is also issued
 * for efp-admin (session.openAdministration). It decides from the database, as the CLI's calls.
 */
export function createAdminApi(params: ApiParams) {
  return adminEndpoints(
    createCaller({ root: apiRoot(params.baseUrl, params.realm, "efp-admin"), token: params.token, unexplained: params.unreachableMessage }),
  );
}

/** efp-admin's CSV exports, with the same token: the Response, its body read as it arrives. */
export function createAdminExports(params: ApiParams) {
  return adminExports(
    createDownloader({ root: apiRoot(params.baseUrl, params.realm, "efp-admin"), token: params.token, unexplained: params.unreachableMessage }),
  );
}
