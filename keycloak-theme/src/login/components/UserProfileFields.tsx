import type { HTMLInputAutoCompleteAttribute } from "react";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { Attribute } from "keycloakify/login/KcContext";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { TextField } from "./TextField";

type Props = {
  attributes: Attribute[];
  messagesPerField: KcContext["messagesPerField"];
  i18n: I18n;
};

// Keycloak's `locale` attribute is the page's language, saved with the account, never typed.
function isHidden(attribute: Attribute): boolean {
  return attribute.name === "locale" || attribute.annotations.inputType === "hidden";
}

type Known = {
  label: "efpEmailLabel" | "efpFirstNameLabel" | "efpLastNameLabel" | "efpUsernameLabel";
  autoComplete: HTMLInputAutoCompleteAttribute;
  type?: string;
  hint?: "efpEmailHint";
};

// Keycloak's built-in attributes get our wording; any other attribute of the realm's user
// profile is rendered from its own metadata.
const known: Record<string, Known> = {
  username: { label: "efpUsernameLabel", autoComplete: "username" },
  email: { label: "efpEmailLabel", autoComplete: "email", type: "email", hint: "efpEmailHint" },
  firstName: { label: "efpFirstNameLabel", autoComplete: "given-name" },
  lastName: { label: "efpLastNameLabel", autoComplete: "family-name" },
};

const html5Types: Record<string, string> = {
  "html5-email": "email",
  "html5-tel": "tel",
  "html5-url": "url",
  "html5-number": "number",
  "html5-date": "date",
};

/**
 * The fields of Keycloak's user profile (account creation, profile update, email update),
 * with Keycloak's field names so the stock form actions read them unchanged. Values and errors
 * come back from the server after a rejected submit.
 */
export function UserProfileFields({ attributes, messagesPerField, i18n }: Props) {
  return (
    <>
      {attributes.map((attribute) => (
        <ProfileField key={attribute.name} attribute={attribute} messagesPerField={messagesPerField} i18n={i18n} />
      ))}
    </>
  );
}

function ProfileField({ attribute, messagesPerField, i18n }: { attribute: Attribute } & Omit<Props, "attributes">) {
  const { msgStr, advancedMsgStr, currentLanguage } = i18n;
  const { name } = attribute;
  if (isHidden(attribute)) {
    const hiddenValue = name === "locale" ? currentLanguage.languageTag : (attribute.value ?? "");
    return <input type="hidden" name={name} value={hiddenValue} readOnly />;
  }
  const error = messagesPerField.existsError(name) ? messagesPerField.get(name) : undefined;
  const value = attribute.value ?? attribute.values?.[0] ?? "";
  const spec = known[name];
  const label = spec ? msgStr(spec.label) : advancedMsgStr(attribute.displayName ?? name);
  const helperKey = attribute.annotations.inputHelperTextBefore ?? attribute.annotations.inputHelperTextAfter;
  const hint =
    [spec?.hint ? msgStr(spec.hint) : undefined, helperKey ? advancedMsgStr(helperKey) : undefined, attribute.required ? undefined : msgStr("efpOptional")]
      .filter(Boolean)
      .join(" ") || undefined;
  const options = attribute.validators.options?.options;

  if (options && !attribute.multivalued) {
    return (
      <Select
        label={label}
        hint={hint}
        state={error ? "error" : "default"}
        stateRelatedMessage={error}
        nativeSelectProps={{
          id: name,
          name,
          defaultValue: value,
          required: attribute.required,
          disabled: attribute.readOnly,
          "aria-invalid": error ? true : undefined,
        }}
      >
        <option value="">{msgStr("efpSelectPlaceholder")}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {advancedMsgStr(attribute.annotations.inputOptionLabels?.[option] ?? option)}
          </option>
        ))}
      </Select>
    );
  }

  const isIdentifier = name === "email" || name === "username";
  return (
    <TextField
      label={label}
      hint={hint}
      error={error}
      inputProps={{
        id: name,
        name,
        type: spec?.type ?? html5Types[attribute.annotations.inputType ?? ""] ?? "text",
        defaultValue: value,
        autoComplete: spec?.autoComplete ?? attribute.autocomplete,
        readOnly: attribute.readOnly,
        required: attribute.required,
        spellCheck: isIdentifier ? false : undefined,
        autoCapitalize: isIdentifier ? "none" : undefined,
        maxLength: numberOrUndefined(attribute.annotations.inputTypeMaxlength),
        pattern: attribute.annotations.inputTypePattern,
      }}
    />
  );
}

function numberOrUndefined(value: string | number | undefined): number | undefined {
  const parsed = Number(value);
  return value === undefined || Number.isNaN(parsed) ? undefined : parsed;
}
