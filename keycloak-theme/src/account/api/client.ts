import { accessEndpoints, apiRoot, createCaller } from "@efp/contract";

/**
 * The efp-access API of the realm, called with the person's own token. It decides who may do
 * what; the pages only show what it answers. A failure it does not explain, or no answer at all,
 * shows `unreachableMessage`.
 */
export function createAccessApi(params: { baseUrl: string; realm: string; token: () => Promise<string>; unreachableMessage: () => string }) {
  return accessEndpoints(
    createCaller({ root: apiRoot(params.baseUrl, params.realm, "efp-access"), token: params.token, unexplained: params.unreachableMessage }),
  );
}
