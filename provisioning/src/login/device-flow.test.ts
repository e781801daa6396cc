import { nextPoll } from "./device-flow.js";

describe("device authorization polling (RFC 8628)", () => {
  it("waits while the person has not finished, slower when asked to", () => {
    expect(nextPoll("authorization_pending", 5)).toEqual({ wait: 5 });
    expect(nextPoll("slow_down", 5)).toEqual({ wait: 10 });
  });

  it("stops with a French reason when refused, expired or unexpected", () => {
    expect(nextPoll("access_denied", 5)).toEqual({ fail: "Connexion refusée dans le navigateur." });
    expect(nextPoll("expired_token", 5)).toEqual({ fail: expect.stringContaining("relancez efp login") });
    expect(nextPoll(undefined, 5)).toEqual({ fail: expect.stringContaining("réponse inattendue") });
    expect(nextPoll("invalid_client", 5)).toEqual({ fail: expect.stringContaining("invalid_client") });
  });
});
