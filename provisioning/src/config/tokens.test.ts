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

describe("checkTokens: the claims telling agents from professionals", () => {
  it("takes efp_ names, the defaults for a key left out", () => {
    expect(checkTokens({ claims: { userKind: "efp_user_kind", structure: "efp_structure" } }, "w")).toEqual({
      claims: { userKind: "efp_user_kind", structure: "efp_structure" },
    });
    expect(checkTokens({ claims: { structure: "efp_ministry" } }, "w")).toEqual({ claims: { userKind: "efp_user_kind", structure: "efp_ministry" } });
  });
  it("refuses a standard, foreign or taken name, twins and unknown keys, naming the path", () => {
    expect(() => checkTokens({ claims: { userKind: "sub" } }, "realm.yaml : tokens")).toThrow(
      /realm\.yaml : tokens\.claims\.userKind : un nom de claim commençant par efp_ .* pas « sub »/,
    );
    expect(() => checkTokens({ claims: { structure: "efp_habilitations" } }, "t")).toThrow(/t\.claims\.structure/);
    expect(() => checkTokens({ claims: { structure: "efp-Structure" } }, "t")).toThrow(/pas « efp-Structure »/);
    expect(() => checkTokens({ claims: { userKind: "efp_x", structure: "efp_x" } }, "t")).toThrow(
      /t\.claims : userKind et structure doivent être deux claims différents/,
    );
    expect(() => checkTokens({ claims: { kind: "efp_kind" } }, "t")).toThrow(/t\.claims\.kind : clé inconnue/);
    expect(() => checkTokens({ claims: "efp_kind" }, "t")).toThrow(/t\.claims : un objet est attendu/);
  });
});
