import { ConfigError } from "./errors.js";
import { checkValidationCode } from "./validation-code.js";

describe("checkValidationCode", () => {
  it("keeps what is set, as numbers, even from an environment variable", () => {
    expect(checkValidationCode({ validitySeconds: 600, maxAttempts: "5", resendSeconds: " 60 " }, "realm.yaml.validationCode")).toEqual({
      validitySeconds: 600,
      maxAttempts: 5,
      resendSeconds: 60,
    });
    expect(checkValidationCode({ maxAttempts: 3 }, "w")).toEqual({ maxAttempts: 3 });
    expect(checkValidationCode(undefined, "w")).toBeUndefined();
  });
  it("names the path and the range of a value that makes no sense", () => {
    expect(() => checkValidationCode({ maxAttempts: 0 }, "realm.yaml.validationCode")).toThrow(
      new ConfigError("realm.yaml.validationCode.maxAttempts : un nombre entier de 1 à 20 est attendu, pas « 0 »"),
    );
    expect(() => checkValidationCode({ validitySeconds: "dix" }, "v")).toThrow(/v\.validitySeconds : un nombre entier de 60 à 3600/);
    expect(() => checkValidationCode({ resendSeconds: 1.5 }, "v")).toThrow(/v\.resendSeconds/);
    expect(() => checkValidationCode({ validity: 600 }, "v")).toThrow(/v\.validity : clé inconnue/);
    expect(() => checkValidationCode([600], "v")).toThrow(/v : un objet est attendu/);
  });
});
