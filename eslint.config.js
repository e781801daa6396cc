// ESLint for the theme's React code: the rules of hooks (hooks called unconditionally, effects
// listing what they read). Formatting is Prettier's job, types are tsc's.
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default [
  { ignores: ["**/node_modules/**", "**/dist/**", "**/dist_keycloak/**", "keycloak-theme/src/kc.gen.tsx"] },
  {
    files: ["keycloak-theme/src/**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
];
