import { checkSmsRequest, smsCount } from "./brevo.js";

describe("the Brevo transactional SMS request, as the local inbox checks it", () => {
  const good = { sender: "EFPConnect", recipient: "33612345678", content: "Votre code : 123456", type: "transactional" };

  it("accepts what Brevo documents, and says what is wrong otherwise", () => {
    expect(checkSmsRequest(good)).toEqual({ request: good });
    expect(checkSmsRequest({ ...good, sender: "EFP Connect !" })).toMatchObject({ error: { code: "invalid_parameter" } });
    expect(checkSmsRequest({ ...good, sender: "123456789012345" })).toEqual({ request: { ...good, sender: "123456789012345" } });
    expect(checkSmsRequest({ ...good, recipient: "+33612345678" })).toMatchObject({ error: { message: expect.stringContaining("recipient") } });
    expect(checkSmsRequest({ ...good, recipient: "0612345678" })).toMatchObject({ error: { message: expect.stringContaining("recipient") } });
    expect(checkSmsRequest({ ...good, content: "  " })).toMatchObject({ error: { message: "content is required" } });
    expect(checkSmsRequest({ ...good, content: "x".repeat(1601) })).toMatchObject({ error: { code: "invalid_parameter" } });
    expect(checkSmsRequest({ ...good, type: "spam" })).toMatchObject({ error: { code: "invalid_parameter" } });
    expect(checkSmsRequest([good])).toMatchObject({ error: { code: "invalid_parameter" } });
    expect(checkSmsRequest(null)).toMatchObject({ error: { code: "invalid_parameter" } });
  });

  it("counts the parts of a message: GSM 7-bit (accents of French included), its extension twice, UCS-2 otherwise", () => {
    expect(smsCount("é".repeat(160))).toBe(1);
    expect(smsCount("a".repeat(161))).toBe(2);
    expect(smsCount("€".repeat(80))).toBe(1);
    expect(smsCount("€".repeat(81))).toBe(2);
    // "ê" is not in the GSM alphabet: the whole text goes as UCS-2.
    expect(smsCount("ê".repeat(70))).toBe(1);
    expect(smsCount("ê" + "a".repeat(70))).toBe(2);
  });
});
