import type { ClassKey } from "keycloakify/login";

/**
 * Pages we have not rewritten yet still render Keycloakify's markup; giving its class slots
 * DSFR classes makes them look like the rest until each gets its own DSFR page.
 */
export const dsfrClasses = {
  kcFormGroupClass: "fr-input-group",
  kcFormGroupErrorClass: "fr-input-group--error",
  kcLabelClass: "fr-label",
  kcInputClass: "fr-input",
  kcTextareaClass: "fr-input",
  kcInputErrorMessageClass: "fr-error-text",
  kcInputHelperTextBeforeClass: "fr-hint-text",
  kcInputHelperTextAfterClass: "fr-hint-text",
  kcFormButtonsClass: "fr-mt-3w",
  kcButtonClass: "fr-btn fr-mr-2w fr-mb-2w",
  kcButtonSecondaryClass: "fr-btn--secondary",
  kcButtonDefaultClass: "fr-btn--secondary",
  kcFormPasswordVisibilityButtonClass: "fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-mt-1w",
  kcFormPasswordVisibilityIconShow: "fr-icon-eye-line",
  kcFormPasswordVisibilityIconHide: "fr-icon-eye-off-line",
  kcFormSocialAccountListClass: "fr-btns-group",
  kcFormSocialAccountListButtonClass: "fr-btn fr-btn--secondary",
  kcSrOnlyClass: "fr-sr-only",
} satisfies Partial<Record<ClassKey, string>>;
