import { ConfigError } from "./errors.js";
import { checkTokens } from "./tokens.js";

describe("checkTokens", () => {
  it("takes a whole number in range, from YAML or from ${VAR}", () => {
    expect(checkTokens({ maxHabilitations: 20 }, "realm.yaml : tokens")).toEqual({ maxHabilitations: 20 });
    expect(checkTokens({ maxHabilitations: " 200 " }, "w")).toEqual({ maxHabilitations: 200 });
    expect(checkTokens({}, "w")).toEqual({});
    expect(checkTokens(undefined, "w")).toBeUndefined();
  });
  it("refuses what makes no sense, naming the path and the range", () => {
    expect(() => checkTokens({ maxHabilitations: 0 }, "realm.yaml : tokens")).toThrow(
      new ConfigError("realm.yaml : tokens.maxHabilitations : un nombre entier de 1 à 200 est attendu (habilitations listées dans un jeton), pas « 0 »"),
    );
    expect(() => checkTokens({ maxHabilitations: 201 }, "t")).toThrow(/t\.maxHabilitations : un nombre entier de 1 à 200/);
    expect(() => checkTokens({ maxHabilitations: "vingt" }, "t")).toThrow(/pas « vingt »/);
    expect(() => checkTokens({ maxHabilitations: 2.5 }, "t")).toThrow(/t\.maxHabilitations/);
    expect(() => checkTokens({ max: 20 }, "t")).toThrow(/t\.max : clé inconnue/);
    expect(() => checkTokens([20], "t")).toThrow(/t : un objet est attendu/);
  });
});
