import type { InputHTMLAttributes, ReactNode } from "react";
import { Input } from "@codegouvfr/react-dsfr/Input";

type Props = {
  label: ReactNode;
  hint?: ReactNode;
  /** The server's message for this field; shown under it in the DSFR error style. */
  error?: string;
  inputProps: InputHTMLAttributes<HTMLInputElement> & { id: string; name: string };
  className?: string;
};

/**
 * A DSFR text field whose error, if any, sits under it and is announced with it
 * (aria-describedby is set by the DSFR Input to its error message).
 */
export function TextField({ label, hint, error, inputProps, className }: Props) {
  return (
    <Input
      className={className}
      label={label}
      hintText={hint}
      state={error ? "error" : "default"}
      stateRelatedMessage={error}
      nativeInputProps={{ ...inputProps, "aria-invalid": error ? true : undefined }}
    />
  );
}
